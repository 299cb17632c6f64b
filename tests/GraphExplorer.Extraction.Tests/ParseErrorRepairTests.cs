using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
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
    /// words whose form starts with a capital and holds an underscore ("Andean_Army"); words are one space apart, except
    /// around a hyphen (HYPH).
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
            if (parts[2] == "HYPH" && i > 0)
            {
                offset--; // a hyphen joins the words around it ("Qatar-backed")
            }

            var head = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) - 1;
            words[i] = new SyntaxWord(i, offset, offset + form.Length, form, lemmaOf.GetValueOrDefault(form, form.ToLowerInvariant()), parts[1], parts[2], head, parts[4]);
            if (form.Contains('_', StringComparison.Ordinal))
            {
                mentions.Add(new Mention { Start = offset, End = offset + form.Length, Surface = form, Label = NodeLabels.Organization, Canonical = form.Replace('_', ' ') });
            }

            offset += parts[2] == "HYPH" ? form.Length : form.Length + 1;
        }

        return (words, mentions);
    }

    private static DependencyTree Repaired(string spec, string lemmas = "")
    {
        var (words, mentions) = Tree(spec, lemmas);
        return TreeRepairs.Repair(new DependencyTree(words), mentions, TriggerLexicon.Default, Gazetteer.Default);
    }

    private static (int Head, string Relation) Arc(DependencyTree tree, int word) => (tree[word - 1].Head + 1, tree[word - 1].Relation);

    [Fact]
    public void A_sentence_s_repaired_tree_is_repaired_once_for_the_same_parse_and_mentions()
    {
        // agreement resolution and the relation rules read the same sentence: the second reader gets the first one's tree,
        // unless the parse or a mention's span, label or role differs, which a repair reads
        const string Spec = "The/DET/DT/4/det Andean_Army/PROPN/NNP/4/compound struck/NOUN/NN/4/compound positions/NOUN/NNS/0/root "
            + "of/ADP/IN/6/case Dawn_Front/PROPN/NNP/4/nmod ./PUNCT/./4/punct";
        var (words, mentions) = Tree(Spec);
        var parsed = new DependencyTree(words);
        var sentence = new Sentence(0, 0, 60, "The Andean_Army struck positions of Dawn_Front .", isHeadline: false);
        var first = TreeRepairs.RepairOf(sentence, parsed, mentions, TriggerLexicon.Default, Gazetteer.Default);
        Assert.Equal(TreeRepairs.Repair(parsed, mentions, TriggerLexicon.Default, Gazetteer.Default).Words, first.Words);
        Assert.Equal("VERB", first[2].Upos);

        var (_, sameMentions) = Tree(Spec);
        Assert.Same(first, TreeRepairs.RepairOf(sentence, parsed, sameMentions, TriggerLexicon.Default, Gazetteer.Default));

        sameMentions[0].Role = MentionRole.Modifier;
        var relabelled = TreeRepairs.RepairOf(sentence, parsed, sameMentions, TriggerLexicon.Default, Gazetteer.Default);
        Assert.NotSame(first, relabelled);
        Assert.Equal(TreeRepairs.Repair(parsed, sameMentions, TriggerLexicon.Default, Gazetteer.Default).Words, relabelled.Words);

        var reparsed = new DependencyTree(words);
        Assert.NotSame(relabelled, TreeRepairs.RepairOf(sentence, reparsed, sameMentions, TriggerLexicon.Default, Gazetteer.Default));
    }

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
    [Fact]
    public void A_hyphened_participle_read_as_the_verb_gives_the_clause_back_to_the_verb_after_its_noun()
    {
        // "In 2019 Andean_Army and Chilean-backed militias displaced farmers ." read as "Andean_Army backed militias"
        var tree = Repaired("In/ADP/IN/2/case 2019/NUM/CD/7/obl Andean_Army/PROPN/NNP/7/nsubj and/CCONJ/CC/7/cc Chilean/ADJ/JJ/7/advmod -/PUNCT/HYPH/5/punct "
            + "backed/VERB/VBD/0/root militias/NOUN/NNS/7/obj displaced/VERB/VBD/7/xcomp farmers/NOUN/NNS/9/obj ./PUNCT/./7/punct", "backed=back");
        Assert.Equal((0, "root"), Arc(tree, 9));
        Assert.Equal((9, "nsubj"), Arc(tree, 3));
        Assert.Equal((3, "conj"), Arc(tree, 8));
        Assert.Equal((8, "amod"), Arc(tree, 7));
        Assert.Equal((8, "cc"), Arc(tree, 4));
        Assert.Equal((9, "obl"), Arc(tree, 2));
        Assert.Equal((9, "punct"), Arc(tree, 11));
    }

    [Fact]
    public void A_participle_without_a_hyphen_stays_the_verb()
    {
        var tree = Repaired("Andean_Army/PROPN/NNP/2/nsubj backed/VERB/VBD/0/root militias/NOUN/NNS/2/obj that/PRON/WDT/5/nsubj displaced/VERB/VBD/3/acl:relcl "
            + "farmers/NOUN/NNS/5/obj ./PUNCT/./2/punct", "backed=back");
        Assert.Equal((0, "root"), Arc(tree, 2));
    }

    [Fact]
    public void A_phrase_hung_on_a_month_belongs_to_what_the_date_dates()
    {
        // "an accord signed in March 2021 between Andean_Army and Dawn_Front , with the help of observers" with the date on "help"
        var tree = Repaired("an/DET/DT/2/det accord/NOUN/NN/0/root signed/VERB/VBN/2/acl in/ADP/IN/5/case March/PROPN/NNP/16/obl 2021/NUM/CD/5/nmod:unmarked "
            + "between/ADP/IN/8/case Andean_Army/PROPN/NNP/5/nmod and/CCONJ/CC/10/cc Dawn_Front/PROPN/NNP/8/conj ,/PUNCT/,/5/punct with/ADP/IN/14/case "
            + "the/DET/DT/14/det help/NOUN/NN/2/nmod of/ADP/IN/16/case observers/NOUN/NNS/14/nmod");
        Assert.Equal((3, "obl"), Arc(tree, 5));
        Assert.Equal((3, "obl"), Arc(tree, 8));
        var right = Repaired("Andean_Army/PROPN/NNP/4/nsubj on/ADP/IN/3/case Monday/PROPN/NNP/4/obl met/VERB/VBD/0/root Dawn_Front/PROPN/NNP/4/obj ./PUNCT/./4/punct");
        Assert.Equal((4, "obl"), Arc(right, 3));
    }
    [Fact]
    public void A_verb_the_lexicon_knows_as_no_noun_read_as_a_subject_in_a_verbless_sentence_is_the_verb()
    {
        // "The Andean_Army coordinate with Dawn_Front on the crossings ." rooted on "crossings"
        var tree = Repaired("The/DET/DT/3/det Andean_Army/PROPN/NNP/3/compound coordinate/NOUN/NN/8/nsubj with/ADP/IN/5/case Dawn_Front/PROPN/NNP/3/nmod "
            + "on/ADP/IN/8/case the/DET/DT/8/det crossings/NOUN/NNS/0/root ./PUNCT/./8/punct");
        Assert.Equal(("VERB", (0, "root")), (tree[2].Upos, Arc(tree, 3)));
        Assert.Equal((3, "nsubj"), Arc(tree, 2));
        Assert.Equal((3, "obl"), Arc(tree, 5));
        Assert.Equal((3, "obl"), Arc(tree, 8));
    }

    [Fact]
    public void A_participle_between_a_name_and_the_object_the_name_was_given_is_the_verb()
    {
        // "Andean_Army fired rockets at Dawn_Front on Sunday ." rooted on the name
        var tree = Repaired("Andean_Army/PROPN/NNP/0/root fired/VERB/VBN/3/amod rockets/NOUN/NNS/1/obj at/ADP/IN/5/case Dawn_Front/PROPN/NNP/3/nmod "
            + "on/ADP/IN/7/case Sunday/PROPN/NNP/1/nmod ./PUNCT/./1/punct", "fired=fire");
        Assert.Equal((0, "root"), Arc(tree, 2));
        Assert.Equal((2, "nsubj"), Arc(tree, 1));
        Assert.Equal((2, "obj"), Arc(tree, 3));
        Assert.Equal((2, "obl"), Arc(tree, 5));
        Assert.Equal((2, "obl"), Arc(tree, 7));
        Assert.Equal((2, "punct"), Arc(tree, 8));
    }

    [Fact]
    public void A_past_form_read_as_the_subject_of_a_participle_is_the_verb()
    {
        // "Andean_Army struck suspected Dawn_Front depots ." with "suspected" the verb
        var tree = Repaired("Andean_Army/PROPN/NNP/2/compound struck/NOUN/NN/3/nsubj suspected/VERB/VBD/0/root Dawn_Front/PROPN/NNP/5/compound "
            + "depots/NOUN/NNS/3/obj ./PUNCT/./3/punct", "suspected=suspect");
        Assert.Equal(("VERB", (0, "root")), (tree[1].Upos, Arc(tree, 2)));
        Assert.Equal((2, "nsubj"), Arc(tree, 1));
        Assert.Equal((5, "amod"), Arc(tree, 3));
        Assert.Equal((2, "obj"), Arc(tree, 5));
        var noun = Repaired("Andean_Army/PROPN/NNP/2/compound strikes/NOUN/NNS/3/nsubj resumed/VERB/VBD/0/root Dawn_Front/PROPN/NNP/5/compound "
            + "attacks/NOUN/NNS/3/obj ./PUNCT/./3/punct", "strikes=strike");
        Assert.Equal((3, "nsubj"), Arc(noun, 2));
    }
    [Fact]
    public void A_name_hyphened_to_a_participle_depends_on_it()
    {
        // "The front includes Qatar-backed militias ." with "Qatar" read as a second object
        var tree = Repaired("The/DET/DT/2/det front/NOUN/NN/3/nsubj includes/VERB/VBZ/0/root Qatar_state/PROPN/NNP/3/obj -/PUNCT/HYPH/6/punct "
            + "backed/VERB/VBN/7/amod militias/NOUN/NNS/3/obj ./PUNCT/./3/punct", "backed=back");
        Assert.Equal((6, "obl:unmarked"), Arc(tree, 4));
        Assert.Equal((4, "punct"), Arc(tree, 5));
        var spaced = Repaired("The/DET/DT/2/det front/NOUN/NN/3/nsubj includes/VERB/VBZ/0/root Qatar_state/PROPN/NNP/3/obj and/CCONJ/CC/6/cc "
            + "backed/VERB/VBN/7/amod militias/NOUN/NNS/3/obj ./PUNCT/./3/punct", "backed=back");
        Assert.Equal((3, "obj"), Arc(spaced, 4));
    }
    [Fact]
    public void A_word_hyphened_to_the_next_belongs_to_the_hyphens_phrase()
    {
        // "calming the Chilean-Peruvian border" with "Chilean" read as an object of its own
        var tree = Repaired("Lima/PROPN/NNP/2/nsubj calmed/VERB/VBD/0/root the/DET/DT/4/det Chilean/PROPN/NNP/2/obj -/PUNCT/HYPH/7/punct Peruvian/ADJ/JJ/7/amod "
            + "border/NOUN/NN/2/obj ./PUNCT/./2/punct", "calmed=calm");
        Assert.Equal((7, "compound"), Arc(tree, 4));
        Assert.Equal(4, tree[4].Head + 1);
    }

    [Fact]
    public void A_finite_verb_hung_as_a_clause_on_the_root_name_is_its_verb()
    {
        // "Minister_Ruiz on Monday received a delegation ." rooted on the name
        var tree = Repaired("Minister_Ruiz/PROPN/NNP/0/root on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod received/VERB/VBD/1/acl a/DET/DT/6/det delegation/NOUN/NN/4/obj "
            + "./PUNCT/./1/punct", "received=receive");
        Assert.Equal((0, "root"), Arc(tree, 4));
        Assert.Equal((4, "nsubj"), Arc(tree, 1));
        Assert.Equal((4, "obl"), Arc(tree, 3));
        Assert.Equal((4, "punct"), Arc(tree, 7));
        var participle = Repaired("Minister_Ruiz/PROPN/NNP/0/root ,/PUNCT/,/3/punct received/VERB/VBN/1/acl by/ADP/IN/5/case crowds/NOUN/NNS/3/obl ./PUNCT/./1/punct", "received=receive");
        Assert.Equal((1, "acl"), Arc(participle, 3));
    }
    [Fact]
    public void A_noun_read_as_the_subject_of_a_participle_that_a_later_verb_governs_is_modified_by_it()
    {
        // "The raids targeting Dawn_Front came after talks ." with "raids" the subject of "targeting"
        var tree = Repaired("The/DET/DT/2/det raids/NOUN/NNS/3/nsubj targeting/VERB/VBG/5/nsubj Dawn_Front/PROPN/NNP/3/obj came/VERB/VBD/0/root "
            + "after/ADP/IN/7/case talks/NOUN/NNS/5/obl ./PUNCT/./5/punct", "targeting=target");
        Assert.Equal((5, "nsubj"), Arc(tree, 2));
        Assert.Equal((2, "acl"), Arc(tree, 3));
        var rooted = Repaired("The/DET/DT/2/det raids/NOUN/NNS/3/nsubj targeting/VERB/VBG/0/root Dawn_Front/PROPN/NNP/3/obj followed/VERB/VBD/3/xcomp ./PUNCT/./3/punct", "targeting=target");
        Assert.Equal((0, "root"), Arc(rooted, 5));
        Assert.Equal((5, "nsubj"), Arc(rooted, 2));
        Assert.Equal((2, "acl"), Arc(rooted, 3));
        var clause = Repaired("Andean_Army/PROPN/NNP/2/nsubj said/VERB/VBD/0/root troops/NOUN/NNS/4/nsubj leaving/VERB/VBG/2/ccomp the/DET/DT/6/det valley/NOUN/NN/4/obj ./PUNCT/./2/punct");
        Assert.Equal((4, "nsubj"), Arc(clause, 3));
    }

    [Fact]
    public void A_hyphened_participle_with_the_conjunction_on_its_name_and_the_later_verb_an_adverbial_clause()
    {
        // "In 2019 , Andean_Army and Chilean-backed fighters displaced farmers ." read as "Andean_Army [and Chilean]-backed
        // fighters", "displaced" an adverbial clause of "backed"
        var tree = Repaired("In/ADP/IN/2/case 2019/NUM/CD/8/obl ,/PUNCT/,/2/punct Andean_Army/PROPN/NNP/8/nsubj and/CCONJ/CC/6/cc Chilean/ADJ/JJ/4/conj "
            + "-/PUNCT/HYPH/6/punct backed/VERB/VBN/0/root fighters/NOUN/NNS/8/obj displaced/VERB/VBD/8/advcl farmers/NOUN/NNS/10/obj ./PUNCT/./8/punct", "backed=back");
        Assert.Equal((0, "root"), Arc(tree, 10));
        Assert.Equal((10, "nsubj"), Arc(tree, 4));
        Assert.Equal((4, "conj"), Arc(tree, 9));
        Assert.Equal((9, "cc"), Arc(tree, 5));
        Assert.Equal((9, "amod"), Arc(tree, 8));
        Assert.Equal(8, Arc(tree, 6).Head);
    }

    [Fact]
    public void A_hyphened_participle_read_as_the_clausal_subject_of_the_later_verb()
    {
        // "Andean_Army and Chilean-backed militias displaced farmers ." read with "Andean_Army backed militias" the subject of "displaced"
        var tree = Repaired("Andean_Army/PROPN/NNP/5/nsubj and/CCONJ/CC/5/cc Chilean/ADJ/JJ/5/advmod -/PUNCT/HYPH/3/punct backed/VERB/VBD/7/nsubj "
            + "militias/NOUN/NNS/5/obj displaced/VERB/VBD/0/root farmers/NOUN/NNS/7/obj ./PUNCT/./7/punct", "backed=back");
        Assert.Equal((0, "root"), Arc(tree, 7));
        Assert.Equal((7, "nsubj"), Arc(tree, 1));
        Assert.Equal((1, "conj"), Arc(tree, 6));
        Assert.Equal((6, "amod"), Arc(tree, 5));
        Assert.Equal((6, "cc"), Arc(tree, 2));

        // without a conjunction the participle's clause is left as the parser read it
        var alone = Repaired("Andean_Army/PROPN/NNP/4/nsubj Chilean/ADJ/JJ/4/advmod -/PUNCT/HYPH/2/punct backed/VERB/VBD/6/csubj "
            + "militias/NOUN/NNS/4/obj displaced/VERB/VBD/0/root farmers/NOUN/NNS/6/obj ./PUNCT/./6/punct", "backed=back");
        Assert.Equal((6, "csubj"), Arc(alone, 4));
    }

    [Fact]
    public void A_named_adjective_hung_on_the_first_word_of_a_compound_modifies_its_head()
    {
        // "Chilean air strikes continued ." with "Chilean" on "air"
        var tree = Repaired("Chilean_state/ADJ/JJ/2/amod air/NOUN/NN/3/compound strikes/NOUN/NNS/4/nsubj continued/VERB/VBD/0/root ./PUNCT/./4/punct");
        Assert.Equal((3, "amod"), Arc(tree, 1));

        // an adjective that names nothing keeps its head ("high school teachers")
        var plain = Repaired("high/ADJ/JJ/2/amod school/NOUN/NN/3/compound teachers/NOUN/NNS/4/nsubj struck/VERB/VBD/0/root ./PUNCT/./4/punct");
        Assert.Equal((2, "amod"), Arc(plain, 1));
    }

    [Fact]
    public void Two_nominals_side_by_side_read_as_two_subjects_are_a_modifier_and_its_noun()
    {
        // headline "Andean_state ANDCOM Conducts Strikes in Lima"
        var tree = Repaired("Andean_state/PROPN/NNP/3/nsubj ANDCOM/PROPN/NNP/3/nsubj Conducts/VERB/VBZ/0/root Strikes/NOUN/NNS/3/obj in/ADP/IN/6/case Lima/PROPN/NNP/4/nmod");
        Assert.Equal((2, "compound"), Arc(tree, 1));
        Assert.Equal((3, "nsubj"), Arc(tree, 2));

        // subjects a conjunction joins are left alone
        var joined = Repaired("Andean_Army/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Chilean_Army/PROPN/NNP/4/nsubj met/VERB/VBD/0/root ./PUNCT/./4/punct");
        Assert.Equal((4, "nsubj"), Arc(joined, 1));
    }

    [Fact]
    public void A_month_read_into_the_subject_with_a_name_after_its_comma_dates_the_clause()
    {
        // "At 9:00 Jan. 5 , Andean_Command forces conducted strikes ." with "Jan." the first word of the subject's compound
        var tree = Repaired("At/ADP/IN/2/case 9:00/NUM/CD/3/nummod Jan./PROPN/NNP/7/compound 5/NUM/CD/3/flat ,/PUNCT/,/6/punct Andean_Command/PROPN/NNP/3/appos "
            + "forces/NOUN/NNS/8/nsubj conducted/VERB/VBD/0/root strikes/NOUN/NNS/8/obj ./PUNCT/./8/punct");
        Assert.Equal((7, "compound"), Arc(tree, 6));
        Assert.Equal((8, "obl:tmod"), Arc(tree, 3));
        Assert.Equal((0, "root"), Arc(tree, 8));
        Assert.Equal((8, "nsubj"), Arc(tree, 7));

        // a month inside the subject with no name after a comma stays ("the Jan. 5 strikes killed two")
        var kept = Repaired("the/DET/DT/4/det Jan./PROPN/NNP/4/compound 5/NUM/CD/2/nummod strikes/NOUN/NNS/5/nsubj killed/VERB/VBD/0/root two/NUM/CD/5/obj");
        Assert.Equal((4, "compound"), Arc(kept, 2));
    }

    [Fact]
    public void A_verb_read_as_a_noun_compound_in_a_clause_that_that_opens_is_its_verb()
    {
        // "The ministry said that Andean_Army struck positions ." with "that" and "positions" read as possessors of "said"
        var tree = Repaired("The/DET/DT/2/det ministry/NOUN/NN/3/nsubj said/VERB/VBD/0/root that/PRON/WDT/3/nmod:poss Andean_Army/PROPN/NNP/6/compound "
            + "struck/NOUN/NN/7/compound positions/NOUN/NNS/3/nmod:poss ./PUNCT/./3/punct", "struck=struck");
        Assert.Equal(("VERB", (3, "ccomp")), (tree[5].Upos, Arc(tree, 6)));
        Assert.Equal((6, "nsubj"), Arc(tree, 5));
        Assert.Equal((6, "obj"), Arc(tree, 7));
        Assert.Equal((6, "mark"), Arc(tree, 4));

        // with a verb and no "that" before the name, the compound is left as read
        var kept = Repaired("The/DET/DT/4/det Andean_Army/PROPN/NNP/4/compound struck/NOUN/NN/4/compound positions/NOUN/NNS/5/nsubj fell/VERB/VBD/0/root ./PUNCT/./5/punct", "struck=struck");
        Assert.Equal(("NOUN", (4, "compound")), (kept[2].Upos, Arc(kept, 3)));
    }
}
