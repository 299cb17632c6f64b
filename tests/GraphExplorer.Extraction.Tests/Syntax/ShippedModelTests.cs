using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The embedded model: accuracy on the EWT test file (the targets), lemmas, the tree it builds.</summary>
public sealed class ShippedModelTests(ITestOutputHelper output)
{
    [Fact]
    public void The_test_file_scores_stay_at_the_shipped_models_level()
    {
        var test = Treebank.Test;
        if (test is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var scores = SyntaxEvaluator.Evaluate(SyntaxModel.Default, test);
        output.WriteLine(scores.ToString());
        Assert.Equal(25_094, scores.Words);
        // the shipped model's own scores (MODEL.md), so that a retrained or broken model that does worse fails; issue 9's
        // targets (UAS 0.88, LAS 0.85) are not met by this greedy perceptron parser (MODEL.md says by how much and why)
        Assert.True(scores.Upos >= 0.95, $"UPOS {scores.Upos:0.0000} < 0.95");
        Assert.True(scores.Uas >= 0.85, $"UAS {scores.Uas:0.0000} < 0.85");
        Assert.True(scores.Las >= 0.82, $"LAS {scores.Las:0.0000} < 0.82");
    }

    [Theory]
    [InlineData("The two presidents met in Baghdad.", "met", "meet")]
    [InlineData("Both countries signed the accord.", "signed", "sign")]
    [InlineData("The talks ended on Monday.", "talks", "talk")]
    [InlineData("Ankara accused the group of the attack.", "accused", "accuse")]
    [InlineData("The drone strikes hit a convoy.", "strikes", "strike")]
    [InlineData("The minister held a meeting in Erbil.", "held", "hold")]
    [InlineData("Militias were fighting near the border.", "fighting", "fight")]
    [InlineData("He visited the camps.", "camps", "camp")]
    [InlineData("Iran denies the reports.", "denies", "deny")]
    [InlineData("Officials are worried.", "are", "be")]
    [InlineData("The spokesman declined to comment on the raid.", "declined", "decline")]
    [InlineData("Kurdish officials have declined every invitation since March.", "declined", "decline")]
    [InlineData("Baghdad is declining to extradite the suspects.", "declining", "decline")]
    [InlineData("The envoy joined the talks late.", "joined", "join")]
    [InlineData("The ministry explained its decision.", "explained", "explain")]
    public void Verbs_and_nouns_get_their_lemmas(string sentence, string form, string lemma)
    {
        var word = SyntaxModel.Default.Parse(sentence).Single(w => w.Form == form);
        Assert.Equal(lemma, word.Lemma);
    }

    [Fact]
    public void Proper_names_keep_their_form_as_lemma_and_their_offsets()
    {
        const string text = "Intro. Mohammed Shia’ al-Sudani visited Tehran.";
        var start = text.IndexOf('M', StringComparison.Ordinal);
        var tree = SyntaxModel.Default.Parse(text, start, text.Length);
        foreach (var word in tree)
        {
            Assert.Equal(word.Form, text[word.Start..word.End]);
        }

        var shia = tree.Single(w => w.Form == "Shia’");
        Assert.Equal("Shia’", shia.Lemma);
        Assert.Equal("PROPN", shia.Upos);
        var name = tree.HeadOfSpan(start, text.IndexOf(" visited", StringComparison.Ordinal));
        Assert.NotNull(name);
        Assert.Equal("nsubj", name.Relation);
        Assert.Equal("visited", tree.HeadOf(name)?.Form);
    }

    [Fact]
    public void Every_parse_is_one_tree()
    {
        foreach (var sentence in new[] { "Yes.", "", "?!", "The the the the.", "Erbil , Baghdad , Basra , Mosul , Kirkuk", "A" + new string('a', 300) + " b." })
        {
            var tree = SyntaxModel.Default.Parse(sentence);
            if (tree.Count == 0)
            {
                Assert.Equal("", sentence.Trim());
                continue;
            }

            Assert.Single(tree, w => w.IsRoot);
            Assert.Equal("root", tree.Root!.Relation);
            Assert.All(tree, w => Assert.True(tree.Dominates(tree.Root, w), $"{w} is not under the root in '{sentence}'"));
        }
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_its_reason()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(stream));
        Assert.StartsWith("Not a usable syntax model", error.Message, StringComparison.Ordinal);
    }
}
