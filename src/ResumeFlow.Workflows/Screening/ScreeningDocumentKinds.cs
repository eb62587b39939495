namespace ResumeFlow.Workflows.Screening;

/// <summary>The <c>kind</c> of a document in the <c>screenings</c> container (the screening and its results share a partition).</summary>
public static class ScreeningDocumentKinds
{
    public const string Screening = "screening";
    public const string Result = "result";

    /// <summary>A person's review of one result (id <c>review-{candidateId}</c>).</summary>
    public const string Review = "review";

    /// <summary>The id of the screening document inside its partition (result documents use the candidate id).</summary>
    public const string ScreeningDocumentId = "screening";
}
