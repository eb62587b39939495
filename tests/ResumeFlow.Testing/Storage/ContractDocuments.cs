namespace ResumeFlow.Testing.Storage;

/// <summary>A candidate-like document (partition key <c>/id</c>) for the document store contract.</summary>
public sealed record ContractCandidate(string Id, string Name, int Years, string[] Skills, ContractLevel Level);

/// <summary>A screening-result-like document (partition key <c>/screeningId</c>) that does not carry its own id.</summary>
public sealed record ContractResult(string ScreeningId, string CandidateId, double Score);

/// <summary>An enum stored in documents, to pin how enums are written.</summary>
public enum ContractLevel
{
    Junior,
    Senior,
}
