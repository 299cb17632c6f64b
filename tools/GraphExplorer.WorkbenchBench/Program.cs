using GraphExplorer.WorkbenchBench;

// workbench-bench: the workbench's main pages timed in a real headless Chromium over a graph ingested by the real CLI.
//   dotnet run --project tools/GraphExplorer.WorkbenchBench -c Release -- [--articles PATH]... [--rounds N]
//       [--api-samples N] [--screenshots DIR] [--search TEXT]
// Without --articles it ingests seeds/ and ../shared/eval/dev/articles (when present). Figures depend on the machine
// and its load: it prints them, it judges nothing.
try
{
    var options = BenchOptions.Parse(args);
    return await WorkbenchBenchmark.RunAsync(options, Console.Out, CancellationToken.None);
}
catch (BenchUsageException e)
{
    await Console.Error.WriteLineAsync($"workbench-bench: {e.Message}");
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 2;
}
catch (Exception e) when (e is InvalidOperationException or IOException or TimeoutException or HttpRequestException or Microsoft.Playwright.PlaywrightException)
{
    await Console.Error.WriteLineAsync($"workbench-bench: {e.Message}");
    return 1;
}
