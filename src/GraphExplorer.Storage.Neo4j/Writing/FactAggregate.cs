using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Reading;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// The aggregate a fact relationship stores over the articles that state it (GRAPH-SHAPE.md): date = the earliest
/// stated one, else the earliest reporting date, with its kind; placeId, title, allegation = from the first article (by
/// id) that states one; confidence = the highest. Beside them it keeps what lets a new article fold in without reading
/// the others: which article gave the place, title and allegation, and how many articles state the fact.
/// </summary>
/// <remarks>
/// Every rule is a fold that does not depend on the order articles come in, so <see cref="Add"/> one article at a time
/// gives exactly <see cref="Of"/> over all of them. Taking an article out is exact without the others unless that
/// article decided a value (<see cref="DependsOn"/>); only then are the others read.
/// </remarks>
internal sealed record FactAggregate(
    DateOnly? Date,
    DateKind DateKind,
    string? PlaceId,
    string? PlaceArticle,
    string? Title,
    string? TitleArticle,
    string? Allegation,
    string? AllegationArticle,
    double Confidence,
    long Assertions)
{
    /// <summary>No article states the fact.</summary>
    public static FactAggregate None { get; } = new(null, DateKind.Stated, null, null, null, null, null, null, 0, 0);

    /// <summary>The aggregate over <paramref name="contributions"/>.</summary>
    public static FactAggregate Of(IEnumerable<FactContribution> contributions) => contributions.Aggregate(None, (aggregate, c) => aggregate.Add(c));

    /// <summary>The aggregate once <paramref name="contribution"/>'s article states the fact too.</summary>
    public FactAggregate Add(FactContribution contribution)
    {
        var (date, kind) = DateKinds.Prefers((contribution.Date, contribution.DateKind), (Date, DateKind)) ? (contribution.Date, contribution.DateKind) : (Date, DateKind);
        var (place, placeArticle) = First(contribution.PlaceId, contribution.ArticleId, PlaceId, PlaceArticle);
        var (title, titleArticle) = First(contribution.Title, contribution.ArticleId, Title, TitleArticle);
        var (allegation, allegationArticle) = First(contribution.Allegation, contribution.ArticleId, Allegation, AllegationArticle);
        return new(date, kind, place, placeArticle, title, titleArticle, allegation, allegationArticle, Assertions == 0 ? contribution.Confidence : Math.Max(Confidence, contribution.Confidence), Assertions + 1);
    }

    /// <summary>
    /// Whether taking <paramref name="contribution"/> out could change a value: it holds the chosen date or the highest
    /// confidence, or its article gave the place, title or allegation. Otherwise the others' aggregate is this one, one article less.
    /// </summary>
    public bool DependsOn(FactContribution contribution) =>
        (contribution.Date is not null && contribution.Date == Date && contribution.DateKind == DateKind)
        || contribution.Confidence >= Confidence
        || contribution.ArticleId == PlaceArticle
        || contribution.ArticleId == TitleArticle
        || contribution.ArticleId == AllegationArticle;

    /// <summary>The fact as the Core model has it, with the evidence given.</summary>
    public Relationship ToRelationship(string type, string sourceId, string targetId, IReadOnlyList<Evidence> evidence) => new(type, sourceId, targetId, evidence)
    {
        Date = Date,
        DateKind = DateKind,
        PlaceId = PlaceId,
        Title = Title,
        Allegation = Allegation,
        Confidence = Confidence,
    };

    /// <summary>
    /// The properties a fact relationship stores besides its <c>key</c> (all present, null meaning absent, so that
    /// <c>SET</c> removes a value that went away); <c>date</c> as <c>yyyy-MM-dd</c>, which the statements turn into a Neo4j date.
    /// </summary>
    public Dictionary<string, object?> ToProperties() => new(StringComparer.Ordinal)
    {
        ["date"] = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["dateKind"] = Date is null ? null : DateKind.Name(),
        ["placeId"] = PlaceId,
        ["placeArticle"] = PlaceArticle,
        ["title"] = Title,
        ["titleArticle"] = TitleArticle,
        ["allegation"] = Allegation,
        ["allegationArticle"] = AllegationArticle,
        ["confidence"] = Confidence,
        ["assertions"] = Assertions,
    };

    /// <summary>The aggregate a relationship stores (read back from its properties).</summary>
    public static FactAggregate FromProperties(IReadOnlyDictionary<string, object?> properties) => new(
        GraphMapping.Date(properties, "date"),
        DateKinds.Parse(GraphMapping.Text(properties, "dateKind")),
        GraphMapping.Text(properties, "placeId"),
        GraphMapping.Text(properties, "placeArticle"),
        GraphMapping.Text(properties, "title"),
        GraphMapping.Text(properties, "titleArticle"),
        GraphMapping.Text(properties, "allegation"),
        GraphMapping.Text(properties, "allegationArticle"),
        GraphMapping.Confidence(properties),
        properties.GetValueOrDefault("assertions") as long? ?? 0);

    private static (string? Value, string? Article) First(string? value, string article, string? current, string? currentArticle) =>
        value is not null && (current is null || (currentArticle is not null && string.CompareOrdinal(article, currentArticle) < 0)) ? (value, article) : (current, currentArticle);
}
