using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Sections;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>The CV text, its detected sections and the job, read from the stores by reference.</summary>
internal sealed record AnalysisInputs(string CvText, IReadOnlyList<ResumeSection> Sections, JobProfile Job)
{
    /// <summary>The text of an analysis section (its CV sections joined), or null when the CV has none.</summary>
    public string? SectionText(string section)
    {
        var kinds = AnalysisSections.KindsOf(section);
        foreach (var kind in kinds)
        {
            var parts = new List<string>();
            var inSection = false;
            foreach (var s in Sections)
            {
                inSection = s.Kind == kind || (inSection && AnalysisSections.Continues(section, s.Kind));
                if (inSection && !string.IsNullOrWhiteSpace(s.Text))
                {
                    parts.Add(s.Text.Trim());
                }
            }

            if (parts.Count > 0)
            {
                return string.Join('\n', parts);
            }
        }

        return null;
    }

    public static async Task<AnalysisInputs> LoadAsync(IDocumentStore documents, IArtifactStore artifacts, string candidateId, string jobId, CancellationToken cancellationToken)
    {
        var job = await documents.ReadAsync<JobProfile>(DocumentContainers.Jobs, jobId, jobId, cancellationToken).ConfigureAwait(false)
            ?? throw new AnalysisException(AnalysisErrorCodes.JobNotFound, $"No job has id '{jobId}'.");
        var candidate = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false)
            ?? throw new AnalysisException(AnalysisErrorCodes.CandidateNotFound, $"Candidate '{candidateId}' is not ingested.");
        var reference = candidate.Document.Artifacts.Text
            ?? throw new AnalysisException(AnalysisErrorCodes.CandidateTextMissing, $"Candidate '{candidateId}' has no extracted text.");
        var (container, name) = Ingestion.IngestionArtifacts.Split(reference);
        string text;
        try
        {
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream);
                text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ArtifactNotFoundException ex)
        {
            throw new AnalysisException(AnalysisErrorCodes.CandidateTextMissing, $"The text of candidate '{candidateId}' ({reference}) is missing: {ex.Message}");
        }

        return new AnalysisInputs(text, SectionDetector.Detect(DocumentExtractor.FromText(text)), job.Document);
    }
}
