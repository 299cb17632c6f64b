using System.Text;
using CsCheck;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Worker.Tests.Fuzz;

/// <summary>One generated file: what kind of hostility it carries, its extension and its bytes.</summary>
public sealed record HostileInput(string Kind, string Extension, byte[] Bytes)
{
    public override string ToString() => $"{Kind} .{Extension} ({Bytes.Length:N0} bytes, starts {Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 24)))})";
}

/// <summary>
/// Generators of hostile article files (CsCheck): random bytes, mutated real articles, broken and deeply nested
/// HTML, huge lines, odd encodings, broken PDFs. Mutations are lists of small edits, so a failure shrinks to the
/// fewest edits that still fail.
/// </summary>
internal static class HostileInputs
{
    private static readonly string[] Extensions = ["txt", "html", "htm", "pdf"];

    private static readonly Lazy<byte[][]> Corpus = new(() =>
    [
        .. Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "practice"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
    ]);

    private static readonly Lazy<byte[]> ChromiumPdf = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Assets", "water-talks.pdf")));

    private static readonly Lazy<byte[]> BuiltPdf = new(() => PdfTests.BuildPdf(
        ["Ministers Meet on Border Crossings", "The Iraqi interior minister met the Turkish ambassador in Baghdad on Sunday."],
        ["Both sides agreed to reopen the Ibrahim Khalil crossing, a spokesman said."]));

    private static readonly Lazy<byte[]> PdfBomb = new(() => PdfTests.CompressionBomb(300L * 1024 * 1024));

    private static readonly string[] MarkupFragments =
    [
        "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<title>", "</title>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<", ">", "</", "<!", "<?", "\"", "'", "=", "<a href=\"", "<meta charset=\"", "<meta content=\"", "<nav>", "</nav>",
        "<br/>", "<table><tr><td>", "&amp;", "&#x", "&#99999999;", "&", ";", "<b><i>", "</b></i>", "\uFFFD", "\u202E", "\u00A0",
        "The minister met the delegation in Erbil. ", "Iraq and Turkey signed an agreement. ", "Ali Hassan ", "\n", " ",
    ];

    private static readonly string[] Words =
    [
        "The", "minister", "met", "Iraq", "Turkey", "Erbil", "Baghdad", "signed", "agreement", "with", "and", "Kurdistan", "Region", "Government",
        "President", "Ali", "Hassan", "al-", "accused", "of", "the", "border", "on", "Monday", ",", ".", "\"", "(", ")", "General", "Command",
    ];

    // Built on first use: static fields initialize in text order, and the generators below use fields declared after this one.
    private static readonly Lazy<Gen<HostileInput>> AllInputs = new(() => Gen.Frequency(
        (20, RandomBytes()),
        (25, MutatedArticles()),
        (20, BrokenHtml()),
        (2, HugeLines()),
        (15, OddEncodings()),
        (16, BrokenPdfs())));

    public static Gen<HostileInput> All => AllInputs.Value;

    private static Gen<HostileInput> RandomBytes() =>
        Gen.Select(Gen.Byte.Array[0, 20_000], Gen.Int[0, Extensions.Length - 1], (bytes, ext) => new HostileInput("random bytes", Extensions[ext], bytes));

    /// <summary>An edit at a relative position: flip a bit, insert, delete, duplicate a stretch, truncate.</summary>
    private sealed record Edit(int Kind, double At, int Size, byte Value);

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[1, 4000], Gen.Byte, (k, at, size, value) => new Edit(k, at, size, value));

    private static byte[] Apply(byte[] original, Edit[] edits)
    {
        var bytes = new List<byte>(original);
        foreach (var edit in edits)
        {
            var at = Math.Min((int)(edit.At * bytes.Count), Math.Max(bytes.Count - 1, 0));
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << (edit.Value % 8));
                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Repeat(edit.Value, Math.Min(edit.Size, 64)));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(edit.Size, bytes.Count - at));
                    break;
                case 3 when bytes.Count > 0:
                    var stretch = bytes.GetRange(at, Math.Min(Math.Min(edit.Size, 200), bytes.Count - at));
                    for (var i = 0; i < Math.Min(edit.Value, (byte)50); i++)
                    {
                        bytes.InsertRange(at, stretch);
                    }

                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(MarkupFragments[edit.Value % MarkupFragments.Length]));
                    break;
                default:
                    bytes.Insert(at, edit.Value);
                    break;
            }
        }

        return [.. bytes];
    }

    private static Gen<HostileInput> MutatedArticles() =>
        Gen.Select(Gen.Int[0, 1000], Edits.Array[1, 12], Gen.Int[0, 2], (pick, edits, ext) =>
        {
            var corpus = Corpus.Value;
            return new HostileInput("mutated article", Extensions[ext], Apply(corpus[pick % corpus.Length], edits));
        });

    private static Gen<HostileInput> BrokenHtml() => Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, MarkupFragments.Length - 1].Array[1, 3000], Gen.Int[1, 2], (picks, ext) =>
            Html("tag soup", string.Concat(picks.Select(i => MarkupFragments[i])), ext))),
        (3, Gen.Select(Gen.OneOf("<div>", "<b>", "<font>", "<table><tr><td>", "<a>", "<p>", "<nav>", "<b><div>", "<svg>", "<h1>", "<span style='"), Gen.Int[1_000, 120_000], (tag, depth) =>
            Html("deeply nested", "<html><body>" + string.Concat(Enumerable.Repeat(tag, depth)) + "The minister met the delegation in Erbil.", 1))),
        (2, Gen.Select(Gen.OneOf("<", "</", "<!", "<!--", "<a ", "<a b='", "&#", "<script>", "<title>", "<meta ", "x<"), Gen.Int[100_000, 2_000_000], (unit, size) =>
            Html("one token repeated", string.Concat(Enumerable.Repeat(unit, Math.Max(1, size / unit.Length))), 1))),
        (2, Gen.Int[10_000, 200_000].Select(count =>
            Html("many attributes", "<div " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}=\"{i}\" ")) + ">The minister met the delegation.</div>", 1))));

    private static HostileInput Html(string kind, string text, int ext) => new($"html: {kind}", Extensions[ext], Encoding.UTF8.GetBytes(text));

    private static Gen<HostileInput> HugeLines() =>
        Gen.Select(Gen.Int[0, Words.Length - 1].Array[1, 40], Gen.Int[50_000, 500_000], Gen.Bool, (picks, length, capitalized) =>
        {
            var unit = string.Join(' ', picks.Select(i => Words[i])) + " ";
            if (capitalized)
            {
                unit = string.Concat(unit.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] + " " : ""));
            }

            var line = new StringBuilder(length + unit.Length);
            while (line.Length < length)
            {
                line.Append(unit);
            }

            return new HostileInput("huge line", "txt", Encoding.UTF8.GetBytes("Headline\n\n" + line + "\n"));
        });

    private static readonly string[] EncodingNames =
    [
        "UTF-16LE with BOM", "UTF-16LE without BOM", "UTF-16BE without BOM", "UTF-32LE with BOM", "windows-1252", "KOI8-R", "Shift_JIS",
        "UTF-8 BOM on UTF-16", "UTF-16 BOM on UTF-8", "UTF-8 with C0 bytes", "UTF-8 with CESU surrogates", "UTF-16 off by one byte",
        "UTF-8 past U+10FFFF", "UTF-8 with NULs",
    ];

    private static Gen<HostileInput> OddEncodings() =>
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 13], Gen.Bool, (pick, encoding, html) =>
        {
            var corpus = Corpus.Value;
            var text = Encoding.UTF8.GetString(corpus[pick % corpus.Length]);
            if (html)
            {
                text = "<html><head><meta charset=\"" + (encoding % 3 == 0 ? "utf-8" : encoding % 3 == 1 ? "windows-1252" : "utf-7") + "\"></head><body><p>"
                    + text.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";
            }

            var bytes = encoding switch
            {
                0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                1 => Encoding.Unicode.GetBytes(text),
                2 => Encoding.BigEndianUnicode.GetBytes(text),
                3 => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
                4 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text),
                5 => CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!.GetBytes(text),
                6 => CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!.GetBytes(text),
                7 => [0xEF, 0xBB, 0xBF, .. Encoding.Unicode.GetBytes(text)],
                8 => [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text)],
                9 => Encoding.UTF8.GetBytes(text).Select((b, i) => i % 97 == 0 ? (byte)0xC0 : b).ToArray(),
                10 => [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80, .. Encoding.UTF8.GetBytes(text[(text.Length / 2)..])],
                11 => Encoding.Unicode.GetBytes(text)[1..],
                12 => [.. Encoding.UTF8.GetBytes(text), 0xF4, 0x90, 0x80, 0x80, 0xF8, 0x88, 0x80, 0x80, 0x80],
                _ => Encoding.UTF8.GetBytes(text.Replace('e', '\0')),
            };
            return new HostileInput($"encoding: {EncodingNames[encoding]}", html ? "html" : "txt", bytes);
        });

    private static Gen<HostileInput> BrokenPdfs() => Gen.Frequency(
        (8, Gen.Select(Gen.Bool, Edits.Array[1, 8], (chromium, edits) =>
            new HostileInput("mutated pdf", "pdf", Apply(chromium ? ChromiumPdf.Value : BuiltPdf.Value, edits)))),
        (2, Gen.Double[0, 1].Select(cut => new HostileInput("truncated pdf", "pdf", ChromiumPdf.Value[..(int)(cut * ChromiumPdf.Value.Length)]))),
        (2, Gen.Int[1_000, 100_000].Select(depth => new HostileInput("pdf with deep nesting", "pdf", Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /X "
            + new string('[', depth) + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")))),
        (1, Gen.Const(new HostileInput("pdf with a page tree that contains itself", "pdf", Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R 1 0 R] /Count 3 >> endobj\ntrailer << /Root 1 0 R /Size 3 >>\n%%EOF\n")))),
        (1, Gen.Const(0).Select(_ => new HostileInput("pdf compression bomb", "pdf", PdfBomb.Value))),
        (2, Gen.Byte.Array[0, 5_000].Select(tail => new HostileInput("pdf header then noise", "pdf", [.. "%PDF-1.4\n"u8, .. tail]))));
}
