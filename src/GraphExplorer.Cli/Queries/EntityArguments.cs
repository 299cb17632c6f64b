using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Cli.Queries;

/// <summary>
/// Checks, before a query runs, that every entity it names exists, the way the stores match an entity
/// argument (its id, any case, or the <see cref="NameKey"/> of its name or an alias). An entity that does
/// not exist would give an empty table, indistinguishable from "no such facts"; instead the person is
/// told that nothing matches and which names are near (the typo-tolerant <c>search</c> query).
/// </summary>
internal static class EntityArguments
{
    /// <summary>How many near names a "did you mean" offers.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>The entity arguments that match no entity, each with the names near it; empty when all match.</summary>
    public static async Task<IReadOnlyList<UnmatchedEntity>> FindUnmatchedAsync(
        QueryDefinition query, QueryArgumentDictionary arguments, IGraphReader reader, IArticleStore store, IQueryRunner runner, CancellationToken cancellationToken)
    {
        var unmatched = new List<UnmatchedEntity>();
        foreach (var parameter in query.Parameters.Where(p => p.Kind == ParameterKind.Entity))
        {
            if (arguments.GetString(parameter.Name) is not { } value || await ExistsAsync(value, reader, store, cancellationToken))
            {
                continue;
            }

            unmatched.Add(new UnmatchedEntity(parameter.Name, value, await SuggestAsync(value, runner, cancellationToken)));
        }

        return unmatched;
    }

    private static async Task<bool> ExistsAsync(string value, IGraphReader reader, IArticleStore store, CancellationToken cancellationToken)
    {
        if (await reader.GetEntityAsync(value, cancellationToken) is not null
            || await reader.GetEntityAsync(value.ToLowerInvariant(), cancellationToken) is not null)
        {
            return true;
        }

        var key = NameKey.Normalize(value);
        return key.Length > 0 && (await store.FindEntitiesByNameKeysAsync([key], cancellationToken)).Count > 0;
    }

    // The whole text first; when nothing is near it, each longer word alone ("Qasim Nobody" still finds Qasim al-Araji).
    private static async Task<IReadOnlyList<string>> SuggestAsync(string value, IQueryRunner runner, CancellationToken cancellationToken)
    {
        var search = QueryCatalog.Default.Get("search");
        var texts = new[] { value }.Concat(value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Length >= 3))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var text in texts)
        {
            QueryArgumentDictionary arguments;
            try
            {
                arguments = search.Bind(new Dictionary<string, string?> { ["text"] = text, ["limit"] = MaxSuggestions.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
            catch (QueryParameterException)
            {
                continue; // too short or too long to search
            }

            var result = await runner.RunAsync(search, arguments, cancellationToken);
            var name = result.Columns.ToList().IndexOf("name");
            var label = result.Columns.ToList().IndexOf("label");
            names.AddRange(result.Rows.Select(row => $"{row[name]} ({row[label]})"));
            if (names.Count > 0 && text == value)
            {
                break;
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal).Take(MaxSuggestions)];
    }
}

/// <summary>An entity argument that matches no entity, and the names near it.</summary>
/// <param name="Parameter">The parameter, e.g. <c>entity</c>.</param>
/// <param name="Value">The value as given.</param>
/// <param name="Suggestions">Near names as "Name (Label)", nearest first; empty when none is near.</param>
internal sealed record UnmatchedEntity(string Parameter, string Value, IReadOnlyList<string> Suggestions)
{
    /// <summary>What to tell the person, one line per point, ready for stderr.</summary>
    public string Describe(string launcher)
    {
        var lines = new List<string> { $"No entity matches '{Value}' (parameter '{Parameter}')." };
        if (Suggestions.Count > 0)
        {
            lines.Add($"Did you mean: {string.Join("; ", Suggestions)}?");
        }

        var word = Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).FirstOrDefault() ?? Value;
        lines.Add($"Find names with: {launcher} query search --param text=\"{word}\"");
        return string.Join(Environment.NewLine, lines);
    }
}
