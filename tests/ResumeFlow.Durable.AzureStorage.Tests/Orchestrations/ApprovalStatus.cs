namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

public sealed record ApprovalStatus(string Stage, string Subject);
