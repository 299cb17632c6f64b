using System.Globalization;

namespace GraphExplorer.Export.Formatting;

/// <summary>Culture-free text for values every format writes the same way.</summary>
internal static class Invariant
{
    /// <summary>An ISO date, yyyy-MM-dd.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The shortest text that reads back as the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A timestamp as ISO 8601 with offset.</summary>
    public static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>A query argument or result cell as plain text: dates ISO, numbers invariant, lists comma-joined.</summary>
    public static string Value(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly date => Date(date),
        DateTimeOffset timestamp => Timestamp(timestamp),
        double number => Number(number),
        float number => Number(number),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Value)),
        _ => value.ToString() ?? "",
    };
}
