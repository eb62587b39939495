namespace ResumeFlow.Workflows.Analysis;

/// <summary>Stable error codes of the analysis.</summary>
public static class AnalysisErrorCodes
{
    public const string CandidateNotFound = "candidate_not_found";
    public const string CandidateTextMissing = "candidate_text_missing";
    public const string JobNotFound = "job_not_found";
    public const string CandidateRequired = "candidate_required";
    public const string JobRequired = "job_required";
    public const string AnalysisNotFound = "analysis_not_found";

    /// <summary>The request names a deployment the configuration does not (or no LLM is configured).</summary>
    public const string DeploymentUnknown = "deployment_unknown";

    /// <summary>The analysis is still running, or failed: its reports do not exist (yet).</summary>
    public const string AnalysisNotCompleted = "analysis_not_completed";

    /// <summary>Not one of analysis.json, analysis.md, analysis.html, tailored.docx.</summary>
    public const string UnknownReport = "unknown_report";
    public const string ReportNotFound = "report_not_found";

    /// <summary>The CV has no such section, so the section's task cannot run.</summary>
    public const string SectionMissing = "section_missing";

    /// <summary>A prerequisite task failed or was skipped; the dependent task did not run.</summary>
    public const string PrerequisiteFailed = "prerequisite_failed";

    /// <summary>The task's durable timer fired before the activity answered.</summary>
    public const string TimedOut = "timed_out";
}
