using System.Diagnostics.CodeAnalysis;
using ResumeFlow.Core.Documents;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Api;

/// <summary>The one mapping from the workflows' failures to HTTP statuses, used by every front.</summary>
public static class ApiErrors
{
    public static ApiError From(ScreeningException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Code switch
        {
            _ when exception.IsNotFound => 404,
            ScreeningErrorCodes.ScreeningNotCompleted or ScreeningErrorCodes.NothingToRetry or ScreeningErrorCodes.CandidateNotScored => 409,
            ScreeningErrorCodes.NoCandidates => 422,
            _ => 400,
        };
        return new ApiError(status, exception.Code, exception.Message);
    }

    public static ApiError From(IngestionFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.ErrorCode == DocumentErrorCodes.FileTooLarge ? 413 : 400;
        return new ApiError(status, exception.ErrorCode, exception.Message);
    }

    public static ApiError From(ErasureException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Code == ErasureErrorCodes.CandidateInUse ? 409 : 404;
        return new ApiError(status, exception.Code, exception.Message);
    }

    public static ApiError From(AnalysisException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Code switch
        {
            AnalysisErrorCodes.CandidateNotFound or AnalysisErrorCodes.JobNotFound or AnalysisErrorCodes.AnalysisNotFound
                or AnalysisErrorCodes.UnknownReport or AnalysisErrorCodes.ReportNotFound => 404,
            AnalysisErrorCodes.AnalysisNotCompleted => 409,
            AnalysisErrorCodes.CandidateTextMissing => 422,
            _ => 400,
        };
        return new ApiError(status, exception.Code, exception.Message);
    }

    /// <summary>Any failure a front answers with a code (the exceptions above and <see cref="ApiException"/>); false for the rest.</summary>
    public static bool TryFrom(Exception exception, [NotNullWhen(true)] out ApiError? error)
    {
        error = exception switch
        {
            ApiException api => api.Error,
            ScreeningException screening => From(screening),
            IngestionFailedException ingestion => From(ingestion),
            AnalysisException analysis => From(analysis),
            ErasureException erasure => From(erasure),
            _ => null,
        };
        return error is not null;
    }

    /// <summary>An upload that names no file.</summary>
    public static ApiError MissingFileName { get; } = new(400, IngestionErrorCodes.InvalidFileName, "Name the file: ?fileName=cv.pdf, an X-File-Name header, or multipart/form-data.");
}
