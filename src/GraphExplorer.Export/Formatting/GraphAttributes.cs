using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// The flat node and edge attributes GraphML and GEXF share (tools like Gephi take scalars, not lists):
/// lists are joined, evidence becomes one line per sentence.
/// </summary>
internal static class GraphAttributes
{
    /// <summary>Joins aliases the way the Neo4j <c>aliasText</c> property does.</summary>
    public static string Aliases(Entity node) => string.Join(" | ", node.Aliases);

    /// <summary>One line per evidence sentence: <c>article [start-end]: sentence</c>.</summary>
    public static string Evidence(Relationship relationship) =>
        string.Join("\n", relationship.Evidence.Select(e => $"{e.ArticleId} [{e.Start}-{e.End}]: {e.Sentence}"));

    /// <summary>The optional string attributes of an edge, by attribute name, absent ones left out.</summary>
    public static IEnumerable<(string Name, string Value)> OptionalStrings(Relationship relationship)
    {
        if (relationship.Date is { } date)
        {
            yield return ("date", Invariant.Date(date));
            yield return ("dateKind", relationship.DateKind.Name());
        }

        if (relationship.PlaceId is { } place)
        {
            yield return ("place", place);
        }

        if (relationship.Title is { } title)
        {
            yield return ("title", title);
        }

        if (relationship.Allegation is { } allegation)
        {
            yield return ("allegation", allegation);
        }
    }
}
