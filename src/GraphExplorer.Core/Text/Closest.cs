namespace GraphExplorer.Core.Text;

/// <summary>
/// "Did you mean": the known words nearest to a misspelt one, for query names, parameters and formats.
/// Near means a few typing slips away (an edit per three letters, at least one, a swap of neighbours
/// counting once), or one is the start of the other ("meeting" and "meetings", "ego" and "ego-network").
/// </summary>
public static class Closest
{
    /// <summary>The candidates near <paramref name="typed"/>, nearest first, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> To(string typed, IEnumerable<string> candidates, int limit = 3)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var word = (typed ?? "").Trim().ToLowerInvariant();
        if (word.Length == 0)
        {
            return [];
        }

        var allowed = Math.Max(1, word.Length / 3);
        return
        [
            .. candidates
                .Distinct(StringComparer.Ordinal)
                .Select(candidate => (Candidate: candidate, Distance: Distance(word, candidate.ToLowerInvariant())))
                .Where(c => c.Distance <= allowed || IsPrefixPair(word, c.Candidate.ToLowerInvariant()))
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Candidate, StringComparer.Ordinal)
                .Take(limit)
                .Select(c => c.Candidate),
        ];
    }

    /// <summary>"Did you mean 'a' or 'b'?", or an empty string when nothing is near.</summary>
    public static string Suggestion(string typed, IEnumerable<string> candidates)
    {
        var near = To(typed, candidates);
        return near.Count == 0 ? "" : $"Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?";
    }

    // Three letters at least, so that "a" does not suggest everything that starts with it.
    private static bool IsPrefixPair(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
