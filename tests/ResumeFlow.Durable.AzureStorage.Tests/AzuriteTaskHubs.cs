namespace ResumeFlow.Durable.AzureStorage.Tests;

/// <summary>
/// Every test here runs workers against the one Azurite process; one test at a time keeps each within its
/// time bound on a 2-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTaskHubs
{
    public const string Name = "Azurite task hubs";
}
