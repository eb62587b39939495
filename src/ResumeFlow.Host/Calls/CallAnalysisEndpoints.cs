using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.DurableTask.Client;
using Microsoft.Net.Http.Headers;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Ingestion;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Host.Calls;

/// <summary>
/// The call-analysis HTTP API. <c>POST /api/call-analyses</c> takes transcripts as multipart/form-data (any number of
/// files, streamed part by part under the limits), as one raw file named by <c>?fileName=</c> (what the Functions
/// starter takes), or as a JSON body naming transcripts in the inbox container (<see cref="CreateCallAnalysisBody"/>);
/// <c>?candidateId=</c> ties the calls to a candidate. It answers Durable's 202 check-status payload.
/// <c>GET /api/call-analyses/{id}</c> is the run's state and counts, <c>GET …/report.{html|json|csv}</c> its report.
/// </summary>
public static class CallAnalysisEndpoints
{
    /// <summary>Room for multipart boundaries and part headers on top of the files themselves.</summary>
    private const long MultipartOverheadBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapCallAnalysisApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/call-analyses").RequireApiKey();
        api.MapPost(string.Empty, StartAsync).DisableAntiforgery();
        api.MapGet("/{id}", GetAsync);
        api.MapGet("/{id}/report.{format}", GetReportAsync);
        return endpoints;
    }

    private static async Task<IResult> StartAsync(HttpRequest request, ICallAnalysisService calls, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        const long limit = ApiLimits.MaxCallUploadBytes + MultipartOverheadBytes;
        if (request.ContentLength > limit)
        {
            return ErrorResults.Result(StatusCodes.Status413PayloadTooLarge, CallApiErrorCodes.UploadTooLarge, $"The upload is larger than {ApiLimits.MaxCallUploadBytes:N0} bytes; nothing was stored.");
        }

        // A body without a declared length is cut off by the server as it arrives.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limit;
        }

        try
        {
            var candidateId = request.Query["candidateId"].ToString() is { Length: > 0 } id ? id : null;
            string instanceId;
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                CreateCallAnalysisBody.CheckCandidateId(candidateId);
                var uploads = await ReadFilesAsync(request, mediaType, cancellationToken).ConfigureAwait(false);
                instanceId = await calls.StartAsync(uploads, candidateId, cancellationToken).ConfigureAwait(false);
            }
            else if (IngestionEndpoints.RawFileName(request) is { } fileName)
            {
                if (request.ContentLength > ApiLimits.MaxTranscriptBytes)
                {
                    throw LimitedBody.TooLarge(ApiLimits.MaxTranscriptBytes);
                }

                instanceId = await CallAnalysisStarts.StartRawAsync(calls, new ClientBodyStream(request.Body), fileName, candidateId, cancellationToken).ConfigureAwait(false);
            }
            else if (request.HasJsonContentType())
            {
                using var json = new MemoryStream(await LimitedBody.ReadAsync(new ClientBodyStream(request.Body), ApiLimits.MaxBodyBytes, cancellationToken).ConfigureAwait(false));
                var body = await ApiRequests.ReadJsonAsync<CreateCallAnalysisBody>(json, request.ContentType, cancellationToken).ConfigureAwait(false);
                instanceId = await CallAnalysisStarts.StartAsync(calls, artifacts, body, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                return ErrorResults.Result(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "Send transcripts as multipart/form-data, one raw file with ?fileName=, or a JSON body naming transcripts.");
            }

            return DurableHttpResults.CheckStatus(request, instanceId);
        }
        catch (ApiException ex)
        {
            return ErrorResults.Result(ex.Error.Status, ex.Error.Code, ex.Error.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ErrorResults.Result(StatusCodes.Status413PayloadTooLarge, CallApiErrorCodes.UploadTooLarge, $"The upload is larger than {ApiLimits.MaxCallUploadBytes:N0} bytes; nothing was stored.");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return ErrorResults.Result(StatusCodes.Status400BadRequest, IngestionEndpoints.InvalidFormCode, ex.Message);
        }
    }

    /// <summary>Every file part, each read under the one-transcript limit; nothing is stored until the whole form is read.</summary>
    private static async Task<List<CallTranscriptUpload>> ReadFilesAsync(HttpRequest request, MediaTypeHeaderValue mediaType, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary))
        {
            throw new InvalidDataException("The multipart Content-Type has no boundary.");
        }

        var reader = new MultipartReader(boundary, new ClientBodyStream(request.Body));
        var uploads = new List<CallTranscriptUpload>();
        while (await NextSectionAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (section.GetContentDispositionHeader() is not { } disposition || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value).Value;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ApiException(ApiErrors.MissingFileName);
            }

            uploads.Add(new CallTranscriptUpload(name, await LimitedBody.ReadAsync(new ClientBodyStream(section.Body), ApiLimits.MaxTranscriptBytes, cancellationToken).ConfigureAwait(false)));
        }

        return uploads.Count > 0
            ? uploads
            : throw new ApiException(new ApiError(400, CallApiErrorCodes.TranscriptsRequired, "The form has no file part; send one or more transcript files."));
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

    private static async Task<IResult> GetAsync(string id, HttpRequest request, ICallAnalysisService calls, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, calls, cancellationToken).ConfigureAwait(false) is not { } metadata)
        {
            return NotFound(id);
        }

        var result = metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? metadata.ReadOutputAs<AnalyzeCallsResult>() : null;
        var reports = result is null ? null : new[] { "html", "json", "csv" }.ToDictionary(f => f, f => $"{request.Scheme}://{request.Host}{request.PathBase}/api/call-analyses/{Uri.EscapeDataString(id)}/report.{f}");
        return Results.Json(
            new CallAnalysisView(
                metadata.InstanceId,
                metadata.RuntimeStatus.ToString(),
                metadata.CreatedAt,
                metadata.LastUpdatedAt,
                metadata.ReadCustomStatusAs<CallAnalysisStatus>(),
                result,
                reports,
                metadata.FailureDetails?.ErrorMessage),
            CallsJson.Options);
    }

    private static async Task<IResult> GetReportAsync(string id, string format, ICallAnalysisService calls, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        var contentType = format switch
        {
            "html" => "text/html; charset=utf-8",
            "json" => "application/json",
            "csv" => "text/csv; charset=utf-8",
            _ => null,
        };
        if (contentType is null)
        {
            return ErrorResults.Result(StatusCodes.Status404NotFound, "report_format_not_found", "The report is report.html, report.json or report.csv.");
        }

        if (await FindAsync(id, calls, cancellationToken).ConfigureAwait(false) is not { } metadata)
        {
            return NotFound(id);
        }

        if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Completed || metadata.ReadOutputAs<AnalyzeCallsResult>() is not { } result)
        {
            return ErrorResults.Result(StatusCodes.Status409Conflict, CallApiErrorCodes.ReportNotReady, $"Call analysis '{id}' is {metadata.RuntimeStatus}; its report is written when it completes.");
        }

        var name = format switch { "html" => result.ReportHtml, "json" => result.ReportJson, _ => result.ReportCsv };
        var stream = await artifacts.OpenReadAsync(CallArtifacts.Container, name, cancellationToken).ConfigureAwait(false);
        return Results.Stream(stream, contentType, "report." + format);
    }

    /// <summary>The instance when it is a call analysis; any other instance id is as unknown here as a missing one.</summary>
    private static async Task<OrchestrationMetadata?> FindAsync(string id, ICallAnalysisService calls, CancellationToken cancellationToken)
    {
        var metadata = await calls.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return metadata?.Name == AnalyzeCallsOrchestrator.Name ? metadata : null;
    }

    private static IResult NotFound(string id)
        => ErrorResults.Result(StatusCodes.Status404NotFound, CallApiErrorCodes.CallAnalysisNotFound, $"No call analysis '{id}'.");

    /// <summary>The answer of <c>GET /api/call-analyses/{id}</c>.</summary>
    private sealed record CallAnalysisView(
        string Id,
        string RuntimeStatus,
        DateTimeOffset CreatedAt,
        DateTimeOffset LastUpdatedAt,
        CallAnalysisStatus? Progress,
        AnalyzeCallsResult? Result,
        IReadOnlyDictionary<string, string>? Reports,
        string? Failure);
}
