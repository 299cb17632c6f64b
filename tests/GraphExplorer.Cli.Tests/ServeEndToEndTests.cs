using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary><c>serve</c> as a real process: the worker ingests the inbox and the query service answers over HTTP.</summary>
public sealed partial class ServeEndToEndTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task Serve_ingests_the_inbox_and_answers_queries_over_http()
    {
        var token = TestContext.Current.CancellationToken;
        var inbox = Directory.CreateDirectory(work.File("inbox")).FullName;
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(inbox, Path.GetFileName(seed)));
        }

        var seedCount = Directory.GetFiles(inbox).Length;
        using var process = Process.Start(CliProcess.StartInfo(work.Path, "--db", work.File("graph.db"), "serve", "--inbox", inbox, "--urls", "http://127.0.0.1:0"))!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ingested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) => Watch(e.Data, listening, ingested, seedCount);
        process.OutputDataReceived += (_, e) => Watch(e.Data, listening, ingested, seedCount);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), token);
            await ingested.Task.WaitAsync(TimeSpan.FromSeconds(60), token);
            using var client = new HttpClient { BaseAddress = address };

            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), token);
            using var meetings = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/queries/meetings", UriKind.Relative), token));
            using var bad = await client.GetAsync(new Uri("/api/queries/ego-network?entity=x&depth=9", UriKind.Relative), token);

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.NotEqual(0, meetings.RootElement.GetProperty("rows").GetArrayLength());
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(token);
        }
    }

    [Fact]
    public async Task Serve_refuses_to_listen_beyond_loopback_without_api_keys_in_one_line()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            work.Path, TestContext.Current.CancellationToken, "--db", work.File("graph.db"), "serve", "--inbox", work.File("inbox"), "--urls", "http://0.0.0.0:0");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            "Refusing to listen on http://0.0.0.0:0 without authentication: configure QueryService:ApiKeys (or QueryService:Oidc:Authority), or listen on 127.0.0.1.",
            error.Trim());
    }

    private static void Watch(string? line, TaskCompletionSource<Uri> listening, TaskCompletionSource ingested, int seedCount)
    {
        if (line is null)
        {
            return;
        }

        if (WorkbenchLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }

        if (line.Contains($"articles: {seedCount} new", StringComparison.Ordinal))
        {
            ingested.TrySetResult();
        }
    }

    // serve prints where the workbench is; the test reaches the API through that address.
    [GeneratedRegex(@"Workbench: (?<address>http://127\.0\.0\.1:\d+)/")]
    private static partial Regex WorkbenchLine();

    public void Dispose() => work.Dispose();
}
