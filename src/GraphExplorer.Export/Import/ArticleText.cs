using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Rebuilds an article text from its evidence alone: every sentence at its exact offsets, spaces between.
/// The original text is not in an export, but the store only needs the cited sentences to stand where
/// their offsets say.
/// </summary>
internal static class ArticleText
{
    /// <summary>Longest text rebuilt; a larger offset is a corrupt export, not an article.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    public static string Rebuild(string articleId, IEnumerable<Evidence> evidence)
    {
        var items = evidence.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        foreach (var item in items)
        {
            Check(articleId, item);
        }

        var length = items.Count == 0 ? 0 : items.Max(e => e.End);
        var text = new char[length];
        Array.Fill(text, ' ');
        // Items are ordered by start, so the text written before an item is what the items before it wrote; the
        // one that reaches furthest is the one an overlap runs into.
        var written = 0;
        Evidence? furthest = null;
        foreach (var item in items)
        {
            for (var i = item.Start; i < item.End; i++)
            {
                var c = item.Sentence[i - item.Start];
                if (i < written && text[i] != c)
                {
                    throw new FormatException(
                        $"Article '{articleId}' cannot be rebuilt: evidence at {furthest!.Start}..{furthest.End} and at {item.Start}..{item.End} overlap with different text (offset {i}).");
                }

                text[i] = c;
            }

            if (item.End > written)
            {
                written = item.End;
                furthest = item;
            }
        }

        return new string(text);
    }

    /// <summary>A deterministic content hash of a rebuilt text, marked as imported so it never passes for a file hash.</summary>
    public static string Hash(string text) =>
        "import:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Check(string articleId, Evidence item)
    {
        if (item.Start < 0 || item.End <= item.Start || item.End > MaxLength)
        {
            throw new FormatException($"Article '{articleId}' cannot be rebuilt: evidence offsets {item.Start}..{item.End} are not a span of at most {MaxLength} characters.");
        }

        if (item.Sentence.Length != item.End - item.Start)
        {
            throw new FormatException(
                $"Article '{articleId}' cannot be rebuilt: the evidence sentence at {item.Start}..{item.End} has {item.Sentence.Length} characters, not {item.End - item.Start}.");
        }
    }
}
