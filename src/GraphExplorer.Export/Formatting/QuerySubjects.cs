using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// What a query was asked about: the entities its entity arguments name, found in its graph the way the
/// stores match them (id in any case, or the name key of a name or alias). Pictures mark them (the centre
/// of an ego network, the two ends of a path); titles name them.
/// </summary>
internal static class QuerySubjects
{
    /// <summary>The ids of the graph's nodes that the document's entity arguments name.</summary>
    public static IReadOnlySet<string> Ids(ExportDocument document, IEnumerable<Entity> nodes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (document.QueryName is null || !QueryCatalog.Default.TryGet(document.QueryName, out var query))
        {
            return ids;
        }

        var list = nodes.ToList();
        foreach (var parameter in query.Parameters.Where(p => p.Kind == ParameterKind.Entity))
        {
            if (document.Parameters.GetValueOrDefault(parameter.Name) is string value)
            {
                ids.UnionWith(Matching(value, list).Select(n => n.Id));
            }
        }

        return ids;
    }

    /// <summary>"Ego network: Qasim al-Araji": the query's title, then its entity, article or text arguments in words.</summary>
    public static string Title(QueryResult result)
    {
        if (!QueryCatalog.Default.TryGet(result.Query, out var query))
        {
            return result.Query;
        }

        var subjects = new List<string>();
        foreach (var parameter in query.Parameters)
        {
            if (result.Arguments.GetValueOrDefault(parameter.Name) is not string value)
            {
                continue;
            }

            switch (parameter.Kind)
            {
                case ParameterKind.Entity:
                    subjects.Add(Matching(value, result.Graph.Nodes).FirstOrDefault()?.Name ?? value);
                    break;
                case ParameterKind.Article:
                    subjects.Add(result.Graph.Articles.FirstOrDefault(a => a.Id == value) is { Title.Length: > 0 } article ? article.Title : value);
                    break;
                case ParameterKind.String:
                    subjects.Add($"“{value}”");
                    break;
                default:
                    break;
            }
        }

        return subjects.Count == 0 ? query.Title : $"{query.Title}: {string.Join(" – ", subjects)}";
    }

    private static IEnumerable<Entity> Matching(string value, IEnumerable<Entity> nodes)
    {
        var key = NameKey.Normalize(value);
        return nodes.Where(n => string.Equals(n.Id, value, StringComparison.OrdinalIgnoreCase) || n.AllNames.Any(name => NameKey.Normalize(name) == key));
    }
}
