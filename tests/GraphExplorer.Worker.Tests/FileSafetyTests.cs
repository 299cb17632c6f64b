using System.Diagnostics;
using System.Net.Sockets;
using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Tests;

/// <summary>
/// Ingest reads regular files only: links are refused unless asked for (and then each real folder is entered once),
/// fifos, sockets and devices are refused by name without being opened for a blocking read, and whatever is refused,
/// the files after it are stored.
/// </summary>
public sealed class FileSafetyTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly InMemoryGraphStore store = new();
    private readonly ScriptedExtractor extractor = new();
    private readonly CollectingLogger<IngestionService> logger = new();

    private IngestionService Service(bool followLinks = false, long maxFileBytes = 1024 * 1024) =>
        new(extractor, extractor, store, store, Options.Create(new IngestionOptions { MaxFileBytes = maxFileBytes, FollowLinks = followLinks }), TimeProvider.System, logger);

    private string Write(string name, string text)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_fifo_is_refused_by_name_and_the_files_after_it_are_stored()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "fifos are a Unix file type");
        MakeFifo(folder.File("a-pipe.txt"));
        Write("b.txt", "After the pipe\nJane Roe (Person)\n");

        var summary = await Service().IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.Failed, summary.New));
        var failure = Assert.Single(store.Failures);
        Assert.Equal("a-pipe.txt", failure.Source);
        Assert.Contains("is a fifo (named pipe), not a regular file", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(["b"], store.ArticleIds);
    }

    [Fact]
    public async Task A_socket_is_refused_by_name()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the test makes a Unix domain socket file");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(folder.File("s.txt")));

        var summary = await Service(followLinks: true).IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Failed);
        Assert.Contains("is a socket, not a regular file", Assert.Single(store.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_devices_and_secrets_are_refused_unless_followed_and_devices_even_then()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "/dev/zero and /dev/urandom are Unix devices");
        var secret = Write("outside/secret.txt", "Secret\nroot password (Person)\n");
        var inbox = Path.Combine(folder.Path, "inbox");
        Directory.CreateDirectory(inbox);
        File.CreateSymbolicLink(Path.Combine(inbox, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(inbox, "random.html"), "/dev/urandom");
        File.CreateSymbolicLink(Path.Combine(inbox, "secret.txt"), secret);
        File.WriteAllText(Path.Combine(inbox, "z-last.txt"), "Last\nJane Roe (Person)\n");

        var refused = await Service().IngestAsync([inbox], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((3, 1), (refused.Failed, refused.New));
        Assert.Equal(["z-last"], store.ArticleIds);
        Assert.All(store.Failures, f => Assert.Contains("is a symbolic link (to ", f.Reason, StringComparison.Ordinal));
        Assert.Contains(store.Failures, f => f.Source == "zero.txt" && f.Reason.Contains("/dev/zero", StringComparison.Ordinal));

        var followed = await Service(followLinks: true).IngestAsync([inbox], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2, 1), (followed.Failed, followed.New));
        Assert.Contains(followed.Outcomes, o => o.ArticleId == "zero" && o.Reason!.Contains("is a character device, not a regular file", StringComparison.Ordinal));
        Assert.Contains(followed.Outcomes, o => o.ArticleId == "random" && o.Reason!.Contains("is a character device", StringComparison.Ordinal));
        Assert.Equal(["secret", "z-last"], store.ArticleIds);
    }

    [Fact]
    public void A_folder_link_to_etc_is_not_searched_and_a_link_to_dot_is_not_recursed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the test links to /etc");
        Write("article.txt", "Article\nJane Roe (Person)\n");
        Directory.CreateSymbolicLink(folder.File("etc"), "/etc");
        Directory.CreateSymbolicLink(folder.File("self"), ".");
        Write("sub/inner.txt", "Inner\nAcme Corp (Organization)\n");
        Directory.CreateSymbolicLink(folder.File("sub/up"), "..");

        var files = ArticleFiles.Expand([folder.Path]);

        Assert.Equal(["article.txt", "etc", "self", "sub/inner.txt", "sub/up"], files.Select(f => f.Source).Order(StringComparer.Ordinal));
        Assert.All(files.Where(f => !f.Source.EndsWith(".txt", StringComparison.Ordinal)), f => Assert.Contains("links are not followed unless asked", f.Refusal, StringComparison.Ordinal));

        // Followed, /etc is searched as asked, but '.' and 'sub/up' lead back to folders already entered.
        var followed = ArticleFiles.Expand([folder.Path], followLinks: true);
        Assert.Single(followed, f => f.Source == "article.txt");
        Assert.Single(followed, f => f.Source == "sub/inner.txt");
        Assert.DoesNotContain(followed, f => f.Source.StartsWith("self/", StringComparison.Ordinal) || f.Source.StartsWith("sub/up/", StringComparison.Ordinal));
        Assert.All(followed, f => Assert.False(f.Source.StartsWith('/'), f.Source));
    }

    [Fact]
    public async Task A_file_whose_reported_length_is_zero_is_read_to_its_end()
    {
        // /proc files are regular files that report a length of 0 and hold text: the size on record is not the size.
        Assert.SkipUnless(File.Exists("/proc/self/status"), "needs Linux /proc");
        File.CreateSymbolicLink(folder.File("status.txt"), "/proc/self/status");
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);

        var document = await new ArticleFileReader(1024 * 1024, followLinks: true).ReadAsync(folder.File("status.txt"), TestContext.Current.CancellationToken);

        Assert.Contains("Name:", document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_is_read_only_up_to_one_byte_past_the_limit()
    {
        // A 'growing' source: a stream that never ends is cut off at the limit and refused, whatever its length says.
        var reader = new ArticleFileReader(1000);
        var big = Write("big.txt", new string('a', 5000));

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => reader.ReadAsync(big, TestContext.Current.CancellationToken));

        Assert.Contains("over the 1,000-byte limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_are_relative_to_the_ingested_folder_never_server_paths()
    {
        Write("top.txt", "Top\nJane Roe (Person)\n");
        Write("sub/deeper/inner.txt", "Inner\nAcme Corp (Organization)\n");
        var single = Write("sub/single.txt", "Single\nJohn Doe (Person)\n");

        await Service().IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);
        var graph = await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["sub/deeper/inner.txt", "sub/single.txt", "top.txt"], graph.Articles.Select(a => a.Source).Order(StringComparer.Ordinal));

        File.AppendAllText(single, "More\n");
        await Service().IngestAsync([single], cancellationToken: TestContext.Current.CancellationToken);
        var again = await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("single.txt", again.Articles.Single(a => a.Id == "single").Source);
    }

    [Fact]
    public void A_watched_file_inside_a_linked_folder_is_refused_and_sources_are_relative_to_the_inbox()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the test links folders");
        var elsewhere = Write("elsewhere/x.txt", "X\nJane Roe (Person)\n");
        var inbox = Path.Combine(folder.Path, "inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "real"));
        File.WriteAllText(Path.Combine(inbox, "real", "a.txt"), "A\n");
        Directory.CreateSymbolicLink(Path.Combine(inbox, "linked"), Path.GetDirectoryName(elsewhere)!);

        var files = ArticleFiles.Within(inbox, [Path.Combine(inbox, "real", "a.txt"), Path.Combine(inbox, "linked", "x.txt"), elsewhere]);

        Assert.Equal([("real/a.txt", false), ("linked/x.txt", true), ("x.txt", true)], files.Select(f => (f.Source, f.Refusal is not null)).OrderBy(f => f.Item2).ThenByDescending(f => f.Source.Length));
        Assert.Contains("outside the folder", files.Single(f => f.Path == elsewhere).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_refusal_is_one_line_that_names_the_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "fifos are a Unix file type");
        MakeFifo(folder.File("pipe.txt"));
        File.CreateSymbolicLink(folder.File("zero.txt"), "/dev/zero");
        File.WriteAllBytes(folder.File("binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]);
        File.WriteAllBytes(folder.File("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray());

        var summary = await Service().IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, summary.Failed);
        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(4, warnings.Count);
        foreach (var outcome in summary.Outcomes)
        {
            Assert.DoesNotContain('\n', outcome.Reason!);
            Assert.Single(warnings, w => w.Message.Contains(outcome.Path, StringComparison.Ordinal) && w.Message.Contains(outcome.Reason!, StringComparison.Ordinal));
        }
    }

    public void Dispose() => folder.Dispose();

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
