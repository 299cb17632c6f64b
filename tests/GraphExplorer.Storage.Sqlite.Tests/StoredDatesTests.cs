using GraphExplorer.Storage.Sqlite.Reading;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class StoredDatesTests
{
    [Theory]
    [InlineData("2024-03-12")]
    [InlineData("0001-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("1999-12-31")]
    public void A_stored_date_reads_as_ParseExact_reads_it(string text) =>
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StoredDates.Parse(text));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-1-10")]
    [InlineData("20240310")]
    [InlineData("2024-03-1x")]
    [InlineData("0000-01-01")]
    public void Text_that_is_not_a_day_fails_as_ParseExact_fails(string text) =>
        Assert.Throws<FormatException>(() => StoredDates.Parse(text));
}
