using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ResumeFlow.Workflows.Reports;

/// <summary>Renders a report component to an HTML string with <see cref="HtmlRenderer"/>: the report files are the same components the host's pages show.</summary>
public static class ComponentRenderer
{
    /// <summary>Razor's encoder, letting every script through unescaped: names like "Müller" stay readable in the file; markup is still encoded.</summary>
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        cancellationToken.ThrowIfCancellationRequested();
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var view = ParameterView.FromDictionary(parameters);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(view).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }
}
