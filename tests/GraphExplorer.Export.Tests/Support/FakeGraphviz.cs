using GraphExplorer.Export.Graphviz;

namespace GraphExplorer.Export.Tests.Support;

/// <summary>A Graphviz stand-in: either "not installed" or a fixed SVG, recording the DOT it was given.</summary>
internal sealed class FakeGraphviz(string? svg) : IGraphvizRenderer
{
    public string? LastDot { get; private set; }

    public Task<GraphvizOutput?> RenderSvgAsync(string dot, CancellationToken cancellationToken)
    {
        LastDot = dot;
        return Task.FromResult(svg is null ? null : new GraphvizOutput(svg, ""));
    }
}
