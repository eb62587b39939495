namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Input of the LLM pre-filter: the screening run (its results and candidate set), and either the pre-filter's
/// settings or, for a retry, the candidates chosen before (<see cref="Chosen"/>).
/// </summary>
public sealed record SelectLlmCandidatesInput(
    string ScreeningId,
    string InstanceId,
    CandidateRange Candidates,
    CandidateRange? Chosen,
    int? TopK,
    double? MinScore);
