using System.IO.Compression;
using System.Text;
using GraphExplorer.Extraction;
using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GraphExplorer.Worker.Tests;

/// <summary>PDF articles are read (PdfPig) or refused with the reason; never skipped without a word.</summary>
public sealed class PdfTests : IDisposable
{
    private readonly TempDirectory folder = new();

    /// <summary>A real PDF from another producer: headless Chromium printed a test article (Assets/README.md).</summary>
    private static string ChromiumPdf => Path.Combine(AppContext.BaseDirectory, "Assets", "water-talks.pdf");

    [Fact]
    public async Task A_chromium_pdf_is_ingested_with_its_headline_date_and_facts()
    {
        var document = await new ArticleFileReader(1024 * 1024).ReadAsync(ChromiumPdf, TestContext.Current.CancellationToken);
        var graph = new ArticlePipeline().Extract(document);

        Assert.Equal("water-talks", document.Id);
        Assert.Equal("water-talks.pdf", document.Source);
        Assert.Equal("Jordan and Syria Resume Water Talks", graph.Article.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), graph.Article.Published);
        // the paragraph wraps over several lines in the PDF; it comes back as one line, one sentence
        Assert.Contains("The Jordanian foreign minister Ayman Safadi met with the Syrian foreign minister Faisal Mekdad in Amman on Monday", document.Content, StringComparison.Ordinal);
        // the wrapped sentence's facts: the two ministers met in Amman on the Monday before publication
        var meeting = Assert.Single(graph.Relationships, r => r.Type == "MET_WITH" && r.SourceId.StartsWith("person:", StringComparison.Ordinal));
        Assert.Equal(("person:ayman-safadi", "person:faisal-mekdad", "place:amman", new DateOnly(2024, 5, 13)), (meeting.SourceId, meeting.TargetId, meeting.PlaceId, meeting.Date ?? default));
    }

    [Fact]
    public async Task Pdfs_in_a_folder_are_ingested_next_to_text_articles()
    {
        File.Copy(ChromiumPdf, folder.File("water-talks.pdf"));
        File.WriteAllText(folder.File("note.txt"), "Note\nJane Roe (Person)\n");
        var store = new InMemoryGraphStore();
        var extractor = new ScriptedExtractor();
        var service = new IngestionService(extractor, extractor, store, store, Options.Create(new IngestionOptions()), TimeProvider.System, new CollectingLogger<IngestionService>());

        var summary = await service.IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2, 0), (summary.New, summary.Failed));
        Assert.Equal(["note", "water-talks"], store.ArticleIds);
    }

    [Fact]
    public void Lines_of_a_paragraph_are_joined_and_hyphenated_words_mended()
    {
        Assert.Equal("the Kurdistan Region and the Erbil-Baghdad talks", PdfText.JoinLines("the Kurdis-\ntan Region and the\nErbil-Baghdad talks"));
        Assert.Equal("an Erbil-Based group", PdfText.JoinLines("an Erbil-\nBased   group "));
    }

    [Fact]
    public void A_pdf_written_by_pdfpig_is_read_page_by_page()
    {
        var bytes = BuildPdf(["First page headline", "The minister met the delegation in Erbil."], ["Second page: talks went on in Baghdad."]);

        var text = PdfText.Extract("built.pdf", bytes, 1024 * 1024);

        Assert.Contains("The minister met the delegation in Erbil.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Erbil", StringComparison.Ordinal) < text.IndexOf("Baghdad", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_without_text_is_refused_as_a_scan()
    {
        var bytes = BuildPdf([]);

        var error = Assert.Throws<ArticleReadException>(() => PdfText.Extract("scan.pdf", bytes, 1024 * 1024));

        Assert.Contains("without a text layer", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("no header")]
    public void A_broken_pdf_is_refused_in_one_line(string kind)
    {
        var good = File.ReadAllBytes(ChromiumPdf);
        var bytes = kind switch
        {
            "truncated" => good[..(good.Length / 3)],
            "garbage" => [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))],
            _ => Encoding.ASCII.GetBytes("just some words, not a PDF at all"),
        };

        var error = Assert.Throws<ArticleReadException>(() => PdfText.Extract("broken.pdf", bytes, 1024 * 1024));

        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith("broken.pdf: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_whose_stream_inflates_past_the_budget_is_refused_before_it_is_inflated()
    {
        // 300 MiB of zeros deflate to about 300 KB: a small file that would take the budget and more.
        var bomb = CompressionBomb(300L * 1024 * 1024);

        var error = Assert.Throws<ArticleReadException>(() => PdfText.Extract("bomb.pdf", bomb, 1024 * 1024));

        Assert.Contains("compression bomb", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    internal static byte[] BuildPdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages.DefaultIfEmpty([]))
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
                y -= 30;
            }
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="inflatedBytes"/> of zeros, deflated.</summary>
    internal static byte[] CompressionBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        var stream = compressed.ToArray();
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.7\n");
        offsets.Add(pdf.Position);
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position);
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write($"4 0 obj << /Length {stream.Length} /Filter /FlateDecode >> stream\n");
        pdf.Write(stream);
        Write("\nendstream endobj\n");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
