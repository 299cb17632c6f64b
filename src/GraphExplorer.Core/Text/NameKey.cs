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

            builder.Append(c);
        }

        var folded = builder.ToString().ToLowerInvariant().Replace("’", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal).Replace("‘", "", StringComparison.Ordinal);
        folded = Punctuation().Replace(folded, " ");
        folded = Spaces().Replace(folded, " ").Trim();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
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
