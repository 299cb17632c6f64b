using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Text;

/// <summary>
/// Name comparison keys and id slugs. <see cref="Normalize"/> follows the reference scorer's rule:
/// accents dropped, case folded, apostrophes removed, dashes and punctuation as spaces, a leading "the" dropped.
/// </summary>
public static partial class NameKey
{
    /// <summary>The comparison key of a name; two names with the same key are the same name.</summary>
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            AppendFolded(builder, c);
        }

        var folded = builder.ToString().ToLowerInvariant().Replace("’", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal).Replace("‘", "", StringComparison.Ordinal);
        folded = Punctuation().Replace(folded, " ");
        folded = Spaces().Replace(folded, " ").Trim();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    /// <summary>
    /// Letters that no decomposition takes to their Latin base but that spellings without diacritics write as one
    /// (Turkish dotless ı in "Çakıroğlu"/"Cakiroglu", Nordic ø, Polish ł, Croatian đ), and the modifier letters
    /// transliterations write for ʿayn and hamza ("Saʿid"/"Said"), which drop as apostrophes do.
    /// </summary>
    private static readonly Dictionary<char, string> LetterFolds = new()
    {
        ['ı'] = "i",
        ['ø'] = "o",
        ['Ø'] = "O",
        ['ł'] = "l",
        ['Ł'] = "L",
        ['đ'] = "d",
        ['Đ'] = "D",
        ['ð'] = "d",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['Æ'] = "Ae",
        ['œ'] = "oe",
        ['ʿ'] = "",
        ['ʾ'] = "",
        ['ʻ'] = "",
        ['ʼ'] = "",
    };

    /// <summary>Appends <paramref name="c"/>, or the plain letters <see cref="LetterFolds"/> writes it with (a decomposed letter's marks are the caller's to drop).</summary>
    public static void AppendFolded(StringBuilder builder, char c)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (c < '\u00C0' || !LetterFolds.TryGetValue(c, out var plain))
        {
            builder.Append(c);
        }
        else
        {
            builder.Append(plain);
        }
    }

    /// <summary>
    /// The keys an entity is found by when another article names it: the <see cref="Normalize"/> key of the name, and
    /// for a name of two words or more a sound key of its last word (and of a hyphened last pair joined:
    /// "Amir-Abdollahian" → "amirabdulahian"), prefixed "~", so that "Nasser Kanani" finds "Nasser Kanaani" and
    /// "Tayyip Erdogan" finds "Recep Tayyip Erdogan". The sound keys only retrieve candidates; the entity
    /// resolver decides whether two names are one. They are made for persons only: for a <paramref name="label"/>
    /// of "Person", or when the label is not known, for a name written like a personal name (capitalized words
    /// and lower-case particles, no digits).
    /// </summary>
    public static IEnumerable<string> LookupKeys(string name, string? label = null)
    {
        var key = Normalize(name);
        if (key.Length == 0)
        {
            yield break;
        }

        yield return key;
        var words = key.Split(' ');
        if (words.Length < 2 || !(label == "Person" || (string.IsNullOrEmpty(label) && LooksPersonal(name))))
        {
            yield break;
        }

        yield return SoundPrefix + SoundKey(words[^1]);
        if (words[^2].Length > 3 && HyphenedLastPair().IsMatch(name))
        {
            yield return SoundPrefix + SoundKey(words[^2] + words[^1]);
        }
    }

    private static bool LooksPersonal(string name)
    {
        var words = name.Split([' ', '-', '‐', '‑'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => char.IsUpper(w[0]) || (w.Length <= 4 && w.All(char.IsLower))) && !name.Any(char.IsDigit);
    }

    /// <summary>What marks a sound key among the lookup keys (no <see cref="Normalize"/> key starts with it).</summary>
    public const string SoundPrefix = "~";

    /// <summary>
    /// How a transliterated name word sounds, so that spellings of one Arabic, Persian or Kurdish name compare equal:
    /// accents and apostrophes dropped, dj → j, dh → z (Kadhim/Kazem), th → s (Uthman/Osman), gh → q → k
    /// (Ghasem/Qasem/Kassem), ph → f, ou and oo → u (Fouad/Fuad), ee, ei, ai → i (Hussein/Husain), w → v
    /// (Jawad/Javad), e → i and o → u (Qasem/Qasim, Hossein/Hussein), doubled letters once (Kanaani/Kanani),
    /// a final h after a vowel dropped (Abdullah/Abdulla) and a final y read as i (Ramzy/Ramzi); before those, a u
    /// before a w that a vowel follows dropped (Shuwaili/Shweili), a y between a vowel and no vowel read as i (Qusay/Qusai,
    /// Hayder/Haider) and a final -yi after a vowel read as i (Mirzayi/Mirzaei).
    /// </summary>
    public static string SoundKey(string word)
    {
        var folded = Normalize(word).Replace(" ", "", StringComparison.Ordinal);
        var letters = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        var s = GlideBeforeI().Replace(VowelY().Replace(GlideU().Replace(letters.ToString(), "w"), "$1i"), "$1i");
        foreach (var (from, to) in SoundRewrites)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 2 && builder[^1] == 'h' && builder[^2] is 'a' or 'i' or 'u')
        {
            builder.Length--;
        }

        if (builder.Length > 2 && builder[^1] == 'y')
        {
            builder[^1] = 'i'; // Sinuny/Sinuni, Ramzy/Ramzi
        }

        return builder.ToString();
    }

    private static readonly (string From, string To)[] SoundRewrites =
    [
        ("dj", "j"), ("dh", "z"), ("th", "s"), ("gh", "q"), ("ph", "f"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"),
        ("ai", "i"), ("q", "k"), ("w", "v"), ("e", "i"), ("o", "u"),
    ];

    /// <summary>"Shuwaili"/"Shweili", "Suwaidi"/"Sweidi": a u written before a w that a vowel follows is the w's own sound.</summary>
    [GeneratedRegex("(?<=[^aeiou])uw(?=[aeiou])")]
    private static partial Regex GlideU();

    /// <summary>"Qusay"/"Qusai", "Hayder"/"Haider": a y after a vowel and before no vowel is the diphthong's i.</summary>
    [GeneratedRegex("([aeiou])y(?![aeiouy])")]
    private static partial Regex VowelY();

    /// <summary>"Mirzayi"/"Mirzaei"/"Mirzai": the Persian ending -yi after a vowel is the same i.</summary>
    [GeneratedRegex("([aeo])yi$")]
    private static partial Regex GlideBeforeI();

    [GeneratedRegex(@"\p{L}[-‐‑]\p{L}+\W*$")]
    private static partial Regex HyphenedLastPair();

    /// <summary>
    /// The name an entity is shown under, given the name each article that mentions it used (one entry per article):
    /// the name most articles use, then the one with most words, then the longest, then the first in ordinal order.
    /// It does not depend on the order in which the articles came in.
    /// </summary>
    public static string ChooseName(IEnumerable<string> namesByArticle)
    {
        ArgumentNullException.ThrowIfNull(namesByArticle);
        return ChooseNameByCounts(namesByArticle.Select(n => (n, 1)));
    }

    /// <summary>As <see cref="ChooseName(IEnumerable{string})"/>, from each distinct name with how many articles use it.</summary>
    public static string ChooseNameByCounts(IEnumerable<(string Name, int Articles)> namesWithCounts)
    {
        ArgumentNullException.ThrowIfNull(namesWithCounts);
        return namesWithCounts.Select(n => (Name: n.Name.Trim(), n.Articles)).Where(n => n.Name.Length > 0)
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(n => n.Articles))
            .ThenByDescending(g => g.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "";
    }

    /// <summary>A lower-case ASCII slug for ids: "Qasim al-Araji" → "qasim-al-araji".</summary>
    public static string Slug(string name)
    {
        var key = Normalize(name);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > 0 ? slug : "x" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }

    /// <summary>The stable id of an entity: label and slug of its canonical name, e.g. <c>person:qasim-al-araji</c>.</summary>
    public static string EntityId(string label, string canonicalName) => $"{label.ToLowerInvariant()}:{Slug(canonicalName)}";

    [GeneratedRegex(@"[‐‑‒–—―\-_/.,]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"-+")]
    private static partial Regex Dashes();
}
