namespace ResumeFlow.Bench;

/// <summary>One benchmark, selected by <see cref="Name"/> on the command line; found by reflection.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Runs with the arguments after the name; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
