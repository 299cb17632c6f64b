using GraphExplorer.Export.Formatting;
using GraphExplorer.Export.Graphviz;

namespace GraphExplorer.Export.Formats;

/// <summary>The <c>dot</c> format rendered to SVG by Graphviz. Needs Graphviz installed; says so clearly when it is not.</summary>
internal sealed class SvgExporter(IGraphvizRenderer renderer) : TextExporter
{
    public const string MissingGraphviz =
        "Graphviz is not installed: its 'dot' program draws svg pictures and the pictures in html reports, and it was not found on PATH "
        + "(or at GRAPHVIZ_DOT). Install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: winget install graphviz), "
        + "or export --format dot and render that elsewhere.";

    public override string Format => "svg";

    public override string ContentType => "image/svg+xml";

    public override string FileExtension => "svg";

    public override async Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var output = await renderer.RenderSvgAsync(DotExporter.Render(document), cancellationToken);
        return output?.Svg ?? throw new ExportException($"Cannot export svg: {MissingGraphviz}") { MissingTool = "Graphviz" };
    }
}
