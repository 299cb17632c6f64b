using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GraphExplorer.Cli.Output;

/// <summary>A progress column with the rate at which articles are done (Spectre's speed of the task, over its recent samples).</summary>
internal sealed class ArticlesPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? speed.ToString("F1", CultureInfo.InvariantCulture) + " articles/s" : "", Style.Plain);
}
