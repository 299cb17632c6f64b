using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Photo captions kept in an article's text: their facts are kept, marked by their evidence, and worth less.</summary>
public sealed class CaptionTests
{
    private const string Reported = "Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati in Amman on Monday.";
    private const string Caption = "Jordanian Foreign Minister Ayman Safadi (left) meets with Lebanese Prime Minister Najib Mikati in Amman (Jordanian Foreign Ministry/Handout via Reuters)";

    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Thursday, 14 March 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void A_caption_states_its_fact_as_one_whole_line_with_lower_confidence()
    {
        var fromCaption = Extract(Caption).Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati");
        var reported = Extract(Reported).Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati");

        Assert.NotNull(fromCaption);
        Assert.NotNull(reported);
        var evidence = Assert.Single(fromCaption.Evidence);
        Assert.Equal(Caption, evidence.Sentence);
        Assert.True(PhotoCaption.IsCaption(evidence.Sentence));
        Assert.True(fromCaption.Confidence < reported.Confidence, $"caption {fromCaption.Confidence} vs reported {reported.Confidence}");
    }

    [Fact]
    public void The_credit_of_a_caption_yields_no_entity()
    {
        var graph = Extract(Caption);

        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Reuters", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Handout", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_both_reported_and_captioned_keeps_the_reported_confidence()
    {
        var both = Extract(Reported + "\n\n" + Caption).Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati");
        var reported = Extract(Reported).Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati");

        Assert.NotNull(both);
        Assert.Equal(2, both.Evidence.Count);
        Assert.Equal(reported!.Confidence, both.Confidence);
    }
}
