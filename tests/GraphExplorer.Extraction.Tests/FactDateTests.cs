using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Dating;

namespace GraphExplorer.Extraction.Tests;

/// <summary>The days a sentence names, and the date every fact carries: stated, or the reporting date.</summary>
public sealed class FactDateTests
{
    private static readonly DateOnly Thursday = new(2024, 3, 14);

    private static DateOnly? First(string sentence, DateOnly? published = null) =>
        SentenceDates.Find(sentence, published ?? Thursday) is [var first, ..] ? first.Date : null;

    [Theory]
    [InlineData("The envoys met in Muscat on 12 March 2024.", 2024, 3, 12)]
    [InlineData("The envoys met in Muscat on March 12, 2023.", 2023, 3, 12)]
    [InlineData("The envoys met in Muscat on Tuesday.", 2024, 3, 12)]
    [InlineData("The envoys met in Muscat on Thursday.", 2024, 3, 14)]
    [InlineData("The envoys met in Muscat last Thursday.", 2024, 3, 7)]
    [InlineData("The envoys met in Muscat late Saturday.", 2024, 3, 9)]
    [InlineData("Saturday's talks in Muscat ended without a statement.", 2024, 3, 9)]
    [InlineData("The envoys met in Muscat on March 2.", 2024, 3, 2)]
    [InlineData("The envoys met in Muscat on 2 March.", 2024, 3, 2)]
    [InlineData("The envoys met in Muscat on Dec. 30.", 2023, 12, 30)]
    [InlineData("The envoys met in Muscat yesterday.", 2024, 3, 13)]
    public void A_day_the_sentence_names_is_read_against_the_publication_date(string sentence, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), First(sentence));

    [Theory]
    [InlineData("The envoys met in Muscat last week.")]
    [InlineData("The envoys met in Muscat last month.")]
    [InlineData("The envoys met in Muscat in November.")]
    [InlineData("The envoys met in Muscat in March 2023.")]
    [InlineData("The envoys met in Muscat earlier this year.")]
    [InlineData("The envoys may meet in Muscat again.")]
    public void A_span_vaguer_than_a_day_names_no_day(string sentence) => Assert.Null(First(sentence));

    [Fact]
    public void Without_a_publication_date_only_absolute_dates_are_read()
    {
        Assert.Empty(SentenceDates.Find("The envoys met in Muscat on Tuesday, March 12.", null));
        Assert.Equal(new DateOnly(2024, 3, 12), Assert.Single(SentenceDates.Find("The envoys met in Muscat on 12 March 2024.", null)).Date);
    }

    [Theory]
    [InlineData("The ministry said on Monday that its drones struck the depot.", true)]
    [InlineData("The ministry on Monday said its drones struck the depot.", true)]
    [InlineData("The spokesman told reporters on Monday that the depot was hit.", true)]
    [InlineData("In a statement on Monday, the ministry listed the targets.", true)]
    [InlineData("Its drones struck the depot on Monday, the ministry said.", false)]
    [InlineData("The ministry said its drones struck the depot on Monday.", false)]
    public void A_day_beside_a_word_of_saying_dates_the_statement(string sentence, bool datesStatement) =>
        Assert.Equal(datesStatement, Assert.Single(SentenceDates.Find(sentence, Thursday)).DatesStatement);

    private const string Dated = "• Thursday, 14 March 2024\n\nTalks in Muscat\n\n";

    [Fact]
    public void A_fact_whose_sentence_names_its_day_carries_that_day_as_stated()
    {
        var graph = TestArticles.Extract(Dated + "Omani Foreign Minister Badr Albusaidi met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat on Tuesday.\n");
        var meeting = graph.Relation(EdgeTypes.MetWith, "Badr Albusaidi", "Mohammed bin Abdulrahman Al Thani");
        Assert.NotNull(meeting);
        Assert.Equal((new DateOnly(2024, 3, 12), DateKind.Stated), (meeting.Date, meeting.DateKind));
    }

    [Fact]
    public void A_fact_whose_sentence_names_no_day_carries_the_publication_date_as_reported()
    {
        var graph = TestArticles.Extract(Dated + "Omani Foreign Minister Badr Albusaidi met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat last week.\n");
        var meeting = graph.Relation(EdgeTypes.MetWith, "Badr Albusaidi", "Mohammed bin Abdulrahman Al Thani");
        Assert.NotNull(meeting);
        Assert.Equal((new DateOnly(2024, 3, 14), DateKind.Reported), (meeting.Date, meeting.DateKind));
        Assert.All(graph.Relationships, r => Assert.NotNull(r.Date));
    }

    [Fact]
    public void The_day_a_statement_was_made_is_the_reporting_date_of_what_it_reports_and_the_date_of_an_accusation()
    {
        var graph = TestArticles.Extract(Dated
            + "The Turkish Defense Ministry said on Monday that Turkish forces struck PKK positions in northern Iraq.\n\n"
            + "Iraq's foreign ministry on Tuesday accused Turkey of violating its sovereignty.\n");
        var strike = graph.Relationships.Single(r => r.Type == EdgeTypes.Attacked.Name);
        Assert.Equal((new DateOnly(2024, 3, 11), DateKind.Reported), (strike.Date, strike.DateKind));
        var accusation = graph.Relationships.Single(r => r.Type == EdgeTypes.Accused.Name);
        Assert.Equal((new DateOnly(2024, 3, 12), DateKind.Stated), (accusation.Date, accusation.DateKind));
    }

    [Fact]
    public void An_undated_article_leaves_a_fact_undated_unless_its_sentence_names_a_full_date()
    {
        var graph = TestArticles.Extract("Talks in Muscat\n\n"
            + "Omani Foreign Minister Badr Albusaidi met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat on Tuesday.\n\n"
            + "Albusaidi visited Doha on 3 February 2024.\n");
        var meeting = graph.Relation(EdgeTypes.MetWith, "Badr Albusaidi", "Mohammed bin Abdulrahman Al Thani");
        Assert.NotNull(meeting);
        Assert.Null(meeting.Date);
        var visit = graph.Relation(EdgeTypes.Visited, "Badr Albusaidi", "Doha");
        Assert.NotNull(visit);
        Assert.Equal((new DateOnly(2024, 2, 3), DateKind.Stated), (visit.Date, visit.DateKind));
    }
}
