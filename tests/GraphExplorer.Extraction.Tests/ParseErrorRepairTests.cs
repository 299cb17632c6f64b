using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Relations.Clauses;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Parser errors of the shipped model that the relation rules cannot read around, given as the wrong tree the parser
/// makes (mentions folded into one word, as the pipeline parses them) and mended by the repairs in
/// Relations/Clauses/MentionFolding.cs and TreeRepairs.cs; each test also shows a tree the repair must leave alone.
/// </summary>
public sealed class ParseErrorRepairTests
{
    /// <summary>
    /// A tree from "form/upos/xpos/head/relation" items (head 0 is the root, others count from 1), with the mentions on the
    /// words whose form starts with a capital and holds an underscore ("Andean_Army").
    /// </summary>
    private static (SyntaxWord[] Words, List<Mention> Mentions) Tree(string spec, string lemmas = "")
    {
        var items = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lemmaOf = lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var words = new SyntaxWord[items.Length];
        var mentions = new List<Mention>();
        var offset = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var parts = items[i].Split('/');
            var form = parts[0];
            var head = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) - 1;
            words[i] = new SyntaxWord(i, offset, offset + form.Length, form, lemmaOf.GetValueOrDefault(form, form.ToLowerInvariant()), parts[1], parts[2], head, parts[4]);
            if (form.Contains('_', StringComparison.Ordinal))
            {
                mentions.Add(new Mention { Start = offset, End = offset + form.Length, Surface = form, Label = NodeLabels.Organization, Canonical = form.Replace('_', ' ') });
            }

            offset += form.Length + 1;
        }

        return (words, mentions);
    }

    private static DependencyTree Repaired(string spec, string lemmas = "")
    {
        var (words, mentions) = Tree(spec, lemmas);
        return TreeRepairs.Repair(new DependencyTree(words), mentions, TriggerLexicon.Default);
    }

    private static (int Head, string Relation) Arc(DependencyTree tree, int word) => (tree[word - 1].Head + 1, tree[word - 1].Relation);

    [Fact]
    public void A_name_read_as_an_adjective_coordinated_with_a_modifier_is_the_first_conjunct()
    {
        // "Chilean_Army and Bolivian-trained militias displaced farmers ." read as "[Chilean_Army and Bolivian-trained] militias"
        var (words, mentions) = Tree("Chilean_Army/PROPN/NNP/5/amod and/CCONJ/CC/4/cc Bolivian/ADJ/JJ/4/compound trained/VERB/VBN/5/amod "
            + "militias/NOUN/NNS/6/nsubj displaced/VERB/VBD/0/root farmers/NOUN/NNS/6/obj ./PUNCT/./6/punct");
        var atWord = words.Select(w => mentions.FirstOrDefault(m => m.Start == w.Start)).ToList();
        MentionFolding.RepairNamesReadAsModifiers(words, atWord);
        Assert.Equal((5, "nsubj"), (words[0].Head, words[0].Relation));
        Assert.Equal((0, "conj"), (words[4].Head, words[4].Relation));
        Assert.Equal(4, words[1].Head);
    }

    [Fact]
    public void A_state_adjective_coordinated_with_another_stays_a_modifier()
    {
        // "US and Iraqi forces": two states modify one noun
        var (words, mentions) = Tree("US_state/PROPN/NNP/4/amod and/CCONJ/CC/3/cc Iraqi/ADJ/JJ/4/amod forces/NOUN/NNS/5/nsubj met/VERB/VBD/0/root ./PUNCT/./5/punct");
        mentions[0].Label = NodeLabels.Country;
        var atWord = words.Select(w => mentions.FirstOrDefault(m => m.Start == w.Start)).ToList();
        var before = words.ToArray();
        MentionFolding.RepairNamesReadAsModifiers(words, atWord);
        Assert.Equal(before, words);
    }

    [Fact]
    public void A_verb_read_as_a_noun_compound_in_a_verbless_sentence_is_its_verb()
    {
        var tree = Repaired("The/DET/DT/4/det Andean_Army/PROPN/NNP/4/compound struck/NOUN/NN/4/compound positions/NOUN/NNS/0/root "
            + "of/ADP/IN/6/case Dawn_Front/PROPN/NNP/4/nmod ./PUNCT/./4/punct");
        Assert.Equal(("VERB", -1), (tree[2].Upos, tree[2].Head));
        Assert.Equal((3, "nsubj"), Arc(tree, 2));
        Assert.Equal((3, "obj"), Arc(tree, 4));
        Assert.Equal((2, "det"), Arc(tree, 1));
        Assert.Equal((3, "punct"), Arc(tree, 7));
    }

    [Fact]
    public void A_bare_noun_that_could_be_a_verb_stays_a_noun()
    {
        // "the Andean_Army strike positions": the lemma itself is a noun as often as a verb
        var tree = Repaired("The/DET/DT/4/det Andean_Army/PROPN/NNP/4/compound strike/NOUN/NN/4/compound positions/NOUN/NNS/0/root ./PUNCT/./4/punct");
        Assert.Equal(("NOUN", (4, "compound")), (tree[2].Upos, Arc(tree, 3)));
        var withVerb = Repaired("Andean_Army/PROPN/NNP/3/compound struck/NOUN/NN/3/compound positions/NOUN/NNS/4/nsubj remained/VERB/VBD/0/root ./PUNCT/./4/punct");
        Assert.Equal("NOUN", withVerb[1].Upos);
    }

    [Fact]
    public void A_loose_participle_after_a_noun_is_its_relative_and_the_adjunct_after_it_belongs_to_the_clause()
    {
        // "Andean_Army launched strikes against groups based in Lima , accusing them of plots ." with "based" on the clause
        var tree = Repaired("Andean_Army/PROPN/NNP/2/nsubj launched/VERB/VBD/0/root strikes/NOUN/NNS/2/obj against/ADP/IN/5/case groups/NOUN/NNS/2/obl "
            + "based/VERB/VBN/2/dep in/ADP/IN/8/case Lima/PROPN/NNP/6/obl ,/PUNCT/,/10/punct accusing/VERB/VBG/6/advcl them/PRON/PRP/10/obj "
            + "of/ADP/IN/13/case plots/NOUN/NNS/10/obl ./PUNCT/./2/punct", "based=base accusing=accuse");
        Assert.Equal((5, "acl"), Arc(tree, 6));
        Assert.Equal((2, "advcl"), Arc(tree, 10));
    }

    [Fact]
    public void A_participle_with_its_own_subject_is_no_relative()
    {
        var tree = Repaired("Andean_Army/PROPN/NNP/2/nsubj left/VERB/VBD/0/root the/DET/DT/4/det camps/NOUN/NNS/2/obj Dawn_Front/PROPN/NNP/6/nsubj "
            + "abandoned/VERB/VBN/2/dep ./PUNCT/./2/punct");
        Assert.Equal((2, "dep"), Arc(tree, 6));
    }

    [Fact]
    public void A_clause_read_as_the_subject_of_a_later_conjunct_heads_the_sentence()
    {
        // "Dawn_Front forces conducted airstrikes against Andean_Army and affiliated groups ." rooted on "groups"
        var tree = Repaired("Dawn_Front/PROPN/NNP/2/compound forces/NOUN/NNS/3/nsubj conducted/VERB/VBD/9/nsubj airstrikes/NOUN/NNS/3/obj "
            + "against/ADP/IN/6/case Andean_Army/PROPN/NNP/4/nmod and/CCONJ/CC/8/cc affiliated/VERB/VBN/9/amod groups/NOUN/NNS/0/root ./PUNCT/./9/punct");
        Assert.Equal((0, "root"), Arc(tree, 3));
        Assert.Equal((6, "conj"), Arc(tree, 9));
        Assert.Equal((3, "punct"), Arc(tree, 10));
    }

    [Fact]
    public void A_noun_phrase_subject_of_a_later_verb_is_left_alone()
    {
        // a verb that really is inside a noun phrase's relative ("the groups Andean_Army trained fled") keeps its place
        var tree = Repaired("the/DET/DT/2/det groups/NOUN/NNS/5/nsubj Andean_Army/PROPN/NNP/4/nsubj trained/VERB/VBD/2/acl:relcl fled/VERB/VBD/0/root ./PUNCT/./5/punct");
        Assert.Equal((2, "acl:relcl"), Arc(tree, 4));
    }
}
