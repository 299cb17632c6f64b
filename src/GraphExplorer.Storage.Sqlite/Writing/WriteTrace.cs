using System.Diagnostics;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The steps of an article save as activities (<see cref="ActivitySource"/> <c>GraphExplorer.Storage.Sqlite</c>), so a
/// tracer or <c>bench ingest --phases</c> can see where the writer's time goes. Without a listener a step costs nothing.
/// </summary>
internal static class WriteTrace
{
    public const string SourceName = "GraphExplorer.Storage.Sqlite";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a step; null (nothing to dispose) when nobody listens.</summary>
    public static Activity? Step(string name) => Source.StartActivity(name, ActivityKind.Internal);
}
