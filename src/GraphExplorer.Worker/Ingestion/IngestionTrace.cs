using System.Diagnostics;

namespace GraphExplorer.Worker.Ingestion;

/// <summary>
/// The steps of ingestion as activities (<see cref="ActivitySource"/> <c>GraphExplorer.Ingestion</c>): reading a file,
/// and the one writer's lookup, resolution, save and commit, so a tracer or <c>bench ingest --phases</c> can see where
/// the time goes. Without a listener a step costs nothing.
/// </summary>
public static class IngestionTrace
{
    /// <summary>The name of the activity source.</summary>
    public const string SourceName = "GraphExplorer.Ingestion";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a step; null (nothing to dispose) when nobody listens.</summary>
    internal static Activity? Step(string name) => Source.StartActivity(name, ActivityKind.Internal);
}
