using System.Globalization;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>The value kinds a curated query parameter can take.</summary>
public enum ParameterKind
{
    /// <summary>Free text, length-bounded.</summary>
    String,

    /// <summary>An entity id or an entity name/alias.</summary>
    Entity,

    /// <summary>A whole number, range-bounded.</summary>
    Int,

    /// <summary>A decimal number, range-bounded.</summary>
    Float,

    /// <summary>An ISO date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>A comma-separated list of edge type names.</summary>
    EdgeTypes,

    /// <summary>The id of an article.</summary>
    Article,
}

/// <summary>One typed parameter of a curated query, as declared in its .cypher header.</summary>
/// <param name="Name">The name used as <c>$name</c> in Cypher and <c>--param name=…</c> on the command line.</param>
/// <param name="Kind">The value kind.</param>
/// <param name="Required">Whether a value must be given (no default).</param>
/// <param name="Default">The default value, already typed, or null.</param>
/// <param name="Min">Lower bound: value for numbers, length for strings.</param>
/// <param name="Max">Upper bound: value for numbers, length for strings.</param>
/// <param name="Description">What it means.</param>
public sealed record QueryParameter(string Name, ParameterKind Kind, bool Required, object? Default, double? Min, double? Max, string Description)
{
    /// <summary>Longest string accepted when no bound is declared: long enough for any name, short enough to refuse junk.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>Parses and checks one raw value; throws <see cref="QueryParameterException"/> naming this parameter.</summary>
    public object Bind(string raw)
    {
        var text = raw.Trim();
        switch (Kind)
        {
            case ParameterKind.String or ParameterKind.Entity or ParameterKind.Article:
                var min = (int)(Min ?? 1);
                var max = (int)(Max ?? DefaultMaxLength);
                if (text.Length < min)
                {
                    throw Fail(min <= 1 ? "must not be empty" : $"must be at least {min} characters");
                }

                if (text.Length > max)
                {
                    throw Fail($"must be at most {max} characters (got {text.Length})");
                }

                if (text.Any(char.IsControl))
                {
                    throw Fail("must not contain control characters");
                }

                return text;
            case ParameterKind.Int:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
                {
                    throw Fail($"must be a whole number (got '{Shorten(text)}')");
                }

                CheckRange(whole);
                return whole;
            case ParameterKind.Float:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    throw Fail($"must be a number (got '{Shorten(text)}')");
                }

                CheckRange(number);
                return number;
            case ParameterKind.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw Fail($"must be a date as yyyy-MM-dd (got '{Shorten(text)}')");
                }

                return date;
            case ParameterKind.EdgeTypes:
                var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (names.Length == 0)
                {
                    throw Fail("must name at least one edge type");
                }

                var types = new List<string>();
                foreach (var name in names)
                {
                    if (!EdgeTypes.TryGet(name, out var type))
                    {
                        throw Fail($"'{Shorten(name)}' is not an edge type; known: {string.Join(", ", EdgeTypes.All)}");
                    }

                    types.Add(type.Name);
                }

                return (IReadOnlyList<string>)[.. types.Distinct().Order(StringComparer.Ordinal)];
            default:
                throw new InvalidOperationException($"Unhandled parameter kind {Kind}.");
        }
    }

    private void CheckRange(double value)
    {
        if (Min is { } min && value < min || Max is { } max && value > max)
        {
            throw Fail($"must be between {Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"} (got {value.ToString(CultureInfo.InvariantCulture)})");
        }
    }

    private QueryParameterException Fail(string reason) => new(Name, reason);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
