using System.ComponentModel;
using System.Diagnostics;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Graphviz;

/// <summary>Runs the Graphviz <c>dot</c> program (found on PATH): the only place an export starts a process.</summary>
internal sealed class GraphvizProcess(string program = "dot") : IGraphvizRenderer
{
    /// <summary>Longest a render may take before it is abandoned.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static GraphvizProcess Default { get; } = new();

    public async Task<GraphvizOutput?> RenderSvgAsync(string dot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = TextExporter.Utf8,
            StandardOutputEncoding = TextExporter.Utf8,
            StandardErrorEncoding = TextExporter.Utf8,
        };
        start.ArgumentList.Add("-Tsvg");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ExportException($"Graphviz '{program}' could not be started.");
        }
        catch (Win32Exception)
        {
            return null; // not installed: the caller decides whether that is an error or a note
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(Timeout);
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.StandardInput.WriteAsync(dot.AsMemory(), timeout.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token);
                var svg = await output;
                var warnings = (await errors).Trim();
                return process.ExitCode == 0
                    ? new GraphvizOutput(svg, warnings)
                    : throw new ExportException($"Graphviz '{program}' failed (exit code {process.ExitCode}): {warnings}");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new ExportException($"Graphviz '{program}' did not finish within {Timeout.TotalSeconds:0} seconds.");
            }
        }
    }
}
