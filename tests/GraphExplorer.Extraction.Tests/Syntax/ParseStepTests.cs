using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>
/// The parse step parses the sentences whose tree a later step reads (a trigger of the lexicon in any inflection,
/// or a backing participle) and leaves the others without one, which changes no fact.
/// </summary>
public sealed class ParseStepTests
{
    [Fact]
    public void Sentences_with_a_trigger_or_a_backing_participle_get_a_tree_and_the_others_do_not()
    {
        var text = "Harbour news\n2024-05-02\n\n"
            + "Norway signed a fisheries accord with Iceland in Oslo on Monday. "
            + "The weather was mild and the markets were calm. "
            + "The Iran-backed militia controls the old road. "
            + "Officials from both countries later met the harbour board.";
        var (_, context) = new ArticlePipeline().Run(new SourceDocument("parse_step", text, SourceDocument.PlainText, "hash"));
        var trees = context.Sentences.ToDictionary(s => s.Text.Trim(), s => s.Syntax);

        var signing = trees["Norway signed a fisheries accord with Iceland in Oslo on Monday."];
        Assert.NotNull(signing);
        Assert.Equal("signed", signing.Single(w => w.Relation == "root").Form);
        Assert.Null(trees["The weather was mild and the markets were calm."]);
        Assert.NotNull(trees["The Iran-backed militia controls the old road."]);
        Assert.NotNull(trees["Officials from both countries later met the harbour board."]);
    }
}
