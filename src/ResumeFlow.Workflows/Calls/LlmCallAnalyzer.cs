using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Metrics;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Llm;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Analyses one call: deterministic metrics, then one structured-output request through <see cref="ILlmGateway"/>
/// (quota-paced, retried, validated) whose quotes must occur in the transcript. With <c>Llm:RedactPii</c> the
/// model sees the call pseudonymised (<see cref="TranscriptPseudonymizer"/>) and the gateway redacts the rest.
/// A failure after the gateway's retries is returned as a result with <see cref="CallAnalysis.AnalysisSucceeded"/> false.
/// </summary>
public sealed class LlmCallAnalyzer
{
    private readonly ILlmGateway _gateway;
    private readonly CallAnalysisOptions _options;
    private readonly LlmOptions _llm;
    private readonly ILogger _logger;

    public LlmCallAnalyzer(ILlmGateway gateway, IOptions<CallAnalysisOptions> options, IOptions<LlmOptions> llm, ILogger<LlmCallAnalyzer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(llm);
        _gateway = gateway;
        _options = options.Value;
        _llm = llm.Value;
        _logger = logger ?? NullLogger<LlmCallAnalyzer>.Instance;
    }

    public async Task<CallAnalysis> AnalyzeAsync(CallTranscript call, string? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = Unanalysed(call);
        if (!_llm.IsConfigured)
        {
            return result with { ErrorCode = CallErrorCodes.LlmNotConfigured, ErrorMessage = "No LLM is configured (Llm:Endpoint); only the metrics were computed." };
        }

        var sent = _llm.RedactPii ? TranscriptPseudonymizer.Pseudonymize(call) : call;
        var reply = await _gateway.CompleteJsonAsync<CallInsightReply>(BuildRequest(sent, _options, scope), cancellationToken).ConfigureAwait(false);
        result = result with
        {
            InputTokens = reply.Usage.InputTokens,
            OutputTokens = reply.Usage.OutputTokens,
            CostUsd = reply.CostUsd,
            Model = reply.Model,
        };
        if (!reply.Success || reply.Value is null)
        {
            var code = reply.ErrorCode ?? CallErrorCodes.EmptyAnswer;
            Log.CallAnalysisFailed(_logger, call.CallId, code, reply.ErrorMessage);
            return result with { ErrorCode = code, ErrorMessage = reply.ErrorMessage ?? "The model gave no answer." };
        }

        var insight = CallInsightValidator.Validate(reply.Value, call, sent);
        Log.QuotesChecked(_logger, call.CallId, insight.Quotes.Count, insight.RejectedQuotes.Count);
        return result with { AnalysisSucceeded = true, Insight = insight };
    }

    /// <summary>The call's metrics and links, before (or without) the LLM.</summary>
    public static CallAnalysis Unanalysed(CallTranscript call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallAnalysis
        {
            CallId = call.CallId,
            Source = call.Source,
            Format = call.Format,
            CandidateId = call.CandidateId,
            JobId = call.JobId,
            InterviewerName = call.InterviewerName,
            CandidateName = call.Metadata.GetValueOrDefault("candidate") ?? call.Candidate,
            Metrics = CallMetricsCalculator.Calculate(call),
            AnalysisSucceeded = false,
        };
    }

    /// <summary>The gateway request: fixed instructions and schema first, the call last as untrusted content.</summary>
    public static LlmRequest BuildRequest(CallTranscript call, CallAnalysisOptions options, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(options);
        return new LlmRequest
        {
            ItemKey = call.CallId,
            Instructions = CallInsightPrompt.Instructions,
            JsonSchema = CallInsightPrompt.JsonSchema,
            SchemaName = CallInsightPrompt.SchemaName,
            PromptVersion = CallInsightPrompt.PromptVersion,
            Model = options.Model,
            UntrustedContent = CallInsightPrompt.Content(call),
            MaxOutputTokens = options.MaxOutputTokens,
            Temperature = options.Temperature,
            Scope = scope,
            UseCache = options.UseResultCache,
        };
    }
}
