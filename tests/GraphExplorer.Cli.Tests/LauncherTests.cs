using System.Diagnostics;
using System.Runtime.Versioning;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// The README's launcher, <c>./graph-explorer</c>: builds once, then runs the built program directly, and
/// rebuilds after a change. Run on a copy of the repository's layout with a stand-in <c>dotnet</c> on PATH that
/// records what it is asked to do, so no real build is needed.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        echo "$*" >> "$CALLS"
        if [ "$1" = "build" ]; then
          echo "  GraphExplorer.Cli -> built"
          mkdir -p "$ROOT/src/GraphExplorer.Cli/bin/Release/net10.0"
          touch "$ROOT/src/GraphExplorer.Cli/bin/Release/net10.0/graph-explorer.dll"
        else
          echo "ran ${*:2} as $GRAPH_EXPLORER_LAUNCHER"
        fi
        """;

    private readonly TempDirectory work = new();

    private string Root => work.File("repo");

    private string Calls => work.File("calls.txt");

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_readme_starts_with_the_launcher_which_is_executable()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.Contains("./graph-explorer ingest seeds && ./graph-explorer serve", readme, StringComparison.Ordinal);
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes are a Unix matter");
        Assert.True(File.GetUnixFileMode(Path.Combine(RepoPaths.Root, "graph-explorer")).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task It_builds_once_with_the_builds_output_shown_then_runs_the_built_program_and_rebuilds_after_a_change()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the launcher is a bash script; Windows uses dotnet run or a published binary");
        Arrange();

        var first = await RunAsync("ingest", "seeds");
        var second = await RunAsync("query", "meetings");
        File.SetLastWriteTimeUtc(Path.Combine(Root, "cypher", "meetings.cypher"), DateTime.UtcNow.AddSeconds(5));
        var third = await RunAsync("stats");

        var calls = File.ReadAllLines(Calls);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Building graph-explorer once", first.Error, StringComparison.Ordinal);
        Assert.Contains("GraphExplorer.Cli -> built", first.Error, StringComparison.Ordinal); // the build's own progress, on stderr
        Assert.Contains("Built in", first.Error, StringComparison.Ordinal);
        Assert.Equal("ran ingest seeds as ./graph-explorer", first.Out.Trim());
        Assert.Equal("", second.Error);
        Assert.Equal("ran query meetings as ./graph-explorer", second.Out.Trim());
        Assert.Contains("Building", third.Error, StringComparison.Ordinal);
        Assert.Equal(5, calls.Length); // build, run, run, build, run
        Assert.StartsWith("build ", calls[0], StringComparison.Ordinal);
        Assert.Contains("-c Release", calls[0], StringComparison.Ordinal);
        Assert.StartsWith("build ", calls[3], StringComparison.Ordinal);
        Assert.EndsWith("graph-explorer.dll stats", calls[4], StringComparison.Ordinal);
    }

    [UnsupportedOSPlatform("windows")]
    private void Arrange()
    {
        foreach (var folder in new[] { "src/GraphExplorer.Cli", "cypher", "bin" })
        {
            Directory.CreateDirectory(Path.Combine(Root, folder));
        }

        File.Copy(Path.Combine(RepoPaths.Root, "graph-explorer"), Path.Combine(Root, "graph-explorer"));
        File.WriteAllText(Path.Combine(Root, "src/GraphExplorer.Cli/GraphExplorer.Cli.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "cypher/meetings.cypher"), "// name: meetings");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.WriteAllText(Path.Combine(Root, file), "");
        }

        var dotnet = Path.Combine(Root, "bin", "dotnet");
        File.WriteAllText(dotnet, FakeDotnet.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(Path.Combine(Root, "graph-explorer"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Sources older than any build the test makes.
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-10));
        }
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("./graph-explorer");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PATH"] = Path.Combine(Root, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        info.Environment["CALLS"] = Calls;
        info.Environment["ROOT"] = Root;
        info.Environment.Remove("GRAPH_EXPLORER_LAUNCHER");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => work.Dispose();
}
