using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// What one article says about one fact: its evidence and attributes. A stored relationship keeps its
/// contributions (attributes as the JSON string property <c>contributions</c>, evidence in the parallel
/// <c>evidence*</c> lists) so that replacing one article's contribution re-aggregates exactly.
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

    /// <summary>Serializes the per-article attributes (not the evidence) of contributions sorted by article id.</summary>
    public static string ToJson(IEnumerable<FactContribution> contributions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var c in contributions.OrderBy(c => c.ArticleId, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("article", c.ArticleId);
                WriteOptional(writer, "date", c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteOptional(writer, "dateKind", c.Date is null ? null : c.DateKind.Name());
                WriteOptional(writer, "placeId", c.PlaceId);
                WriteOptional(writer, "title", c.Title);
                WriteOptional(writer, "allegation", c.Allegation);
                writer.WriteNumber("confidence", c.Confidence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Rebuilds the contributions of a stored relationship from its <c>contributions</c> JSON and evidence lists.
    /// A relationship written without the JSON (by hand, or by another tool) gives each evidence article the stored aggregate attributes.
    /// </summary>
    public static IReadOnlyList<FactContribution> FromStored(Relationship stored, string? json)
    {
        var evidenceByArticle = stored.Evidence.GroupBy(e => e.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Evidence>)[.. g], StringComparer.Ordinal);
        var result = new List<FactContribution>();
        if (!string.IsNullOrEmpty(json))
        {
            using var document = JsonDocument.Parse(json);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var article = item.GetProperty("article").GetString() ?? "";
                result.Add(new FactContribution(
                    article,
                    evidenceByArticle.GetValueOrDefault(article, []),
                    Optional(item, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    Optional(item, "placeId"),
                    Optional(item, "title"),
                    Optional(item, "allegation"),
                    item.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 1.0)
                { DateKind = DateKinds.Parse(Optional(item, "dateKind")) });
            }

            return result;
        }

        foreach (var (article, evidence) in evidenceByArticle)
        {
            result.Add(new FactContribution(article, evidence, stored.Date, stored.PlaceId, stored.Title, stored.Allegation, stored.Confidence) { DateKind = stored.DateKind });
        }

        return result;
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
