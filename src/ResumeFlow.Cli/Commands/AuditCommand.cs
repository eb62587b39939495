using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Workflows.Audit;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow audit &lt;screeningId&gt; [--out FILE]</c>: the screening's audit trail as JSON Lines.</summary>
internal static class AuditCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("screeningId") { Description = "The screening id, or 'erasures' / 'retention'." };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("audit", "Export a screening's audit trail (JSON Lines).") { id, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            var audit = host.Services.GetRequiredService<IAuditLog>();
            using var buffer = new MemoryStream();
            await audit.WriteJsonLinesAsync(parse.GetValue(id)!, buffer, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await environment.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }

            return CliExitCodes.Ok;
        });
        return command;
    }
}
