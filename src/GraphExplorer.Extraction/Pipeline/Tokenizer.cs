using System.Globalization;
using System.Text;

namespace GraphExplorer.Extraction.Pipeline;

/// <summary>
/// Splits text into words (letters and digits) and single punctuation marks. Word norms are lower case
/// without accents, so gazetteer keys built from the same tokens compare like <c>NameKey.Normalize</c>.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || CharUnicodeInfo.GetUnicodeCategory(text[j]) == UnicodeCategory.NonSpacingMark))
                {
                    j++;
                }

                var word = text[i..j];
                tokens.Add(new Token(i, j, word, Fold(word), true));
                i = j;
                continue;
            }

            tokens.Add(new Token(i, i + 1, text[i].ToString(), text[i].ToString(), false));
            i++;
        }

        return tokens;
    }

    /// <summary>Lower case without accents, letters without a decomposition folded as <c>NameKey.Normalize</c> folds them (ı → i).</summary>
    public static string Fold(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                GraphExplorer.Core.Text.NameKey.AppendFolded(builder, char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>True when two consecutive words may belong to one name: only spaces, hyphens, dashes, dots or apostrophes between.</summary>
    public static bool IsJoiner(Token punctuation) => punctuation.Text is "-" or "‐" or "‑" or "–" or "." or "'" or "’";
}
