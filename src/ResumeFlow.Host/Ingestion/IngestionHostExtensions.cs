namespace ResumeFlow.Host.Ingestion;

/// <summary>Adds the blob watcher on the upload container to the host.</summary>
public static class IngestionHostExtensions
{
    public static IServiceCollection AddCvBlobWatcher(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CvWatcherOptions>().BindConfiguration(CvWatcherOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<CvBlobWatcher>();
        return services;
    }
}
