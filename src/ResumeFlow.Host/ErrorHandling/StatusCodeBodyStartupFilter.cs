namespace ResumeFlow.Host.ErrorHandling;

/// <summary>
/// Outermost middleware: a 4xx/5xx answered without a body (routing's 404 and 405, Kestrel's 413,
/// the host filter's 400, the binder's 400) gets the problem-details body with its code.
/// </summary>
internal sealed class StatusCodeBodyStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseStatusCodePages();
        next(app);
    };
}
