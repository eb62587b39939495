using System.Text;
using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Testing.Analysis;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Tests.Analysis;

/// <summary>AnalyzeResume on the SDK types. One body per behaviour, run on every executor (subclasses below).</summary>
public abstract class AnalyzeResumeOrchestrationTests
{
    /// <summary>The executor this run of the shared bodies uses.</summary>
    protected abstract OrchestrationExecutor Executor { get; }

    private static readonly Dictionary<string, string?> DeterministicOnly = new() { ["Analysis:MaxConcurrency"] = "1" };

    private static readonly Dictionary<string, string?> TwoDeployments = new()
    {
        ["Analysis:DefaultDeployment"] = "primary",
        ["Analysis:FallbackDeployment"] = "secondary",
        ["Analysis:TaskTimeout"] = "00:00:03",
    };

    [Fact]
    public async Task Sections_run_in_priority_order_and_the_summary_waits_for_experience_and_skills()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnalysisTestHost.StartAsync(DeterministicOnly, simulator: null, llm: null, Executor, ct);
        var input = await host.AddAsync(AnalysisSamples.Cv(), AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var summary = result.Summary!;
        Assert.Equal(["experience", "skills", "education", "summary"], summary.ScheduleOrder);
        Assert.All(summary.Sections, s => Assert.Equal(SectionState.Completed, s.State));
        Assert.All(summary.Sections, s => Assert.Equal(SectionOutcome.Deterministic, s.ProducedBy));
        Assert.InRange(summary.OverallScore, 1, 100);

        // Progressive status: every section with its state and score, far below Durable's 16 KB.
        Assert.Equal("completed", result.Progress!.Phase);
        Assert.All(result.Progress.Sections, s => Assert.NotNull(s.Score));
        Assert.True(JsonSerializer.Serialize(result.Progress).Length < 2_000);

        // Details stay in storage; the four report files are written.
        Assert.Equal(AnalysisReportWriters.Files.Order(StringComparer.Ordinal), summary.Reports.Keys.Order(StringComparer.Ordinal));
        var report = result.Report!;
        var experience = report.Sections.Single(s => s.Section == "experience");
        Assert.Contains(experience.Matched, m => m.Requirement == "Python" && m.Evidence.Contains("Python", StringComparison.Ordinal));
        Assert.Contains("Terraform", experience.Missing);
        Assert.Contains(report.Plan, p => p is { Section: "experience", Kind: SuggestionKind.AddKeyword, Text: "Terraform" });
        Assert.Contains("Key skills: Terraform", report.TailoredMarkdown, StringComparison.Ordinal);
        var html = await ReadAsync(host, summary.Reports[AnalysisReportWriters.Html], ct);
        Assert.Contains("<table id=\"sections\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol id=\"plan\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_prerequisite_skips_its_dependents_with_a_reason_and_the_analysis_completes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnalysisTestHost.StartAsync(DeterministicOnly, simulator: null, llm: null, Executor, ct);
        var input = await host.AddAsync(AnalysisSamples.Cv(withExperience: false), AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var sections = result.Summary!.Sections.ToDictionary(s => s.Section);
        Assert.Equal(SectionState.Failed, sections["experience"].State);
        Assert.StartsWith(AnalysisErrorCodes.SectionMissing, sections["experience"].Reason, StringComparison.Ordinal);
        Assert.Equal(SectionState.Skipped, sections["summary"].State);
        Assert.StartsWith(AnalysisErrorCodes.PrerequisiteFailed + ": experience", sections["summary"].Reason, StringComparison.Ordinal);
        Assert.Equal(SectionState.Completed, sections["skills"].State);
        Assert.Equal(1, result.Summary.Skipped);
        Assert.DoesNotContain("summary", result.Summary.ScheduleOrder);
    }

    [Fact]
    public async Task Cv_without_a_summary_plans_no_summary_task_and_no_section_fails()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnalysisTestHost.StartAsync(DeterministicOnly, simulator: null, llm: null, Executor, ct);

        // Shaped like the generated resumes of ../shared/data/rjdb: Markdown headings, no header lines, no summary.
        const string cv = """
            ## Personal Information
            Name: Seo-ah Kim
            Email: seoah.kim@example.com

            ## Education
            Bachelor's Degree in Computer Science

            ## Skills
            - Python
            - PostgreSQL
            - Research

            ## Experience
            - Backend Engineer - Acme Corp (2018 - 2023)
            """;
        var input = await host.AddAsync(cv, AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var summary = result.Summary!;
        Assert.Equal(["experience", "skills", "education"], summary.ScheduleOrder);
        Assert.Equal(["experience", "skills", "education"], summary.Sections.Select(s => s.Section));
        Assert.All(summary.Sections, s => Assert.Equal(SectionState.Completed, s.State));
        Assert.Equal(0, summary.Skipped);
    }

    [Fact]
    public async Task Section_timing_out_on_its_deployment_falls_back_to_the_fallback_deployment()
    {
        var ct = TestContext.Current.CancellationToken;

        // The primary holds the skills request far past the 3 s durable timer; the gateway's own timeout is longer still.
        await using var host = await AnalysisTestHost.StartAsync(
            TwoDeployments,
            new SimulatorOptions { ClockFactor = 10, TimeoutHold = TimeSpan.FromSeconds(300) },
            o =>
            {
                o.RequestTimeout = TimeSpan.FromSeconds(60);
                o.MaxRetries = 0;
            },
            Executor,
            ct);
        var input = await host.AddAsync(AnalysisSamples.Cv("[[sim:timeout]]"), AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var sections = result.Summary!.Sections.ToDictionary(s => s.Section);
        Assert.Equal(SectionState.Completed, sections["skills"].State);
        Assert.Equal("secondary", sections["skills"].ProducedBy);
        Assert.Equal(1, sections["skills"].Fallbacks);
        Assert.Equal("primary", sections["experience"].ProducedBy);
        Assert.Equal(1, result.Summary.Fallbacks);
        Assert.DoesNotContain("Simulated", result.Report!.TailoredMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_deployments_failing_fall_back_to_the_deterministic_analysis()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnalysisTestHost.StartAsync(TwoDeployments, new SimulatorOptions { ClockFactor = 10 }, o => o.MaxRetries = 0, Executor, ct);
        var input = await host.AddAsync(AnalysisSamples.Cv("[[sim:500 x2]]"), AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var skills = result.Summary!.Sections.Single(s => s.Section == "skills");
        Assert.Equal(SectionState.Completed, skills.State);
        Assert.Equal(SectionOutcome.Deterministic, skills.ProducedBy);
        Assert.Equal(2, skills.Fallbacks);
        var log = host.Simulator.RequestLog.Snapshot().Where(e => e.ItemKey.EndsWith("/skills", StringComparison.Ordinal)).ToList();
        Assert.Equal(["primary", "secondary"], log.Select(e => e.Deployment));
        Assert.All(log, e => Assert.Equal(500, e.Status));
    }

    [Fact]
    public async Task Sections_spill_over_to_the_second_deployment_while_the_first_quota_is_saturated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnalysisTestHost.StartAsync(
            new Dictionary<string, string?> { ["Analysis:DefaultDeployment"] = "primary" },
            new SimulatorOptions { ClockFactor = 10 },
            o =>
            {
                // One request per 10 s window on the primary; the rest must go to the secondary, not wait.
                o.QuotaWindow = TimeSpan.FromSeconds(10);
                o.SpillOverAfter = TimeSpan.FromMilliseconds(500);
                o.Deployments["primary"] = new Llm.Deployments.LlmDeploymentOptions { RequestsPerMinute = 6, SpillOver = ["secondary"] };
                o.Deployments["secondary"] = new Llm.Deployments.LlmDeploymentOptions();
            },
            Executor,
            ct);
        var input = await host.AddAsync(AnalysisSamples.Cv(), AnalysisSamples.Job, ct);

        var result = await host.RunAsync(input, ct);

        var producers = result.Summary!.Sections.Select(s => s.ProducedBy).ToList();
        Assert.Contains("primary", producers);
        Assert.Contains("secondary", producers);
        Assert.All(result.Summary.Sections, s => Assert.Equal(SectionState.Completed, s.State));
        Assert.Equal(0, host.Simulator.RequestLog.CountStatus(429));
    }

    private static async Task<string> ReadAsync(AnalysisTestHost host, string reference, CancellationToken ct)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        await using var stream = await host.Artifacts.OpenReadAsync(reference[..slash], reference[(slash + 1)..], ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }
}

public sealed class AnalyzeResumeOrchestrationTests_on_the_embedded_engine : AnalyzeResumeOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;
}

public sealed class AnalyzeResumeOrchestrationTests_on_the_in_process_test_host : AnalyzeResumeOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}
