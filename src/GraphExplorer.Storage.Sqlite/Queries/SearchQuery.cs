using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Writing;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// search: entities whose name or an alias matches every query word exactly, as a prefix or within a
/// small edit distance; candidates come from the FTS5 vocabulary, the rank is <see cref="SearchScore"/>.
/// </summary>
internal sealed class SearchQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["name", "label", "id", "matched", "score"];

    public string Name => "search";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var words = SearchScore.QueryWords(context.Arguments.GetString("text")!);
        if (words.Length == 0)
        {
            return context.Empty(Columns);
        }

        var ids = await CandidatesAsync(context, words, cancellationToken);
        var entities = await context.Loader.EntitiesAsync(ids, cancellationToken);
        var ranked = new List<(Entity Entity, string Matched, int Score)>();
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = entity.AllNames
                .Select(n => (Name: n, Score: SearchScore.Score(words, n)))
                .Where(s => s.Score is not null)
                .OrderBy(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Score is { } score)
            {
                ranked.Add((entity, best.Name, score));
            }
        }

        var rows = ranked.OrderBy(r => r.Score).ThenBy(r => r.Entity.Name, StringComparer.Ordinal).ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Entity.Id), Array.Empty<string>(), cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)[r.Entity.Name, r.Entity.Label, r.Entity.Id, r.Matched, (long)r.Score]), graph);
    }

    /// <summary>Entities with an FTS5 term equal to, extending, or within the allowed edit distance of a query word.</summary>
    private static async Task<List<string>> CandidatesAsync(QueryContext context, string[] words, CancellationToken cancellationToken)
    {
        context.Connection.CreateFunction("edit_distance", (string a, string b) => SearchScore.EditDistance(a, b), isDeterministic: true);
        context.Connection.CreateFunction("same_transliteration", (string a, string b) => SearchScore.SameTransliteration(a, b), isDeterministic: true);
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var allowed = SearchScore.AllowedEdits(word);

            // an all-digit term is further than the allowed edits from a word with more letters than that: skip the distance
            var lettersBeyondReach = word.Count(c => !char.IsAsciiDigit(c)) > allowed;
            using var command = context.Connection.Command(
                """
                SELECT term FROM entity_search_terms
                WHERE substr(term, 1, length(@word)) = @word
                   OR (length(term) BETWEEN @shortest AND @longest AND (@skipNumbers = 0 OR term GLOB '*[^0-9]*')
                       AND edit_distance(term, @word) <= @allowed)
                   OR (length(@word) >= 4 AND length(term) >= 4 AND instr(@firstLetters, substr(term, 1, 1)) > 0
                       AND same_transliteration(@word, term))
                """).With("@word", word).With("@shortest", word.Length - allowed).With("@longest", word.Length + allowed)
                .With("@allowed", allowed).With("@skipNumbers", lettersBeyondReach ? 1 : 0)
                .With("@firstLetters", SearchScore.SkeletonFirstLetters(word));
            terms.UnionWith(await command.ReadStringsAsync(cancellationToken));
        }

        if (terms.Count == 0)
        {
            return [];
        }

        // FTS5 query syntax: each term quoted, so no term is read as an operator
        var match = string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        using var search = context.Connection.Command("SELECT DISTINCT entity_id FROM entity_search WHERE entity_search MATCH @match").With("@match", match);
        return await search.ReadStringsAsync(cancellationToken);
    }
}

/// <summary>
/// The search rank shared with cypher/search.cypher. Per query word: 0 when a name word equals it, 1 when a
/// name word starts with it, 1 + edits when within <see cref="AllowedEdits"/>, <see cref="TransliterationCost"/> when it is
/// another transliteration of the name word (<see cref="SameTransliteration"/>); a name matches when every
/// query word does; its score is the sum, plus 1 unless the whole name equals the query.
/// </summary>
internal static class SearchScore
{
    /// <summary>Query words: the search-key words made only of letters and digits.</summary>
    public static string[] QueryWords(string text) =>
        [.. SearchText.Words(SearchText.Key(text)).Where(w => w.All(c => char.IsLetter(c) || char.IsNumber(c)))];

    /// <summary>Edits tolerated for a word: none below 4 characters, 1 up to 7, 2 from 8.</summary>
    public static int AllowedEdits(string word) => word.Length < 4 ? 0 : word.Length < 8 ? 1 : 2;

    public static int? Score(string[] queryWords, string name)
    {
        var nameWords = SearchText.Words(SearchText.Key(name));
        var total = string.Join(' ', nameWords) == string.Join(' ', queryWords) ? 0 : 1;
        foreach (var word in queryWords)
        {
            int? best = null;
            foreach (var candidate in nameWords)
            {
                var cost = WordCost(word, candidate);
                if (cost is not null && (best is null || cost < best))
                {
                    best = cost;
                }
            }

            if (best is null)
            {
                return null;
            }

            total += best.Value;
        }

        return total;
    }

    private static int? WordCost(string word, string candidate)
    {
        if (candidate == word)
        {
            return 0;
        }

        if (candidate.StartsWith(word, StringComparison.Ordinal))
        {
            return 1;
        }

        var allowed = AllowedEdits(word);
        var edits = Math.Abs(candidate.Length - word.Length) <= allowed ? EditDistance(word, candidate) : int.MaxValue;
        if (edits <= allowed)
        {
            return 1 + edits;
        }

        return SameTransliteration(word, candidate) ? TransliterationCost : null;
    }

    /// <summary>The cost of a word that matches only as another transliteration of the same name ("Qassem" for "Qasim").</summary>
    public const int TransliterationCost = 3;

    /// <summary>Whether two words of 4 or more letters are spellings of one name: their <see cref="Skeleton"/>s agree and have 3 or more letters.</summary>
    public static bool SameTransliteration(string word, string candidate) =>
        word.Length >= 4 && candidate.Length >= 4 && Skeleton(word) is { Length: >= 3 } skeleton && skeleton == Skeleton(candidate);

    /// <summary>
    /// The first letters a word can start with to share <paramref name="word"/>'s <see cref="Skeleton"/>: the skeleton's
    /// first letter comes from the word's first letter alone, so a vocabulary term starting otherwise is passed over
    /// in SQL without calling back into .NET (on a large graph most terms are, and each call costs).
    /// </summary>
    public static string SkeletonFirstLetters(string word) => word.Length == 0 ? "" : Skeleton(word[..1]) switch
    {
        "a" => "aeiouy",
        "k" => "kqc",
        var first => first,
    };

    /// <summary>
    /// The consonant skeleton that Latin transliterations of one Arabic, Persian or Kurdish name share: a leading
    /// vowel becomes 'a', later vowels (a e i o u y) and the glides w and h are dropped, q and c are k, and a doubled
    /// letter counts once. "qasim", "qassem", "kasim" → "ksm"; "muhammad", "mohamed" → "mmd". Kept equal to the
    /// skeleton computed in cypher/search.cypher.
    /// </summary>
    public static string Skeleton(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] is 'q' or 'c' ? 'k' : word[i];
            if (i == 0)
            {
                builder.Append(c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? 'a' : c);
            }
            else if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h') && builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Levenshtein distance over UTF-16 code units.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
