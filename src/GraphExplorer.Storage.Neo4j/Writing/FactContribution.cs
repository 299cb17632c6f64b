using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Reading;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// What one article says about one fact: its evidence and attributes. Stored as one <c>:Assertion</c> node per fact and
/// article (<see cref="ToProperties"/>), so that saving an article writes its own assertions and never rewrites those of
/// the other articles citing the fact.
/// </summary>
internal sealed record FactContribution(string ArticleId, IReadOnlyList<Evidence> Evidence, DateOnly? Date, string? PlaceId, string? Title, string? Allegation, double Confidence)
{
    /// <summary>Whether <see cref="Date"/> is stated by the text or the reporting date.</summary>
    public DateKind DateKind { get; init; }

    /// <summary>The contribution of an incoming relationship (all its evidence belongs to the article being saved).</summary>
    public static FactContribution From(string articleId, Relationship relationship) => new(
        articleId,
        [.. relationship.Evidence.Select(e => e with { ArticleId = articleId })],
        relationship.Date,
        relationship.PlaceId,
        relationship.Title,
        relationship.Allegation,
        relationship.Confidence)
    { DateKind = relationship.DateKind };

    /// <summary>Two statements of the same fact in one article: evidence united, attributes aggregated.</summary>
    public FactContribution Merge(FactContribution other)
    {
        var (date, kind) = DateKinds.Prefers((other.Date, other.DateKind), (Date, DateKind)) ? (other.Date, other.DateKind) : (Date, DateKind);
        return new(
            ArticleId,
            [.. Evidence.Concat(other.Evidence).Distinct()],
            date,
            PlaceId ?? other.PlaceId,
            Title ?? other.Title,
            Allegation ?? other.Allegation,
            Math.Max(Confidence, other.Confidence))
        { DateKind = kind };
    }

    /// <summary>Its evidence in the stored order: by start, end, then sentence.</summary>
    public IReadOnlyList<Evidence> OrderedEvidence =>
        [.. Evidence.Distinct().OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Sentence, StringComparer.Ordinal)];

    /// <summary>
    /// The properties of its <c>:Assertion</c> node: <c>fact</c> (the key), <c>article</c>, the attributes (absent when
    /// null; <c>date</c> as <c>yyyy-MM-dd</c>, which the statements turn into a Neo4j date), and the evidence as the
    /// parallel lists <c>sentences</c>, <c>starts</c>, <c>ends</c> in <see cref="OrderedEvidence"/> order.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToProperties(string factKey)
    {
        var evidence = OrderedEvidence;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fact"] = factKey,
            ["article"] = ArticleId,
            ["confidence"] = Confidence,
            ["sentences"] = evidence.Select(e => e.Sentence).ToList(),
            ["starts"] = evidence.Select(e => (long)e.Start).ToList(),
            ["ends"] = evidence.Select(e => (long)e.End).ToList(),
        };
        AddIfPresent(properties, "date", Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddIfPresent(properties, "dateKind", Date is null ? null : DateKind.Name());
        AddIfPresent(properties, "placeId", PlaceId);
        AddIfPresent(properties, "title", Title);
        AddIfPresent(properties, "allegation", Allegation);
        return properties;
    }

    /// <summary>A contribution read back from the properties of an <c>:Assertion</c> node (evidence included when they hold it).</summary>
    public static FactContribution FromProperties(IReadOnlyDictionary<string, object?> properties)
    {
        var article = GraphMapping.Text(properties, "article") ?? "";
        return new FactContribution(
            article,
            GraphMapping.Evidence(article, properties),
            GraphMapping.Date(properties, "date"),
            GraphMapping.Text(properties, "placeId"),
            GraphMapping.Text(properties, "title"),
            GraphMapping.Text(properties, "allegation"),
            GraphMapping.Confidence(properties))
        { DateKind = DateKinds.Parse(GraphMapping.Text(properties, "dateKind")) };
    }

    private static void AddIfPresent(Dictionary<string, object?> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
