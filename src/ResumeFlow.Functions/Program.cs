using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Functions.Adapters;
using ResumeFlow.Llm;
using ResumeFlow.Orchestration;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;

// The Azure Functions app: Durable Functions runs the same orchestrators and activities the
// embedded engine runs; the stores are Blob Storage and Cosmos DB (see local.settings.example.json).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddResumeFlowStorage(builder.Configuration);
builder.Services.AddResumeFlowLlm();
builder.Services.AddResumeFlowWorkflows();
builder.Services.AddSingleton<IOrchestrationClient, AmbientOrchestrationClient>();
builder.Services.AddSingleton<WorkflowDispatcher>();

builder.Build().Run();
