using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Pipeline;

/// <summary>Step "assemble": the article, its entities and its relationships, sorted so the output is deterministic.</summary>
internal sealed class AssembleStep : IExtractionStep
{
    public string Name => "assemble";

    public void Run(ExtractionContext context)
    {
        context.Article = new Article(context.Document.Id, context.Title, context.Text, context.Document.ContentHash)
        {
            Published = context.Published,
            Publisher = context.Publisher,
            Author = context.Author,
            Source = context.Document.Source,
        };
    }

    public static ArticleGraph Graph(ExtractionContext context)
    {
        var entities = context.Entities.Values
            .Where(d => d.Canonical.Length > 0)
            .Select(d => d.ToEntity())
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(Merge)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var relationships = context.Relationships
            .Select(r => r.Canonical())
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new ArticleGraph(context.Article!, entities, relationships);
    }

    /// <summary>Two canonical names with one slug ("Al Hol" / "al-Hol") are one entity: the first name, all aliases.</summary>
    private static Entity Merge(IGrouping<string, Entity> group)
    {
        var first = group.OrderBy(e => e.Name, StringComparer.Ordinal).First();
        var aliases = group.SelectMany(e => e.AllNames).Where(n => n != first.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return first with { Aliases = aliases };
    }
}
