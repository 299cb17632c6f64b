using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests;

public sealed class DateResolutionTests
{
    private static readonly DateOnly Published = new(2024, 3, 14); // a Thursday

    [Theory]
    [InlineData("The ministers met on Wednesday.", 2024, 3, 13)]
    [InlineData("The ministers met on Thursday.", 2024, 3, 14)]
    [InlineData("The ministers met on Friday.", 2024, 3, 8)]
    [InlineData("The deal dates from a Feb. 2 meeting.", 2024, 2, 2)]
    [InlineData("The deal dates from a Nov. 2 meeting.", 2023, 11, 2)]
    [InlineData("The deal dates from 5 May 2021.", 2021, 5, 5)]
    [InlineData("They spoke yesterday.", 2024, 3, 13)]
    public void Relative_dates_resolve_against_the_publication_date(string sentence, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateResolver.Resolve(sentence, Published));

    [Theory]
    [InlineData("Last March, the two sides signed.")]
    [InlineData("The attacks began last year.")]
    [InlineData("In November the plan was announced.")]
    public void Vague_dates_stay_unset(string sentence) => Assert.Null(DateResolver.Resolve(sentence, Published));

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unset() =>
        Assert.Null(DateResolver.Resolve("The ministers met on Wednesday.", null));
}
