namespace ResumeFlow.Workflows.Tests;

/// <summary>
/// The shared orchestration tests on Azure Storage poll one Azurite process; run one class at a time so each
/// stays within its time bound on a loaded machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteOrchestrations
{
    public const string Name = "Azurite orchestrations";
}
