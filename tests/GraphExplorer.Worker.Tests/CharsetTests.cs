using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction;
using GraphExplorer.TestSupport;
using GraphExplorer.Worker.Reading;

namespace GraphExplorer.Worker.Tests;

/// <summary>
/// The charset of an article is found as a browser finds it: byte order mark, declared charset (meta tag or XML
/// declaration), valid UTF-8, then detection. Sentences and names here are the tests' own.
/// </summary>
public sealed class CharsetTests : IDisposable
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private readonly TempDirectory folder = new();
    private readonly ArticleFileReader reader = new(1024 * 1024);

    private const string Sentence = "Le ministre fran\u00e7ais a rencontr\u00e9 le d\u00e9l\u00e9gu\u00e9 \u00e0 Erbil \u2013 \u00ab un accord \u00bb, a-t-il dit, l\u2019\u00e9t\u00e9 dernier.";

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<META CHARSET=latin1>")]
    public void A_windows_1252_page_that_declares_its_charset_is_read(string declaration)
    {
        var html = $"<html><head>{declaration}<title>t</title></head><body><p>{Sentence}</p></body></html>";

        var document = reader.Decode("page.html", Windows1252.GetBytes(html), SourceDocument.Html);

        // ISO-8859-1 and latin1 mean windows-1252, as in every browser: 0x92 is ’ and 0x96 is –, not C1 controls.
        Assert.Contains(Sentence, document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1252_page_goes_through_ingestion_and_extraction_with_its_accents()
    {
        const string html = "<html><head><meta charset=\"windows-1252\"><title>Visite</title></head><body>"
            + "<h1>Le Premier ministre fran\u00e7ais \u00e0 Erbil</h1><p>Tuesday, 14 May 2024</p>"
            + "<p>The French foreign minister Jean-No\u00ebl Barrot met with Masrour Barzani in Erbil on Monday.</p></body></html>";
        var path = folder.File("visite.html");
        await File.WriteAllBytesAsync(path, Windows1252.GetBytes(html), TestContext.Current.CancellationToken);

        var document = await reader.ReadAsync(path, TestContext.Current.CancellationToken);
        var graph = new ArticlePipeline().Extract(document);

        Assert.Equal("Le Premier ministre fran\u00e7ais \u00e0 Erbil", graph.Article.Title);
        Assert.Contains(graph.Entities, e => e.Name == "Jean-No\u00ebl Barrot");
        Assert.Contains(graph.Relationships, r => r.Type == "MET_WITH");
    }

    [Fact]
    public void An_xml_declaration_names_the_charset_of_an_xhtml_page()
    {
        var xhtml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body><p>{Sentence.Replace('\u2013', '-').Replace('\u2019', '\'')} \u20ac</p></body></html>";

        var document = reader.Decode("page.xhtml", CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-15")!.GetBytes(xhtml), SourceDocument.Html);

        Assert.Contains("rencontr\u00e9 le d\u00e9l\u00e9gu\u00e9 \u00e0 Erbil", document.Content, StringComparison.Ordinal);
        Assert.Contains("\u20ac", document.Content, StringComparison.Ordinal);
    }

    public static TheoryData<string> Utf16Forms => ["UTF-16LE with BOM", "UTF-16BE with BOM", "UTF-16LE without BOM", "UTF-16BE without BOM", "UTF-32LE with BOM"];

    [Theory]
    [MemberData(nameof(Utf16Forms))]
    public void Utf16_is_read_not_refused_as_binary(string form)
    {
        var text = "Headline\n\n" + Sentence + "\n";
        var bytes = form switch
        {
            "UTF-16LE with BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "UTF-16BE with BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "UTF-16LE without BOM" => Encoding.Unicode.GetBytes(text),
            "UTF-16BE without BOM" => Encoding.BigEndianUnicode.GetBytes(text),
            "UTF-32LE with BOM" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };

        var document = reader.Decode("article.txt", bytes, SourceDocument.PlainText);

        Assert.Equal(text, document.Content);
    }

    [Fact]
    public void A_text_file_in_an_undeclared_legacy_charset_is_detected()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(Sentence, 4));

        var document = reader.Decode("article.txt", Windows1252.GetBytes(text), SourceDocument.PlainText);

        Assert.Equal(text, document.Content);
    }

    [Fact]
    public void A_page_declared_utf8_that_is_not_falls_back_to_detection()
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Sentence}</p><p>{Sentence}</p></body></html>";

        var document = reader.Decode("page.html", Windows1252.GetBytes(html), SourceDocument.Html);

        Assert.Contains(Sentence, document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_stays_utf8_and_its_byte_order_mark_is_dropped()
    {
        var document = reader.Decode("article.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sentence)], SourceDocument.PlainText);

        Assert.Equal(Sentence, document.Content);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "binary")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28, 0x42 }, "byte order mark but is not valid UTF-8")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13 }, "binary")]
    public void Bytes_that_are_no_text_are_refused_with_the_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<ArticleReadException>(() => reader.Decode("bad.txt", bytes, SourceDocument.PlainText));

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("bad.txt: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252", "windows-1252")]
    [InlineData("ISO-8859-1", "windows-1252")]
    [InlineData("us-ascii", "windows-1252")]
    [InlineData("iso-8859-2", "iso-8859-2")]
    [InlineData("koi8-r", "koi8-r")]
    [InlineData("shift_jis", "shift_jis")]
    [InlineData("utf-16", "utf-8")]
    public void Charset_labels_mean_what_browsers_take_them_for(string label, string expected) =>
        Assert.Equal(expected, TextDecoding.ForLabel(label)!.WebName);

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-user-defined")]
    [InlineData("no-such-charset")]
    public void Dangerous_or_unknown_labels_are_ignored(string label) => Assert.Null(TextDecoding.ForLabel(label));

    public void Dispose() => folder.Dispose();
}
