using System.Diagnostics;
using System.Text;

namespace GraphExplorer.Cli.Tests;

/// <summary>Runs the real graph-explorer binary (built beside the tests) as a child process.</summary>
internal static class CliProcess
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "graph-explorer.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The inherited environment must not point the CLI at a real Neo4j or another config.
        info.Environment.Remove("GRAPHEXPLORER_Storage__Provider");
        return info;
    }

    /// <summary>Runs to completion and returns exit code, stdout and stderr.</summary>
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string?>(), cancellationToken, args);

    /// <summary>Runs to completion with these environment variables set (null removes one) and returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args)
    {
        var info = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
