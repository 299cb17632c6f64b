namespace GraphExplorer.WorkbenchBench;

/// <summary>The command line: which articles, how many rounds and samples, where screenshots go.</summary>
internal sealed record BenchOptions(
    IReadOnlyList<string> Articles, string? Database, int Synthetic, int Rounds, int ApiSamples, string? ScreenshotDirectory, string SearchText, string Chromium)
{
    public const string Usage =
        "usage: workbench-bench [--articles PATH]... [--synthetic N (0)] [--db FILE (served as it is when it exists; else ingested into and kept)] [--rounds N (5)] [--api-samples N (30)] [--screenshots DIR] [--search TEXT] [--chromium PATH]";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var articles = new List<string>();
        int rounds = 5, samples = 30, synthetic = 0;
        string? screenshots = null, database = null;
        var search = "Qassem al Araji";
        var chromium = "/usr/bin/chromium";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--articles": articles.Add(Path.GetFullPath(Value())); break;
                case "--rounds": rounds = Count(args[i], Value()); break;
                case "--synthetic": synthetic = Count(args[i], Value()); break;
                case "--db": database = Path.GetFullPath(Value()); break;
                case "--api-samples": samples = Count(args[i], Value()); break;
                case "--screenshots": screenshots = Path.GetFullPath(Value()); break;
                case "--search": search = Value(); break;
                case "--chromium": chromium = Value(); break;
                default: throw new BenchUsageException($"unknown argument '{args[i]}'.");
            }
        }

        if (database is not null && File.Exists(database))
        {
            if (articles.Count > 0 || synthetic > 0)
            {
                throw new BenchUsageException($"--db {database} exists and is served as it is: leave out --articles and --synthetic.");
            }
        }
        else if (articles.Count == 0)
        {
            articles.AddRange(DefaultArticles());
        }

        foreach (var path in articles.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            throw new BenchUsageException($"no such file or folder: {path}");
        }

        if (!File.Exists(chromium))
        {
            throw new BenchUsageException($"no Chromium at {chromium} (apt-get install chromium).");
        }

        return new BenchOptions(articles, database, synthetic, rounds, samples, screenshots, search, chromium);
    }

    /// <summary>The seeds and the shared dev articles, found from the current folder upwards (a worktree sits beside ../shared).</summary>
    private static IEnumerable<string> DefaultArticles()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                yield return Path.Combine(dir.FullName, "seeds");
                var dev = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev", "articles"));
                if (Directory.Exists(dev))
                {
                    yield return dev;
                }

                yield break;
            }
        }

        throw new BenchUsageException("run it inside the repository (to find seeds/), or name the articles with --articles.");
    }

    /// <summary>Up to 1,000 (rounds, samples, synthetic articles).</summary>
    private static int Count(string name, string text) =>
        int.TryParse(text, out var n) && n is > 0 and <= 1000 ? n : throw new BenchUsageException($"{name} takes a whole number from 1 to 1000, not '{text}'.");
}

internal sealed class BenchUsageException(string message) : Exception(message);
