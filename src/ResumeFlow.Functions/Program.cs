using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;

// The Azure Functions app: Durable Functions runs the same orchestrator and activity classes the
// embedded engine runs (src/ResumeFlow.Workflows); the stores are Blob Storage and Cosmos DB
// (every setting it reads is in local.settings.example.json).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddResumeFlowStorage(builder.Configuration);
builder.Services.AddResumeFlowLlm();
builder.Services.AddResumeFlowWorkflows();

builder.Build().Run();
