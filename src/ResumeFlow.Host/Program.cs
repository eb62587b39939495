using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Host.Ingestion;
using ResumeFlow.Host.Management;
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
builder.AddEmbeddedDurableEngine();
builder.Services.AddResumeFlowStorage(builder.Configuration);
builder.Services.AddResumeFlowLlm();
builder.Services.AddResumeFlowWorkflows();
builder.Services.AddCvBlobWatcher();
builder.AddWebApp();

var app = builder.Build();
app.UseApiErrorHandling();
app.UseWebApp();
app.UseHostSecurity();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
app.MapDurableManagementApi();
app.MapIngestionApi();
app.MapScreeningApi();
app.MapWebApp();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
