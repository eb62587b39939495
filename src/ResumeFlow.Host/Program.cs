using ResumeFlow.Host.Analysis;
using ResumeFlow.Host.Batches;
using ResumeFlow.Host.Calls;
using ResumeFlow.Host.Erasure;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Ingestion;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Retention;
using ResumeFlow.Host.Review;
using ResumeFlow.Host.Screening;
using ResumeFlow.Host.Security;
using ResumeFlow.Host.Web;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;
// The local HTTP host: Durable-compatible management API, HTTP starters, blob watcher.
// Each feature adds itself with one AddXyz()/MapXyz() line here.
var builder = WebApplication.CreateBuilder(args);
builder.AddPrivateDataFolder();
builder.Services.AddApiErrorHandling();
builder.AddDurableBackend();
builder.Services.AddResumeFlowStorage(builder.Configuration);
builder.Services.AddResumeFlowLlm();
builder.Services.AddResumeFlowWorkflows();
builder.Services.AddCvBlobWatcher();
builder.Services.AddHostedService<RetentionStarter>();
builder.AddWebApp();

var app = builder.Build();
app.UseApiErrorHandling();
app.UseWebApp();
app.UseHostSecurity();
app.UseDurableRole();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
app.MapDurableManagementApi();
app.MapIngestionApi();
app.MapScreeningApi();
app.MapReviewApi();
app.MapErasureApi();
app.MapAnalysisApi();
app.MapCallAnalysisApi();
app.MapCallChartApi();
app.MapSelectionRateApi();
app.MapBatchApi();
app.MapWebApp();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
