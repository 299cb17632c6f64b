namespace GraphExplorer.Export.Graphviz;

/// <summary>
/// Renders DOT to SVG. Contract: returns null when Graphviz is not installed; returns the SVG and
/// whatever Graphviz wrote to stderr (warnings) on success; throws <see cref="ExportException"/>
/// when Graphviz rejects the input.
/// </summary>
internal interface IGraphvizRenderer
{
    Task<GraphvizOutput?> RenderSvgAsync(string dot, CancellationToken cancellationToken);
}

/// <summary>What Graphviz produced: the SVG document and its warnings (empty when none).</summary>
internal sealed record GraphvizOutput(string Svg, string Warnings);
