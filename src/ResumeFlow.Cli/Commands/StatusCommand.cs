using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow status &lt;instanceId&gt;</c>: an instance's runtime status and custom status, as JSON.</summary>
internal static class StatusCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("instanceId") { Description = "Orchestration instance id (a screening id is one)." };
        var command = new Command("status", "Show an orchestration's status and progress.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var instanceId = parse.GetValue(id)!;
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken, runEngine: false).ConfigureAwait(false);
            var client = host.Services.GetRequiredService<DurableTaskClient>();
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException(CliErrorCodes.InstanceNotFound, $"No orchestration instance has id '{instanceId}'.");
            await environment.Output.WriteLineAsync($"{metadata.InstanceId} {metadata.Name} {metadata.RuntimeStatus} (created {metadata.CreatedAt:u}, updated {metadata.LastUpdatedAt:u})").ConfigureAwait(false);
            if (metadata.SerializedCustomStatus is { } status)
            {
                await environment.Output.WriteLineAsync(status).ConfigureAwait(false);
            }

            if (metadata.FailureDetails is { } failure)
            {
                await environment.Output.WriteLineAsync($"failure: {failure.ErrorType}: {failure.ErrorMessage}").ConfigureAwait(false);
            }

            return CliExitCodes.Ok;
        });
        return command;
    }
}
