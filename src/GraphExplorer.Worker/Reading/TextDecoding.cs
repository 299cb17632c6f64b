using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace GraphExplorer.Worker.Reading;

/// <summary>Decoded text and how its encoding was found ("UTF-8", "windows-1252 (declared)", "UTF-16LE (byte order mark)").</summary>
internal sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Turns an article's bytes into text, finding the charset in the order browsers trust: a byte order mark,
/// then (for HTML) the charset the page declares in a <c>&lt;meta&gt;</c> tag or an XML declaration, then
/// valid UTF-8, then a statistical detector (UTF.Unknown, a port of Mozilla's uchardet). UTF-16 without a byte
/// order mark is recognized by its zero bytes. Legacy code pages (windows-1252, ISO-8859-x, KOI8-R…) come from
/// the framework's <see cref="CodePagesEncodingProvider"/>. Charset labels mean what the WHATWG Encoding
/// standard says: "iso-8859-1", "latin1" and "us-ascii" are windows-1252, as in every browser.
/// </summary>
internal static partial class TextDecoding
{
    /// <summary>How far into an HTML file a charset declaration is looked for (browsers look at 1,024 bytes; pages are sloppier).</summary>
    private const int DeclarationWindow = 8192;

    /// <summary>Below this the detector's guess is not trusted.</summary>
    private const float MinimumConfidence = 0.3f;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes, or throws <see cref="ArticleReadException"/> saying why no charset fits.</summary>
    public static DecodedText Decode(string path, byte[] bytes, bool markup)
    {
        if (ByteOrderMark(bytes) is { } bom)
        {
            return new DecodedText(Strict(path, bom.Encoding, bytes.AsSpan(bom.Length), bom.Name), $"{bom.Name} (byte order mark)");
        }

        if (Utf16WithoutMark(bytes) is { } utf16 && TryStrict(utf16, bytes) is { } wide)
        {
            return new DecodedText(wide, $"{utf16.WebName} (no byte order mark)");
        }

        string? ignoredDeclaration = null;
        if (markup && DeclaredCharset(bytes) is { } label)
        {
            var declared = ForLabel(label);
            if (declared is not null && TryDeclared(declared, bytes) is { } text)
            {
                return new DecodedText(text, $"{declared.WebName} (declared)");
            }

            ignoredDeclaration = declared is null ? $"the declared charset '{label}' is unknown" : $"the bytes are not valid {declared.WebName} as declared";
        }

        if (TryStrict(StrictUtf8, bytes) is { } utf8)
        {
            return new DecodedText(utf8, "UTF-8");
        }

        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected is { Confidence: >= MinimumConfidence } && ForLabel(detected.EncodingName) is { } guess)
        {
            return new DecodedText(guess.GetString(bytes), $"{guess.WebName} (detected, confidence {detected.Confidence:0.00})");
        }

        var why = ignoredDeclaration ?? (markup ? "no charset is declared" : "a text file declares no charset");
        throw new ArticleReadException(path, $"is not valid UTF-8, {why}, and no charset could be detected; save it as UTF-8");
    }

    /// <summary>The encoding a charset label names, by the WHATWG rules where .NET differs; null when unknown.</summary>
    public static Encoding? ForLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // WHATWG Encoding: these labels all mean windows-1252 (browsers never decode true Latin-1).
            "latin1" or "l1" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "iso_8859-1:1987" or "iso-ir-100" or "cp819" or "ibm819"
                or "csisolatin1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp1252" or "x-cp1252" or "windows-1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8" => "utf-8",
            // A page cannot declare itself UTF-16 in a meta tag it could only be read by already knowing (HTML spec).
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2" => "utf-8",
            "x-sjis" or "sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "gb2312" or "chinese" or "csgb2312" or "x-gbk" => "gbk",
            "ascii/windows-1252" => "windows-1252",
            _ => name,
        };
        if (name.Length == 0 || name == "utf-7" || name.StartsWith("x-user", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
            return encoding.CodePage == 65000 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset a page declares in its first bytes: <c>&lt;meta charset&gt;</c>, <c>http-equiv</c> Content-Type, or an XML declaration.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        if (XmlDeclaration().Match(head) is { Success: true } xml)
        {
            return xml.Groups["charset"].Value;
        }

        foreach (Match meta in MetaTag().Matches(head))
        {
            if (MetaCharset().Match(meta.Value) is { Success: true } charset)
            {
                return charset.Groups["charset"].Value;
            }
        }

        return null;
    }

    private static (Encoding Encoding, int Length, string Name)? ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "UTF-8"),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32LE"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32BE"),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16LE"),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16BE"),
        _ => null,
    };

    /// <summary>
    /// UTF-16 text in a Latin script has a zero byte in nearly every other position (the high byte of each
    /// character); the side the zeros fall on tells the byte order. Binary files have zeros everywhere.
    /// </summary>
    private static UnicodeEncoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05 ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
            : evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05 ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)
            : null;
    }

    private static string? TryDeclared(Encoding declared, byte[] bytes)
    {
        // Single-byte code pages decode any byte; a multi-byte declaration must hold for the whole file.
        if (declared.IsSingleByte)
        {
            return declared.GetString(bytes);
        }

        var strict = (Encoding)declared.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return TryStrict(strict, bytes);
    }

    private static string? TryStrict(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Strict(string path, Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(path, $"starts with a {name} byte order mark but is not valid {name} (bad byte at offset {e.Index})");
        }
    }

    // Bounded input (the first 8 KB) and no nested quantifiers: linear on any page.
    [GeneratedRegex(@"^\s*<\?xml[^>]{0,200}\bencoding\s*=\s*[""'](?<charset>[A-Za-z0-9._:\-]{1,40})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]{0,1024}>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9._:\-]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
