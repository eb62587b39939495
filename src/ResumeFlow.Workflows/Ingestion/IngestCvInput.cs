namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// What IngestCv is started with: a reference to the uploaded blob, never its bytes or text.
/// </summary>
/// <param name="CandidateId">SHA-256 of the file (computed by the starter, checked again by the extraction).</param>
/// <param name="Container">The upload's container (normally <c>cvs</c>).</param>
/// <param name="BlobName">The upload's name in the container.</param>
/// <param name="FileName">The name the file was uploaded with; its extension is checked against its content.</param>
/// <param name="ContentType">The content type the upload declared, if any.</param>
public sealed record IngestCvInput(string CandidateId, string Container, string BlobName, string FileName, string? ContentType = null);
