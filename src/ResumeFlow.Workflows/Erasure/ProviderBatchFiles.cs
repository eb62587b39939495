using System.Text.RegularExpressions;
using ResumeFlow.Llm.Batches;

namespace ResumeFlow.Workflows.Erasure;

/// <summary>
/// The files the LLM provider still holds with a candidate in them: the input, output and error files of batch jobs
/// (profile extraction, a screening's LLM pass in batch mode). Every line of those files carries the candidate's id as
/// its custom_id, so the files are searched for the id, as the other stores are.
/// </summary>
internal sealed partial class ProviderBatchFiles(IBatchApiClient? client = null)
{
    public async Task<IReadOnlyList<HeldBatchFile>> FindAsync(string candidateId, CancellationToken cancellationToken)
    {
        if (client is not { IsConfigured: true })
        {
            return [];
        }

        var held = new List<HeldBatchFile>();
        IReadOnlyList<BatchInfo>? batches = null;
        foreach (var file in await client.ListFilesAsync(cancellationToken).ConfigureAwait(false))
        {
            var text = await client.DownloadTextAsync(file.Id, cancellationToken).ConfigureAwait(false);
            if (!text.Contains(candidateId, StringComparison.Ordinal))
            {
                continue;
            }

            batches ??= await client.ListBatchesAsync(cancellationToken).ConfigureAwait(false);
            held.Add(new HeldBatchFile(file, batches.FirstOrDefault(b => b.InputFileId == file.Id || b.OutputFileId == file.Id || b.ErrorFileId == file.Id)));
        }

        return held;
    }

    /// <summary>
    /// What names the job of a held file in a Durable instance: its batch id and the job id its input file's name
    /// starts with (<c>{job}-p000-r0.part000.jsonl</c>), so a job that uploaded a file but has not yet stored its results is found.
    /// </summary>
    public static IEnumerable<string> JobKeys(HeldBatchFile held)
    {
        if (held.Batch is { } batch)
        {
            yield return batch.Id;
            if (batch.JobId is { } lookupId)
            {
                yield return JobOf(lookupId);
            }
        }

        if (held.File.FileName.EndsWith(".jsonl", StringComparison.Ordinal) && held.File.FileName.Contains(".part", StringComparison.Ordinal))
        {
            yield return JobOf(held.File.FileName[..held.File.FileName.LastIndexOf(".part", StringComparison.Ordinal)]);
        }
    }

    public async Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyList<HeldBatchFile> held, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        foreach (var file in held)
        {
            if (await client!.DeleteFileAsync(file.File.Id, cancellationToken).ConfigureAwait(false))
            {
                deleted.Add(file.Describe());
            }
        }

        return deleted;
    }

    // A lookup id is "{job}-p{part:D3}-r{round}" (BatchFileInput.LookupId); the job id is what orchestration inputs carry.
    private static string JobOf(string lookupId) => LookupSuffix().Replace(lookupId, string.Empty);

    [GeneratedRegex(@"-p\d{3}-r\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex LookupSuffix();
}
