using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Analysis;

namespace ResumeFlow.Host.Web;

/// <summary>What an analysis page shows instead of bare ids: the candidate's name (or file name) and the job's title.</summary>
internal sealed record AnalysisNames(string CandidateId, string JobId, string Candidate, string Job)
{
    public static async Task<AnalysisNames?> ForAsync(IDocumentStore documents, AnalyzeResumeInput? input, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return null;
        }

        var candidate = (await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, input.CandidateId, input.CandidateId, cancellationToken).ConfigureAwait(false))?.Document;
        var job = (await documents.ReadAsync<JobProfile>(DocumentContainers.Jobs, input.JobId, input.JobId, cancellationToken).ConfigureAwait(false))?.Document;
        return new AnalysisNames(
            input.CandidateId,
            input.JobId,
            candidate?.Name ?? candidate?.FileName ?? input.CandidateId,
            job?.Title ?? input.JobId);
    }
}
