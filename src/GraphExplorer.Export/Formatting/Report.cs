using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// What the markdown and html reports say, as plain unescaped text: each report format escapes it
/// for its own syntax. Tables of entities, relationships (with citation numbers) and query rows, and
/// the numbered citations (article title, date, sentence). Everything a person reads is in words: entities
/// and places by name, articles by title, columns by a header; facts read only from photo captions are
/// listed apart from reported ones.
/// </summary>
internal sealed class Report
{
    public static readonly string[] EntityColumns = ["Name", "Label", "Aliases", "Id"];

    public static readonly string[] RelationshipColumns = ["Source", "Type", "Target", "Date", "Place", "Title / allegation", "Confidence"];

    public Report(ExportDocument document)
    {
        Document = document;
        Graph = new ExportGraph(document);
        Query = document.QueryName is { } name && QueryCatalog.Default.TryGet(name, out var query) ? query : null;
        var ordered = Graph.Relationships.OrderBy(ExportGraph.IsFromCaptionsOnly).ToList();
        var citations = new Citations(ordered);
        Entities = [.. Graph.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => (IReadOnlyList<string>)[n.Name, n.Label, string.Join(", ", n.Aliases), n.Id])];
        Relationships = [.. ordered.Where(r => !ExportGraph.IsFromCaptionsOnly(r)).Select(r => new RelationshipRow(Cells(r), citations.Of(r)))];
        CaptionRelationships = [.. ordered.Where(ExportGraph.IsFromCaptionsOnly).Select(r => new RelationshipRow(Cells(r), citations.Of(r)))];
        Citations = [.. citations.All.Select(c => Cite(c.Number, c.Evidence))];
        // An optional parameter left empty says nothing about the selection.
        Parameters = [.. document.Parameters.Where(p => p.Value is not null && Invariant.Value(p.Value).Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Invariant.Value(p.Value)))];
    }

    public ExportDocument Document { get; }

    public ExportGraph Graph { get; }

    /// <summary>The curated query behind the document, when it names one the catalog knows.</summary>
    public QueryDefinition? Query { get; }

    public string? GeneratedAt => Document.GeneratedAt is { } at ? Invariant.Timestamp(at) : null;

    /// <summary>The arguments that were given a value.</summary>
    public IReadOnlyList<(string Name, string Value)> Parameters { get; }

    public IReadOnlyList<IReadOnlyList<string>> Entities { get; }

    /// <summary>Facts with at least one reported (not caption) sentence.</summary>
    public IReadOnlyList<RelationshipRow> Relationships { get; }

    /// <summary>Facts read only from photo captions: who stood beside whom in a picture, weaker than a report.</summary>
    public IReadOnlyList<RelationshipRow> CaptionRelationships { get; }

    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>
    /// The query's rows as a person reads them, when the document carries a result with columns: headers in
    /// words, article ids as titles, the columns kept for machines (edge keys, offsets) left out.
    /// </summary>
    public (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)? Result
    {
        get
        {
            if (Document.Result is not { Columns.Count: > 0 } result)
            {
                return null;
            }

            var shown = Enumerable.Range(0, result.Columns.Count).Where(i => !ResultColumns.IsForMachines(result.Columns[i], result.Columns)).ToList();
            return (
                [.. shown.Select(i => ResultColumns.Header(result.Columns[i]))],
                [.. result.Rows.Select(row => (IReadOnlyList<string>)[.. shown.Select(i => Cell(result.Columns[i], row[i]))])]);
        }
    }

    /// <summary>What the result's less obvious columns mean ("Betweenness: …"), from the query's header.</summary>
    public IReadOnlyList<(string Header, string Note)> ColumnNotes =>
        Query is null || Document.Result is not { } result
            ? []
            : [.. result.Columns.Where(Query.ColumnNotes.ContainsKey).Select(c => (ResultColumns.Header(c), Query.ColumnNotes[c]))];

    private string Cell(string column, object? value) => ResultColumns.HoldsArticleIds(column)
        ? value switch
        {
            string id => Graph.TitleOf(id),
            System.Collections.IEnumerable ids => string.Join("; ", ids.Cast<object?>().OfType<string>().Distinct(StringComparer.Ordinal).Select(Graph.TitleOf)),
            _ => Invariant.Value(value),
        }
        : Invariant.Value(value);

    private IReadOnlyList<string> Cells(Relationship r) =>
    [
        Graph.NameOf(r.SourceId),
        r.Type,
        Graph.NameOf(r.TargetId),
        r.Date is { } date ? Invariant.Date(date) + (r.DateKind == DateKind.Reported ? " (reported)" : "") : "",
        r.PlaceId is { } place ? Graph.NameOf(place) : "",
        r.Title ?? r.Allegation ?? "",
        Invariant.Number(r.Confidence),
    ];

    private Citation Cite(int number, Evidence evidence)
    {
        var article = Graph.Article(evidence.ArticleId);
        return new Citation(number, article?.Title ?? evidence.ArticleId, evidence.ArticleId,
            article?.Published is { } published ? Invariant.Date(published) : null, article?.Publisher, evidence.Sentence,
            PhotoCaption.IsCaption(evidence.Sentence));
    }

    /// <summary>A relationship's cells, in <see cref="RelationshipColumns"/> order, and the numbers of its citations.</summary>
    public sealed record RelationshipRow(IReadOnlyList<string> Cells, IReadOnlyList<int> Citations);

    /// <summary>One numbered evidence sentence and the article it comes from; <paramref name="IsCaption"/> when it is a photo caption.</summary>
    public sealed record Citation(int Number, string ArticleTitle, string ArticleId, string? Date, string? Publisher, string Sentence, bool IsCaption);
}
