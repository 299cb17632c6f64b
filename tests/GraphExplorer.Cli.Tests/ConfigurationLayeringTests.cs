using System.Diagnostics;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// Which setting wins, on the real binary: the program's appsettings.json, then environment variables, a user's
/// appsettings.json in the working folder, <c>GRAPHEXPLORER_</c> variables. The container runs in the binary's own
/// folder (WORKDIR /app); the program's file must not be read a second time there as if it were a user's file,
/// which used to override the environment and left the query service running an inbox worker.
/// </summary>
public sealed class ConfigurationLayeringTests : IDisposable
{
    private const string Off = "Inbox worker off";
    private const string On = "Inbox worker on";
    private readonly TempDirectory work = new();

    public static TheoryData<string, string?, string, string, string> Cases => new()
    {
        // working folder, user appsettings.json, variable, value, expected
        { "binary", null, "Inbox__Enabled", "false", Off },
        { "binary", null, "GRAPHEXPLORER_Inbox__Enabled", "false", Off },
        { "other", """{ "Inbox": { "Enabled": false } }""", "UNRELATED", "x", Off },
        { "other", """{ "Inbox": { "Enabled": false } }""", "GRAPHEXPLORER_Inbox__Enabled", "true", On },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_documented_order_decides_whether_serve_runs_the_inbox_worker(string folder, string? userSettings, string variable, string value, string expected)
    {
        var token = TestContext.Current.CancellationToken;
        var workingDirectory = folder == "binary" ? AppContext.BaseDirectory : Directory.CreateDirectory(work.File("cwd")).FullName;
        if (userSettings is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(workingDirectory, "appsettings.json"), userSettings, token);
        }

        var info = CliProcess.StartInfo(workingDirectory, "--db", work.File("graph.db"), "serve", "--inbox", work.File("inbox"), "--urls", "http://127.0.0.1:0");
        info.Environment.Remove("Inbox__Enabled");
        info.Environment.Remove("GRAPHEXPLORER_Inbox__Enabled");
        info.Environment[variable] = value;

        Assert.Contains(expected, await InboxLineAsync(info, token), StringComparison.Ordinal);
    }

    public void Dispose() => work.Dispose();

    /// <summary>Starts serve, returns the line saying whether the inbox worker runs (logged before the listening line), and stops it.</summary>
    private static async Task<string> InboxLineAsync(ProcessStartInfo info, CancellationToken cancellationToken)
    {
        using var process = Process.Start(info)!;
        var line = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void Watch(string? text)
        {
            if (text is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(text);
            }

            if (text.Contains(On, StringComparison.Ordinal) || text.Contains(Off, StringComparison.Ordinal))
            {
                line.TrySetResult(text);
            }
        }

        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var exited = process.WaitForExitAsync(cancellationToken);
            var first = await Task.WhenAny(line.Task, exited).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            Assert.True(first == line.Task, "serve ended without saying whether the inbox worker runs:\n" + string.Join('\n', output));
            return await line.Task;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}
