using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.TestSupport.Fakes;

/// <summary>
/// A stand-in extractor for tests of ingestion plumbing: every line "Name (Label)" becomes an entity,
/// the first line is the title, and content containing "REJECT" is refused.
/// </summary>
public sealed class ScriptedExtractor : IArticleExtractor, IEntityResolver
{
    public int Calls { get; private set; }

    public ArticleGraph Extract(SourceDocument document)
    {
        Calls++;
        if (document.Content.Contains("REJECT", StringComparison.Ordinal))
        {
            throw new ArticleRejectedException("the text holds no article");
        }

        var lines = document.Content.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var entities = new List<Entity>();
        foreach (var line in lines.Skip(1))
        {
            var open = line.LastIndexOf('(');
            if (open > 0 && line.EndsWith(')'))
            {
                var name = line[..open].Trim();
                var label = line[(open + 1)..^1];
                entities.Add(new Entity(NameKey.EntityId(label, name), label, name, []));
            }
        }

        var article = new Article(document.Id, lines.FirstOrDefault() ?? document.Id, document.Content, document.ContentHash) { Source = document.Source };
        return new ArticleGraph(article, entities, []);
    }

    public ArticleGraph ResolveAgainst(ArticleGraph graph, IReadOnlyList<Entity> known) => graph;
}
