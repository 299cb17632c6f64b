using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// A subgraph in the one stable order every format writes: entity nodes by id (Article-labelled nodes left
/// out), relationships canonical and by key, evidence by article then offset, articles by id.
/// </summary>
internal sealed class ExportGraph
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "ad", "as", "ash", "bin", "ibn", "of", "the", "and", "de", "van", "von" };

    private readonly Dictionary<string, Entity> nodesById;
    private readonly Dictionary<string, ArticleInfo> articlesById;
    private readonly IReadOnlyDictionary<string, string> referencedNames;

    public ExportGraph(Subgraph graph)
        : this(graph, new Dictionary<string, string>(), [])
    {
    }

    /// <summary>The document's graph, with the names and articles it refers to without carrying them.</summary>
    public ExportGraph(ExportDocument document)
        : this(document.Graph, document.ReferencedNames, document.ReferencedArticles)
    {
    }

    private ExportGraph(Subgraph graph, IReadOnlyDictionary<string, string> referencedNames, IReadOnlyList<ArticleInfo> referencedArticles)
    {
        Nodes = [.. graph.Nodes.Where(n => n.Label != NodeLabels.Article).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)];
        Relationships =
        [
            .. graph.Relationships
                .Select(r => r.Canonical() with { Evidence = [.. OrderEvidence(r.Evidence)] })
                .OrderBy(r => r.Key, StringComparer.Ordinal),
        ];
        Articles = [.. graph.Articles.DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal)];
        nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        articlesById = referencedArticles.Concat(Articles).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        this.referencedNames = referencedNames;
    }

    public IReadOnlyList<Entity> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>The articles the graph's evidence cites.</summary>
    public IReadOnlyList<ArticleInfo> Articles { get; }

    /// <summary>The entity with this id, or null when the subgraph does not carry it.</summary>
    public Entity? Node(string id) => nodesById.GetValueOrDefault(id);

    /// <summary>
    /// The entity's name: from the graph, else from the names the document was given, else words made from
    /// the id's slug ("place:baghdad" → "Baghdad"), so that a person never reads an id where a name belongs.
    /// </summary>
    public string NameOf(string id) =>
        nodesById.TryGetValue(id, out var node) ? node.Name
        : referencedNames.TryGetValue(id, out var name) ? name
        : Words(id);

    /// <summary>The article with this id (cited, or referenced by the document), or null.</summary>
    public ArticleInfo? Article(string id) => articlesById.GetValueOrDefault(id);

    /// <summary>The article's title, or its id when the title is unknown.</summary>
    public string TitleOf(string articleId) => Article(articleId) is { Title.Length: > 0 } article ? article.Title : articleId;

    /// <summary>Whether the edge type is symmetric (drawn without an arrow).</summary>
    public static bool IsSymmetric(string type) => EdgeTypes.TryGet(type, out var edgeType) && edgeType.Symmetric;

    /// <summary>Whether every sentence behind the fact is a photo caption: it was read from a picture's caption only.</summary>
    public static bool IsFromCaptionsOnly(Relationship relationship) =>
        relationship.Evidence.Count > 0 && relationship.Evidence.All(e => PhotoCaption.IsCaption(e.Sentence));

    private static string Words(string id)
    {
        var slug = id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return id;
        }

        var text = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            text.Append(i > 0 ? " " : "").Append(i > 0 && Particles.Contains(word) ? word : char.ToUpperInvariant(word[0]) + word[1..]);
        }

        return text.ToString();
    }

    private static IEnumerable<Evidence> OrderEvidence(IEnumerable<Evidence> evidence) =>
        evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.Sentence, StringComparer.Ordinal);
}
