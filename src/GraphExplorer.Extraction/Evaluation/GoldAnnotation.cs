using System.Text.Json;

namespace GraphExplorer.Extraction.Evaluation;

/// <summary>A gold entity: id, type (node label), name and aliases.</summary>
public sealed record GoldEntity(string Id, string Type, string Name, IReadOnlyList<string> Aliases);

/// <summary>A gold relation between two gold entity ids.</summary>
public sealed record GoldRelation(string Type, string Source, string Target);

/// <summary>
/// A hand annotation of a corpus in the format of shared/eval/seeds.gold.json: required entities and
/// relations, plus optional ones that neither help nor hurt a score.
/// </summary>
public sealed record GoldAnnotation(
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldEntity> OptionalEntities,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldRelation> OptionalRelations)
{
    /// <summary>Reads a gold annotation; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static GoldAnnotation Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entities", out _) || !root.TryGetProperty("relations", out _))
            {
                throw new FormatException("Gold annotation: expected an object with \"entities\" and \"relations\".");
            }

            return new GoldAnnotation(
                ReadEntities(root, "entities"), ReadEntities(root, "optional_entities"), ReadRelations(root, "relations"), ReadRelations(root, "optional_relations"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"Gold annotation is not valid JSON: {e.Message}", e);
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException($"Gold annotation: a required field is missing ({e.Message}).", e);
        }
    }

    private static List<GoldEntity> ReadEntities(JsonElement root, string property)
    {
        var list = new List<GoldEntity>();
        if (!root.TryGetProperty(property, out var array))
        {
            return list;
        }

        foreach (var e in array.EnumerateArray())
        {
            var aliases = e.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                : [];
            list.Add(new GoldEntity(Text(e, "id", property), Text(e, "type", property), Text(e, "name", property), aliases));
        }

        return list;
    }

    private static List<GoldRelation> ReadRelations(JsonElement root, string property)
    {
        var list = new List<GoldRelation>();
        if (!root.TryGetProperty(property, out var array))
        {
            return list;
        }

        foreach (var r in array.EnumerateArray())
        {
            list.Add(new GoldRelation(Text(r, "type", property), Text(r, "source", property), Text(r, "target", property)));
        }

        return list;
    }

    private static string Text(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"Gold annotation: an item of \"{where}\" has no string \"{name}\".");
}
