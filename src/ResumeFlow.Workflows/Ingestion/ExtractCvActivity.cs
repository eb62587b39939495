using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Sections;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Reads the upload, extracts its text, detects sections and builds the profile; stores the text
/// (cv-text/{id}.txt), the profile JSON (cv-profiles/{id}.json) and the scorer's features (cv-features/{id}.json,
/// <see cref="CandidateFeatureStore"/>) and returns only a summary.
/// A file that cannot be read is an outcome with a stable error code, not an exception, so it is
/// not retried; storage failures throw and are retried by the orchestrator's policy.
/// </summary>
internal sealed class ExtractCvActivity(
    IArtifactStore artifacts,
    IOptions<IngestionOptions> options,
    LlmProfileExtractor llmProfiles,
    ExtractionGate gate,
    CandidateFeatureStore features,
    ILogger<ExtractCvActivity> logger, IHostApplicationLifetime lifetime) : TaskActivity<ExtractCvInput, ExtractCvOutcome>
{
    public override async Task<ExtractCvOutcome> RunAsync(TaskActivityContext context, ExtractCvInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        var upload = input.Upload;
        var limits = options.Value.ToLimits();
        var info = await artifacts.GetInfoAsync(upload.Container, upload.BlobName, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            return ExtractCvOutcome.Failure(IngestionErrorCodes.UploadMissing, $"The upload '{upload.Container}/{upload.BlobName}' no longer exists.");
        }

        if (info.Length > limits.MaxFileBytes)
        {
            return ExtractCvOutcome.Failure(DocumentErrorCodes.FileTooLarge, $"The file is {info.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0} bytes.", info.Length);
        }

        Stream file;
        try
        {
            file = await OpenSeekableAsync(upload, limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ArtifactNotFoundException)
        {
            return ExtractCvOutcome.Failure(IngestionErrorCodes.UploadMissing, $"The upload '{upload.Container}/{upload.BlobName}' no longer exists.");
        }
        catch (IngestionFailedException ex) when (ex.ErrorCode == DocumentErrorCodes.FileTooLarge)
        {
            return ExtractCvOutcome.Failure(ex.ErrorCode, ex.Message, info.Length);
        }

        long size;
        ExtractedDocument document;
        await using (file.ConfigureAwait(false))
        {
            size = file.Length;
            if (await CandidateId.FromStreamAsync(file, cancellationToken).ConfigureAwait(false) != upload.CandidateId)
            {
                return ExtractCvOutcome.Failure(IngestionErrorCodes.UploadChanged, $"'{upload.BlobName}' was replaced by other content after the upload; the new content is ingested on its own.", size);
            }

            file.Position = 0;
            try
            {
                // Parsed from the stored file itself (never copied into memory), a bounded number at a time.
                document = await gate.RunAsync(size, () => DocumentExtractor.Default.Extract(file, upload.FileName, limits), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not (DocumentExtractionException or OperationCanceledException or OutOfMemoryException))
            {
                // A parser bug on a hostile file: as deterministic as a corrupt file, so recorded as one.
                Log.ExtractionFailed(logger, upload.CandidateId, DocumentErrorCodes.CorruptFile, ex.Message);
                return ExtractCvOutcome.Failure(DocumentErrorCodes.CorruptFile, $"The file could not be read: {ex.Message}", size);
            }
            catch (DocumentExtractionException ex)
            {
                Log.ExtractionFailed(logger, upload.CandidateId, ex.ErrorCode, ex.Message);
                var flags = ex.ErrorCode == DocumentErrorCodes.NeedsOcr ? new[] { new DocumentFlag(DocumentFlags.NeedsOcr, ex.Message) } : [];
                return ExtractCvOutcome.Failure(ex.ErrorCode, ex.Message, size, flags);
            }
        }

        IReadOnlyList<ResumeSection> sections;
        CandidateProfile profile;
        YearMonth.TryParse(input.AsOf, out var asOf);
        try
        {
            sections = SectionDetector.Detect(document);
            profile = ProfileBuilder.Build(document, sections, asOf);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // Pure computation on the same bytes fails the same way again: record it, do not retry.
            Log.ExtractionFailed(logger, upload.CandidateId, IngestionErrorCodes.ProfileFailed, ex.Message);
            return ExtractCvOutcome.Failure(IngestionErrorCodes.ProfileFailed, $"The profile could not be built: {ex.Message}", size, document.Flags);
        }

        if (options.Value.UseLlmProfile && llmProfiles.IsAvailable)
        {
            profile = await llmProfiles.ImproveAsync(upload.CandidateId, document.Text, profile, asOf, cancellationToken).ConfigureAwait(false);
        }

        var textName = IngestionArtifacts.TextName(upload.CandidateId);
        var profileName = IngestionArtifacts.ProfileName(upload.CandidateId);
        using (var text = new MemoryStream(Encoding.UTF8.GetBytes(document.Text)))
        {
            await artifacts.PutAsync(ArtifactContainers.CvText, textName, text, "text/plain; charset=utf-8", cancellationToken).ConfigureAwait(false);
        }

        var profileJson = JsonSerializer.SerializeToUtf8Bytes(profile, IngestionJson.Options);
        using (var json = new MemoryStream(profileJson))
        {
            await artifacts.PutAsync(ArtifactContainers.CvProfiles, profileName, json, "application/json", cancellationToken).ConfigureAwait(false);
        }

        // Last, from what was stored: screenings score these instead of reading the CV again.
        await features.StoreAsync(upload.CandidateId, document.Text, profileJson, profile, cancellationToken).ConfigureAwait(false);

        Log.Extracted(logger, upload.CandidateId, document.Format.ToString(), sections.Count, profile.WorkHistory.Count, profile.Skills.Count);
        return new ExtractCvOutcome
        {
            Size = size,
            Format = document.Format.ToString(),
            PageCount = document.PageCount,
            Flags = document.Flags,
            Warnings = document.Warnings.Take(20).ToList(),
            SectionKinds = sections.Select(s => s.Kind.ToString()).ToList(),
            Name = profile.Name,
            Skills = profile.Skills.Select(s => s.Name).Take(200).ToList(),
            TotalYearsExperience = profile.TotalYearsExperience,
            ProfileSource = profile.Source,
            TextArtifact = IngestionArtifacts.Reference(ArtifactContainers.CvText, textName),
            ProfileArtifact = IngestionArtifacts.Reference(ArtifactContainers.CvProfiles, profileName),
        };
    }

    /// <summary>
    /// The stored file as a seekable stream: the store's own (a local file) when it can seek, else a
    /// private temp copy (a blob download stream), deleted when closed. Parsers need to seek; neither
    /// way holds the file in memory.
    /// </summary>
    private async Task<Stream> OpenSeekableAsync(IngestCvInput upload, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await artifacts.OpenReadAsync(upload.Container, upload.BlobName, cancellationToken).ConfigureAwait(false);
        if (stream.CanSeek)
        {
            return stream;
        }

        await using (stream.ConfigureAwait(false))
        {
            var copy = new FileStream(Path.Combine(Path.GetTempPath(), "resumeflow-" + RandomNumberGenerator.GetHexString(32, lowercase: true)), PrivateTempFile());
            try
            {
                using var bounded = new HashingLimitStream(stream, maxBytes);
                await bounded.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                copy.Position = 0;
                return copy;
            }
            catch
            {
                await copy.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private static FileStreamOptions PrivateTempFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            // A CV is personal data: readable by this user only, like the data folder.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
