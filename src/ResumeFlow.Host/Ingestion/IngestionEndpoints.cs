using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Host.Ingestion;

/// <summary>
/// <c>POST /api/cvs</c>: a CV as multipart/form-data (one file) or as the raw body with its name in
/// <c>?fileName=</c>, an <c>X-File-Name</c> header or Content-Disposition. Answers Durable's 202
/// check-status payload for the IngestCv instance (the existing one when the same file was uploaded
/// before) with the candidate id in <c>X-Candidate-Id</c>. <c>GET /api/cvs/{id}</c> reads the candidate
/// and <c>GET /api/cvs/{id}/profile</c> its profile JSON.
/// </summary>
public static class IngestionEndpoints
{
    public const string CandidateIdHeader = "X-Candidate-Id";

    public static IEndpointRouteBuilder MapIngestionApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/cvs");
        api.MapPost(string.Empty, UploadAsync).RequireApiKey().DisableAntiforgery();
        api.MapGet("/{id}", GetCandidateAsync);
        api.MapGet("/{id}/profile", GetProfileAsync);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ICvIngestionService ingestion, IOptions<IngestionOptions> options, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxUploadBytes;
        }

        try
        {
            IngestionStart start;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                if (form.Files.Count != 1)
                {
                    return Error(StatusCodes.Status400BadRequest, "one_file_expected", $"Send exactly one file per request; this one has {form.Files.Count}.");
                }

                var file = form.Files[0];
                var stream = file.OpenReadStream();
                await using (stream.ConfigureAwait(false))
                {
                    start = await ingestion.UploadAsync(stream, file.FileName, file.ContentType, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                var fileName = RawFileName(request);
                if (fileName is null)
                {
                    return Error(StatusCodes.Status400BadRequest, IngestionErrorCodes.InvalidFileName, "Name the file: ?fileName=cv.pdf, an X-File-Name header, or multipart/form-data.");
                }

                start = await ingestion.UploadAsync(request.Body, fileName, request.ContentType, cancellationToken).ConfigureAwait(false);
            }

            request.HttpContext.Response.Headers[CandidateIdHeader] = start.CandidateId;
            return DurableHttpResults.CheckStatus(request, start.InstanceId);
        }
        catch (IngestionFailedException ex)
        {
            return Error(ex.ErrorCode == DocumentErrorCodes.FileTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, ex.ErrorCode, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, DocumentErrorCodes.FileTooLarge, ex.Message);
        }
        catch (InvalidDataException ex)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_form", ex.Message);
        }
    }

    private static async Task<IResult> GetCandidateAsync(string id, IDocumentStore documents, CancellationToken cancellationToken)
    {
        if (!CandidateId.IsValid(id))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_candidate_id", "A candidate id is 64 lower-case hex characters (the SHA-256 of the file).");
        }

        var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? Error(StatusCodes.Status404NotFound, "candidate_not_found", $"No candidate '{id}'.")
            : Results.Json(stored.Document, IngestionJson.Options);
    }

    private static async Task<IResult> GetProfileAsync(string id, IDocumentStore documents, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        if (!CandidateId.IsValid(id))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_candidate_id", "A candidate id is 64 lower-case hex characters (the SHA-256 of the file).");
        }

        var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false);
        if (stored?.Document.Artifacts.Profile is not { } reference)
        {
            return Error(StatusCodes.Status404NotFound, "profile_not_found", $"Candidate '{id}' has no profile (status {stored?.Document.Status.ToString() ?? "unknown"}).");
        }

        var (container, name) = IngestionArtifacts.Split(reference);
        try
        {
            var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
            return Results.Stream(stream, "application/json");
        }
        catch (ArtifactNotFoundException)
        {
            return Error(StatusCodes.Status404NotFound, "profile_not_found", $"The profile of candidate '{id}' is missing.");
        }
    }

    private static string? RawFileName(HttpRequest request)
    {
        if (request.Query["fileName"].ToString() is { Length: > 0 } query)
        {
            return query;
        }

        if (request.Headers["X-File-Name"].ToString() is { Length: > 0 } header)
        {
            return Uri.UnescapeDataString(header);
        }

        if (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
            if (!string.IsNullOrWhiteSpace(name))
            {
                return name.Trim('"');
            }
        }

        return null;
    }

    private static IResult Error(int status, string code, string message)
        => Results.Json(new { error = new { code, message } }, JsonSerializerOptions.Web, statusCode: status);
}
