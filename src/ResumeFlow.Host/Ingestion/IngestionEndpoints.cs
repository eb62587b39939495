using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Host.Ingestion;

/// <summary>
/// <c>POST /api/cvs</c>: a CV as multipart/form-data (one file, streamed) or as the raw body with its name in
/// <c>?fileName=</c>, an <c>X-File-Name</c> header or Content-Disposition. Answers Durable's 202
/// check-status payload for the IngestCv instance (the existing one when the same file was uploaded
/// before) with the candidate id in <c>X-Candidate-Id</c>. <c>GET /api/cvs/{id}</c> reads the candidate
/// and <c>GET /api/cvs/{id}/profile</c> its profile JSON; <c>GET /api/cvs?q=</c> lists and searches candidates.
/// </summary>
public static class IngestionEndpoints
{
    public const string CandidateIdHeader = "X-Candidate-Id";

    /// <summary>A malformed multipart body: no boundary, a boundary that never comes, a truncated body.</summary>
    public const string InvalidFormCode = "invalid_form";

    /// <summary>Room for multipart boundaries and part headers on top of the file itself.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapIngestionApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/cvs").RequireApiKey();
        api.MapPost(string.Empty, UploadAsync).DisableAntiforgery();
        api.MapGet(string.Empty, SearchAsync);
        api.MapGet("/{id}", GetCandidateAsync);
        api.MapGet("/{id}/profile", GetProfileAsync);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ICvIngestionService ingestion, IOptions<IngestionOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.UploadLimit;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            // A declared Content-Length over the limit is refused before a byte is read; the rest is
            // counted as it arrives (HashingLimitStream), with room for multipart headers.
            bodyLimit.MaxRequestBodySize = limit + MultipartOverheadBytes;
        }

        try
        {
            IngestionStart start;
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var upload = await UploadFirstFileAsync(request, mediaType, ingestion, cancellationToken).ConfigureAwait(false);
                if (upload.Error is not null)
                {
                    return upload.Error;
                }

                start = upload.Start!;
            }
            else if (request.HasFormContentType)
            {
                return ErrorResults.Result(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "Send the file as multipart/form-data or as the raw body.");
            }
            else
            {
                var fileName = RawFileName(request);
                if (fileName is null)
                {
                    return ErrorResults.Result(StatusCodes.Status400BadRequest, IngestionErrorCodes.InvalidFileName, "Name the file: ?fileName=cv.pdf, an X-File-Name header, or multipart/form-data.");
                }

                start = await ingestion.UploadAsync(new ClientBodyStream(request.Body), fileName, request.ContentType, cancellationToken).ConfigureAwait(false);
            }

            request.HttpContext.Response.Headers[CandidateIdHeader] = start.CandidateId;
            return DurableHttpResults.CheckStatus(request, start.InstanceId);
        }
        catch (IngestionFailedException ex)
        {
            return ErrorResults.Result(ex.ErrorCode == DocumentErrorCodes.FileTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, ex.ErrorCode, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ErrorResults.Result(StatusCodes.Status413PayloadTooLarge, DocumentErrorCodes.FileTooLarge, $"The upload is larger than {limit:N0} bytes and was not stored.");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            // A truncated body, a boundary that never comes, a malformed part header.
            return ErrorResults.Result(StatusCodes.Status400BadRequest, InvalidFormCode, ex.Message);
        }
    }

    /// <summary>Streams the first file part of a multipart body into ingestion (never buffering the form).</summary>
    private static async Task<(IngestionStart? Start, IResult? Error)> UploadFirstFileAsync(HttpRequest request, MediaTypeHeaderValue mediaType, ICvIngestionService ingestion, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            return (null, ErrorResults.Result(StatusCodes.Status400BadRequest, InvalidFormCode, "The multipart Content-Type has no boundary."));
        }

        var reader = new MultipartReader(boundary, new ClientBodyStream(request.Body));
        IngestionStart? start = null;
        while (await NextSectionAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (section.GetContentDispositionHeader() is not { } disposition || !disposition.IsFileDisposition())
            {
                continue;
            }

            if (start is not null)
            {
                // The first file is already stored (content-addressed, so harmless); the request is still wrong.
                return (null, ErrorResults.Result(StatusCodes.Status400BadRequest, "one_file_expected", "Send exactly one file per request."));
            }

            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
            start = await ingestion.UploadAsync(new ClientBodyStream(section.Body), HeaderUtilities.RemoveQuotes(name).Value ?? string.Empty, section.ContentType, cancellationToken).ConfigureAwait(false);
        }

        return start is null
            ? (null, ErrorResults.Result(StatusCodes.Status400BadRequest, "one_file_expected", "The form has no file part; send exactly one file per request."))
            : (start, null);
    }

    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // The reader's "Unexpected end of Stream": the boundary never came.
            throw ClientBodyStream.Malformed(ex);
        }
    }

    /// <summary><c>GET /api/cvs?q=</c>: candidates whose name, file name or a skill contains every word (one read of the search index).</summary>
    private static async Task<IResult> SearchAsync(string? q, IDocumentStore documents, CancellationToken cancellationToken)
        => Results.Json(await CandidateSearchIndex.SearchAsync(documents, q, cancellationToken).ConfigureAwait(false), IngestionJson.Options);

    private static async Task<IResult> GetCandidateAsync(string id, IDocumentStore documents, CancellationToken cancellationToken)
    {
        if (!CandidateId.IsValid(id))
        {
            return ErrorResults.Result(StatusCodes.Status400BadRequest, "invalid_candidate_id", "A candidate id is 64 lower-case hex characters (the SHA-256 of the file).");
        }

        var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? ErrorResults.Result(StatusCodes.Status404NotFound, "candidate_not_found", $"No candidate '{id}'.")
            : Results.Json(stored.Document, IngestionJson.Options);
    }

    private static async Task<IResult> GetProfileAsync(string id, IDocumentStore documents, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        if (!CandidateId.IsValid(id))
        {
            return ErrorResults.Result(StatusCodes.Status400BadRequest, "invalid_candidate_id", "A candidate id is 64 lower-case hex characters (the SHA-256 of the file).");
        }

        var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false);
        if (stored?.Document.Artifacts.Profile is not { } reference)
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, "profile_not_found", $"Candidate '{id}' has no profile (status {stored?.Document.Status.ToString() ?? "unknown"}).");
        }

        var (container, name) = IngestionArtifacts.Split(reference);
        try
        {
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            return Results.Stream(stream, "application/json");
        }
        catch (ArtifactNotFoundException)
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, "profile_not_found", $"The profile of candidate '{id}' is missing.");
        }
    }

    /// <summary>The name of a raw-body upload (<see cref="UploadFileName"/>, shared with the Functions app).</summary>
    internal static string? RawFileName(HttpRequest request) => UploadFileName.Read(
        request.Query[UploadFileName.QueryParameter].ToString(),
        request.Headers[UploadFileName.Header].ToString(),
        request.Headers.ContentDisposition.ToString());
}
