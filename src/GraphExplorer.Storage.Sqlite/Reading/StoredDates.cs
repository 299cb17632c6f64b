using System.Globalization;

namespace GraphExplorer.Storage.Sqlite.Reading;

/// <summary>
/// The store's dates (<c>yyyy-MM-dd</c>, as the writer formats them) read back: digits by hand, since a traversal reads
/// hundreds and <see cref="DateOnly.ParseExact(string, string, IFormatProvider?, DateTimeStyles)"/> costs microseconds each;
/// any other text goes to it (and fails there as before).
/// </summary>
internal static class StoredDates
{
    public static DateOnly Parse(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and > 0 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}
