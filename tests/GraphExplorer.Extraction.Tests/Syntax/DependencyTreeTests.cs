using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The walks over a tree, on a hand-built tree of "Iraq 's president met Erdogan ." (offsets as in that text).</summary>
public sealed class DependencyTreeTests
{
    private static readonly DependencyTree Tree = new(
    [
        new SyntaxWord(0, 0, 4, "Iraq", "Iraq", "PROPN", "NNP", 2, "nmod:poss"),
        new SyntaxWord(1, 4, 6, "'s", "'s", "PART", "POS", 0, "case"),
        new SyntaxWord(2, 7, 16, "president", "president", "NOUN", "NN", 3, "nsubj"),
        new SyntaxWord(3, 17, 20, "met", "meet", "VERB", "VBD", -1, "root"),
        new SyntaxWord(4, 21, 28, "Erdogan", "Erdogan", "PROPN", "NNP", 3, "obj"),
        new SyntaxWord(5, 29, 30, ".", ".", "PUNCT", ".", 3, "punct"),
    ]);

    [Fact]
    public void Children_heads_and_relations_with_subtypes()
    {
        var met = Tree.Root!;
        Assert.Equal("met", met.Form);
        Assert.Equal(["president", "Erdogan", "."], Tree.Children(met).Select(w => w.Form));
        Assert.Equal("president", Tree.Child(met, "nsubj")?.Form);
        Assert.Equal("Iraq", Tree.Child(Tree[2], "nmod")?.Form);
        Assert.True(Tree[0].Is("nmod"));
        Assert.False(Tree[0].Is("nmod:desc"));
        Assert.Equal("nmod", Tree[0].BaseRelation);
        Assert.Null(Tree.HeadOf(met));
        Assert.Equal(["president", "met"], Tree.Ancestors(Tree[0]).Select(w => w.Form));
    }

    [Fact]
    public void Words_by_offset_and_by_span()
    {
        Assert.Equal("'s", Tree.WordAt(5)?.Form);
        Assert.Null(Tree.WordAt(6));
        Assert.Equal(["Iraq", "'s", "president"], Tree.WordsIn(0, 16).Select(w => w.Form));
        Assert.Equal("president", Tree.HeadOfSpan(0, 16)?.Form);
        Assert.Equal("Erdogan", Tree.HeadOfSpan(21, 28)?.Form);
        Assert.Null(Tree.HeadOfSpan(30, 40));
        Assert.Equal(["Iraq", "'s", "president"], Tree.Subtree(Tree[2]).Select(w => w.Form));
    }

    [Fact]
    public void A_tree_with_a_bad_head_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DependencyTree([new SyntaxWord(0, 0, 1, "a", "a", "X", "X", 5, "root")]));
    }
}
