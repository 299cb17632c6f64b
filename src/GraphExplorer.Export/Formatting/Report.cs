using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// What the markdown and html reports say, as plain unescaped text: each report format escapes it
/// for its own syntax. Tables of entities, relationships (with citation numbers) and query rows, and
/// the numbered citations (article title, date, sentence).
/// </summary>
internal sealed class Report
{
    public static readonly string[] EntityColumns = ["Name", "Label", "Aliases", "Id"];

    public static readonly string[] RelationshipColumns = ["Source", "Type", "Target", "Date", "Place", "Title / allegation", "Confidence"];

    public Report(ExportDocument document)
    {
        Document = document;
        Graph = new ExportGraph(document.Graph);
        var citations = new Citations(Graph.Relationships);
        Entities = [.. Graph.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => (IReadOnlyList<string>)[n.Name, n.Label, string.Join(", ", n.Aliases), n.Id])];
        Relationships = [.. Graph.Relationships.Select(r => new RelationshipRow(Cells(r), citations.Of(r)))];
        Citations = [.. citations.All.Select(c => Cite(c.Number, c.Evidence))];
        Parameters = [.. document.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Invariant.Value(p.Value)))];
    }

    public ExportDocument Document { get; }

    public ExportGraph Graph { get; }

    public string? GeneratedAt => Document.GeneratedAt is { } at ? Invariant.Timestamp(at) : null;

    public IReadOnlyList<(string Name, string Value)> Parameters { get; }

    public IReadOnlyList<IReadOnlyList<string>> Entities { get; }

    public IReadOnlyList<RelationshipRow> Relationships { get; }

    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The query's own columns and rows, when the document carries a result with columns.</summary>
    public (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)? Result =>
        Document.Result is { Columns.Count: > 0 } result
            ? (result.Columns, [.. result.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(Invariant.Value)])])
            : null;

    private IReadOnlyList<string> Cells(Relationship r) =>
    [
        Graph.NameOf(r.SourceId),
        r.Type,
        Graph.NameOf(r.TargetId),
        r.Date is { } date ? Invariant.Date(date) : "",
        r.PlaceId is { } place ? Graph.NameOf(place) : "",
        r.Title ?? r.Allegation ?? "",
        Invariant.Number(r.Confidence),
    ];

    private Citation Cite(int number, Evidence evidence)
    {
        var article = Graph.Article(evidence.ArticleId);
        return new Citation(number, article?.Title ?? evidence.ArticleId, evidence.ArticleId,
            article?.Published is { } published ? Invariant.Date(published) : null, article?.Publisher, evidence.Sentence);
    }

    /// <summary>A relationship's cells, in <see cref="RelationshipColumns"/> order, and the numbers of its citations.</summary>
    public sealed record RelationshipRow(IReadOnlyList<string> Cells, IReadOnlyList<int> Citations);

    /// <summary>One numbered evidence sentence and the article it comes from.</summary>
    public sealed record Citation(int Number, string ArticleTitle, string ArticleId, string? Date, string? Publisher, string Sentence);
}
