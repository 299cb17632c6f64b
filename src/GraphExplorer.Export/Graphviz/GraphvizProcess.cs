using System.ComponentModel;
using System.Diagnostics;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Graphviz;

/// <summary>
/// Runs the Graphviz <c>dot</c> program: the only place an export starts a process. The program is the one
/// named by the environment variable <see cref="ProgramVariable"/> when set (a full path, for a Graphviz that
/// is not on PATH), else <c>dot</c> on PATH.
/// </summary>
internal sealed class GraphvizProcess(string? program = null) : IGraphvizRenderer
{
    /// <summary>The environment variable that names the <c>dot</c> program to run.</summary>
    public const string ProgramVariable = "GRAPHVIZ_DOT";

    /// <summary>Longest a render may take before it is abandoned.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static GraphvizProcess Default { get; } = new();

    /// <summary>The program run: the one given, else <see cref="ProgramVariable"/>, else <c>dot</c>; read at each render.</summary>
    public string Program => program ?? (Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } configured ? configured : "dot");

    public async Task<GraphvizOutput?> RenderSvgAsync(string dot, CancellationToken cancellationToken)
    {
        var path = Program;
        var start = new ProcessStartInfo(path)
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
            process = Process.Start(start) ?? throw new ExportException($"Graphviz '{path}' could not be started.");
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
                    : throw new ExportException($"Graphviz '{path}' failed (exit code {process.ExitCode}): {warnings}");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new ExportException($"Graphviz '{path}' did not finish within {Timeout.TotalSeconds:0} seconds.");
            }
        }
    }
}
