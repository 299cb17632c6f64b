using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Relations.Clauses;

/// <summary>
/// Repairs of systematic parser errors that the relation rules would otherwise have to read around, made on a copy
/// of the tree before the rules read it. Each repair is a construction, recognized by its shape and the lexicon,
/// never by its words:
/// <list type="bullet">
/// <item>a passive read as a copula with an adjective ("three soldiers were wounded by X" with "wounded" an adjective): the
/// participle of a verb of the lexicon after "be" is the passive verb;</item>
/// <item>a verb trigger tagged as a noun in verb position ("Both A and B now label X an extremist network"): a word
/// whose lemma or form is a verb of the lexicon, with a subject before it and no determiner, copula or possessor of
/// its own, is the verb; the bare noun phrases after it are its objects; so is one right after "to" ("the council's
/// decision to label X");</item>
/// <item>a small clause read as one noun phrase ("label X an extremist network", "designated the group a terrorist
/// organization"): the object of a verb that takes a predicate, holding a name that has a determiner of its own before
/// the object's determiner, is two phrases: the name is the object, the rest the predicate (xcomp); two objects of such
/// a verb are an object and its predicate; an as-phrase right after its object, hung on a verb above, is its predicate;</item>
/// <item>a phrase hung inside an apposition the comma before it closes ("blamed X, an alliance of factions, for the
/// bombing"): the phrase belongs to what governs the apposition's anchor;</item>
/// <item>examples hung on the clause ("strikes against Syrian targets, such as X commanders" with "such as" on the
/// verb): examples name instances of the noun right before them;</item>
/// <item>a phrase hung on a punctuation mark depends on the clause's verb before it;</item>
/// <item>a by-phrase hung on an active verb right after its event-noun object is the event's agent ("condemned the
/// bombing by X");</item>
/// <item>an attack relative clause hung on the place of an event ("the attack on a camp that killed two soldiers")
/// describes the event;</item>
/// <item>a verb of the lexicon read as the first word of a noun compound, or as the subject of a noun, in a sentence
/// without a verb or in a clause that "that" opens ("X struck positions of Y", "X coordinate with Y on the crossings") is the verb;</item>
/// <item>a participle between a name and an object the name was given ("Hezbollah fired rockets at X" rooted on the name) is
/// the verb;</item>
/// <item>a past participle left loose right after a noun is a reduced relative on it ("groups based in Iraq"), and a
/// participle clause after the comma that closes such a relative belongs to the clause governing its noun;</item>
/// <item>a finite clause with its subject, read as the subject of a noun phrase after it, heads the sentence, and that
/// noun phrase is a conjunct of the word before its conjunction;</item>
/// <item>a participle hyphened to the word before it ("Russian-backed") read as the clause's verb gives the clause back to
/// the finite verb after its noun;</item>
/// <item>a finite verb hung as a clause on the root name is the verb of which the name is the subject, and so is a past form
/// of the lexicon with an object or a with-phrase after a root noun phrase ("The two ministers dined with X"); a word hyphened
/// to the next belongs to the hyphen's phrase ("the Jordanian-Syrian border");</item>
/// <item>an irregular past form of the lexicon heading the sentence as a noun with the name before it its compound ("Iraqi
/// troops fought alongside X") is the verb, the name its subject;</item>
/// <item>a noun before a present participle read as the participle's subject, when the participle clause is an argument
/// of a later verb, is that argument with the participle as its reduced relative ("the strikes targeting X came");</item>
/// <item>two nominals side by side read as two subjects of one verb: the first modifies the second;</item>
/// <item>an adjective naming a country hung on the first word of a noun compound modifies the compound's head;</item>
/// <item>a month read as the first word of the subject's compound, with the name after its comma in apposition,
/// dates the clause, and the name is the subject's compound;</item>
/// <item>a phrase hung on a month or weekday belongs to what the date phrase dates, and a date phrase hung on a word
/// after it dates the verb before it;</item>
/// <item>a title-case headline verb whose subject follows the root name and its comma ("Kuwait, Saudi Arabia Conclude
/// Pact") heads the headline, the two names its coordinated subject;</item>
/// <item>a prepositional phrase set off between the subject and the verb ("X, despite their dispute, signed Y", "X, with
/// support from Y, seized Z") read as the root: the verb heads the clause, the phrase is its oblique;</item>
/// <item>the subject of a speech verb's bare complement clause read as the speech verb's object ("X says Y troops
/// occupy Z") is the clause's subject;</item>
/// <item>a gerund of an event noun of the lexicon, the subject of a verb and with no arguments of its own ("Fighting
/// broke out between A and B"), is the noun; so is an event noun's plural read as a verb, the object of a light verb
/// ("had held talks there"); so is a gerund read as the complement of a verb whose trigger row names it as its object
/// ("received funding from X");</item>
/// <item>a verb of the lexicon that no noun row knows, read as the last conjunct of the root name with the second name
/// its compound ("A and the B accuse C of X"), is the verb, the two names its coordinated subject;</item>
/// <item>a place or time phrase hung on a person named as a verb's object ("received X in Tehran on Sunday") depends on
/// the verb;</item>
/// <item>a noun phrase between the comma closing a fronted adverbial and the root verb, hung inside the fronted clause
/// ("Meeting in Baghdad, A and B agreed", "Speaking after talks with X, Minister Y said"), is the root's subject;</item>
/// <item>a gerund of an event noun right after the noun it hangs on ("Intelligence sharing between A and B") is the
/// compound's head; a verb of the lexicon read as an adjective of its own object ("A and B exchange information") is the
/// verb, in a sentence without a verb or in a reported clause; "having" is a perfect auxiliary, never a passive one;</item>
/// <item>a relative pronoun read as a subject beside the relative clause's own subject ("the PKK, which Turkey considers a
/// terrorist group") is the clause's object, and the clause's object after its verb the object's predicate;</item>
/// <item>a name before a comma hung on the prepositional phrase the commas set off ("X, in coordination with Y, seized Z")
/// is the subject of a verb that has none;</item>
/// <item>a person's name set off by a comma right after a noun phrase headed by an office title ("met the speaker of the
/// parliament, X, on Monday", "the head of the board, X, travelled") is the title's apposition, wherever the parse hung it
/// (the gazetteer knows the titles);</item>
/// <item>a noun in -ing of a verb of carrying or housing between a noun and a noun phrase ("a base housing US troops") is a
/// participle describing the noun, with the phrase for its object;</item>
/// <item>a noun phrase with a preposition of its own, hung on a verb as a loose dependent or a parenthetical, is an
/// oblique of the verb; one the parse made the agent of an active verb with no preposition at all is its object.</item>
/// </list>
/// Every repair keeps the tree a tree (no word is made to depend on its own subtree).
/// </summary>
internal static class TreeRepairs
{
    /// <summary>
    /// The sentence's tree repaired for <paramref name="mentions"/>: repaired once, and given again to every later reader
    /// of the same parse with mentions of the same spans, labels and roles (agreement resolution and the relation rules
    /// read the same sentence), since a repair reads nothing else of them.
    /// </summary>
    public static DependencyTree RepairOf(Sentence sentence, DependencyTree tree, IReadOnlyList<Mention> mentions, TriggerLexicon lexicon, Gazetteer gazetteer)
    {
        if (sentence.Repaired is { } kept && kept.Holds(tree, mentions, lexicon, gazetteer))
        {
            return kept.Tree;
        }

        var repaired = Repair(tree, mentions, lexicon, gazetteer);
        sentence.Repaired = new RepairedTree(tree, RepairedTree.Describe(mentions), lexicon, gazetteer, repaired);
        return repaired;
    }

    public static DependencyTree Repair(DependencyTree tree, IReadOnlyCollection<Mention> mentions, TriggerLexicon lexicon, Gazetteer gazetteer)
    {
        using var part = PartClock.Start(PartClock.Repairs);
        var words = tree.Words.ToArray();
        for (var pass = 0; pass < 2 && HyphenedParticipleReadAsTheVerb(tree, words); pass++)
        {
            tree = new DependencyTree(words); // the first pass may only join "Qatar-" to "backed"; the second then reads the clause
        }

        var named = new bool[words.Length];
        var person = new bool[words.Length];
        foreach (var mention in mentions)
        {
            if (mention.End > mention.Start && tree.HeadOfSpan(mention.Start, mention.End) is { } head)
            {
                named[head.Index] = true;
                person[head.Index] |= mention.Label == NodeLabels.Person && mention.Role == MentionRole.Actor;
            }
        }

        // Each step reads the tree as the steps before it left it; the first three read the same tree (they touch
        // different words), so they run as one step. The steps are called by number: no delegates or closures per run.
        for (var step = 0; step < StepCount; step++)
        {
            if (RunStep(step, tree, words, named, person, mentions, lexicon, gazetteer))
            {
                tree = new DependencyTree(words);
            }
        }

        return tree;
    }

    /// <summary>How many repair steps <see cref="Repair"/> runs, in order.</summary>
    private const int StepCount = 35;

    /// <summary>Runs repair step number <paramref name="step"/> on <paramref name="tree"/>: true when it changed <paramref name="words"/>.</summary>
    private static bool RunStep(int step, DependencyTree tree, SyntaxWord[] words, bool[] named, bool[] person, IReadOnlyCollection<Mention> mentions, TriggerLexicon lexicon, Gazetteer gazetteer) =>
        step switch
        {
            0 => PassiveReadAsAnAdjective(tree, words, lexicon),
            1 => NounReadAsAClause(tree, words),
            2 => NamedAdjectiveOnACompound(tree, words, named) | DemonymReadAsTheHeadOfAName(tree, words, mentions) | TwoSubjectsSideBySide(tree, words),
            3 => VerbReadAsNoun(tree, words, lexicon) | InfinitiveReadAsACompound(tree, words, lexicon),
            4 => RelativePronounReadAsASecondSubject(tree, words),
            5 => SmallClause(tree, words, named, lexicon),
            6 => ClosedApposition(tree, words),
            7 => ExamplesOnTheClause(tree, words),
            8 => DependentsOfPunctuation(tree, words),
            9 => AgentOfTheObject(tree, words, named, lexicon),
            10 => EventRelativeOnItsPlace(tree, words, named, lexicon),
            11 => VerbReadAsFirstWordOfACompound(tree, words, named, lexicon),
            12 => CommaCoordinatedSubjectsOfAHeadline(tree, words, named),
            13 => PhraseBeforeTheVerbReadAsTheRoot(tree, words),
            14 => SubjectOfAReportedClauseReadAsObject(tree, words, lexicon),
            15 => GerundEventNounReadAsAVerb(tree, words, lexicon),
            16 => VerbReadAsTheLastConjunctOfItsSubject(tree, words, named, lexicon),
            17 => VerbReadAsModifierOfANamesObject(tree, words, named),
            18 => VerbReadAsModifierAfterAProxy(tree, words, named, lexicon),
            19 => NameReadAsCompoundOfATimeWord(tree, words, named),
            20 => PastFormReadAsTheSubjectOfAParticiple(tree, words, named, lexicon) | PastFormReadAsTheHeadOfItsSubject(tree, words, named, lexicon),
            21 => FiniteVerbReadAsModifierOfTheRootName(tree, words, named, lexicon),
            22 => GerundClauseReadForAReducedRelative(tree, words),
            23 => ReducedRelativeAfterItsNoun(tree, words),
            24 => AdjunctAfterAReducedRelative(tree, words),
            25 => ClauseUnderALaterConjunct(tree, words),
            26 => PhrasesOnADate(tree, words),
            27 => DateReadIntoTheSubject(tree, words, named),
            28 => PhrasesOnANamedPerson(tree, words, person),
            29 => SubjectSwallowedByAFrontedClause(tree, words),
            30 => PerfectAuxiliaryReadAsPassive(tree, words),
            31 => SubjectHungOnAnInterposedPhrase(tree, words, named),
            32 => NameSetOffAfterATitle(tree, words, person, gazetteer),
            33 => CarryingGerundReadAsANoun(tree, words, lexicon),
            34 => PrepositionalPhraseReadAsADependent(tree, words) | AgentWithoutBy(tree, words),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };

    /// <summary>
    /// "A and Russian-backed militias of B displaced C" read as "A backed militias": a participle joined by a hyphen to the
    /// word before it ("Iran-backed", "US-led") is an adjective of the noun after it, never a clause's verb. When the parse
    /// made it the verb, with that noun its object and a finite verb after the noun its complement, the later verb heads
    /// the clause: it takes the participle's place and its subject; the noun phrase joins the subject as its conjunct when
    /// a conjunction stands between them.
    /// </summary>
    private static bool HyphenedParticipleReadAsTheVerb(DependencyTree tree, SyntaxWord[] words)
    {
        var joined = false;
        for (var i = 0; i + 2 < tree.Count; i++)
        {
            // "includes Qatar-backed militias" with "Qatar" read as an object of its own: the word hyphened to a participle
            // is that participle's dependent (the backer of "Qatar-backed")
            var participle = tree[i + 2];
            if (tree[i + 1].Xpos == "HYPH" && participle.Xpos is "VBN" or "VBD" && tree[i].Upos is "PROPN" or "NOUN" or "ADJ"
                && tree[i].Head != participle.Index && !tree.Dominates(tree[i], participle)
                && tree[i + 1].Start == tree[i].End && participle.Start == tree[i + 1].End)
            {
                words[i] = words[i] with { Head = participle.Index, Relation = "obl:unmarked" };
                words[i + 1] = words[i + 1] with { Head = i, Relation = "punct" };
                joined = true;
            }
        }

        for (var i = 0; i + 2 < tree.Count; i++)
        {
            // "calming the Jordanian-Syrian border" with "Jordanian" read as an object of its own while the hyphen hangs on
            // "border": a word hyphened to the next belongs to the phrase the hyphen belongs to
            var hyphen = tree[i + 1];
            if (hyphen.Xpos == "HYPH" && hyphen.Head > i + 1 && tree[i].Head != hyphen.Head && words[i].Head == tree[i].Head && tree[i].Head != i + 2 && hyphen.Start == tree[i].End
                && tree[i + 2].Start == hyphen.End && tree[i].Upos is "PROPN" or "NOUN" or "ADJ" && !tree.Dominates(tree[i], tree[hyphen.Head])
                && !tree.Children(tree[i]).Any(c => c.Index != hyphen.Index && c.Upos != "PUNCT" && !c.Is("det")))
            {
                words[i] = words[i] with { Head = hyphen.Head, Relation = tree[i].Upos == "ADJ" ? "amod" : "compound" };
                words[i + 1] = words[i + 1] with { Head = i };
                foreach (var determiner in tree.Children(tree[i]).Where(c => c.Is("det")))
                {
                    words[determiner.Index] = determiner with { Head = hyphen.Head }; // "the" opens the whole phrase
                }

                joined = true;
            }
        }

        if (joined)
        {
            return true;
        }

        foreach (var participle in tree.Where(w => w.Xpos is "VBN" or "VBD" && w.Index >= 2 && tree[w.Index - 1].Xpos == "HYPH"))
        {
            var noun = tree.Children(participle, "obj").FirstOrDefault(o => o.Index > participle.Index && tree.Subtree(o)[0].Index == participle.Index + 1);
            var verb = noun is null ? null : tree.Children(participle).FirstOrDefault(c => c.Index > noun.Index && c.Relation is "xcomp" or "ccomp" or "conj" or "parataxis" or "advcl"
                && c.Xpos is "VBD" or "VBZ" or "VBP" && !tree.Children(c).Any(s => s.Is("nsubj")));

            // or the participle's clause read as the subject of that later verb ("A and Russian-backed militias displaced C"
            // with "A backed militias" the subject of "displaced")
            verb ??= noun is not null && participle.Relation is "nsubj" or "csubj" && tree.HeadOf(participle) is { } governor && governor.Index > noun.Index
                && governor.Xpos is "VBD" or "VBZ" or "VBP" && !tree.Children(governor).Any(s => s.Is("nsubj") && s.Index != participle.Index) ? governor : null;
            var subject = tree.Children(participle, "nsubj").FirstOrDefault(s => s.Index < participle.Index);
            if (noun is null || verb is null || subject is null)
            {
                continue;
            }

            // the conjunction before "Russian-backed" may hang on the participle or on the hyphened word itself (which the
            // parse made a conjunct of the subject): either way it joins the noun phrase to the subject
            var conjunction = tree.Children(participle, "cc").FirstOrDefault(c => c.Index > subject.Index)
                ?? tree.Children(tree[participle.Index - 2], "cc").FirstOrDefault(c => c.Index > subject.Index);
            if (conjunction is null && verb.Head != participle.Index)
            {
                continue; // without a conjunction the noun is no second subject of the later verb
            }

            if (verb.Head == participle.Index)
            {
                words[verb.Index] = verb with { Head = participle.Head, Relation = participle.Relation };
            }

            words[participle.Index] = participle with { Upos = "VERB", Xpos = "VBN", Head = noun.Index, Relation = "amod" };

            if (conjunction is not null && conjunction.Head != participle.Index)
            {
                words[conjunction.Index] = conjunction with { Head = noun.Index };
            }

            words[noun.Index] = conjunction is null ? noun with { Head = verb.Index, Relation = "obj" } : noun with { Head = subject.Index, Relation = "conj" };
            foreach (var child in tree.Children(participle).Where(c => c.Index != noun.Index && c.Index != verb.Index))
            {
                if (child.Index == participle.Index - 2 || child.Index == participle.Index - 1)
                {
                    words[child.Index] = child with { Relation = child.Xpos == "HYPH" ? "punct" : "compound" }; // "Russian-" stays with "backed"
                }
                else if (conjunction is not null && child.Index == conjunction.Index)
                {
                    words[child.Index] = child with { Head = noun.Index };
                }
                else
                {
                    words[child.Index] = child with { Head = verb.Index };
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "Chinese air strikes" read with "Chinese" on "air": an adjective that names a country or a people, before a noun
    /// compound, modifies the compound's head (the strikes are Chinese, not the air), so the event noun finds its agent.
    /// </summary>
    private static bool NamedAdjectiveOnACompound(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        var changed = false;
        foreach (var adjective in tree.Where(w => named[w.Index] && w.Upos == "ADJ" && w.Is("amod") && w.Head == w.Index + 1))
        {
            var head = tree[adjective.Head];
            while (head.Is("compound") && head.Head > head.Index && Enumerable.Range(head.Index + 1, head.Head - head.Index - 1).All(i => tree[i].Is("compound")))
            {
                head = tree[head.Head];
            }

            if (head.Index != adjective.Head)
            {
                words[adjective.Index] = adjective with { Head = head.Index };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "Kenyan President visits Nairobi" read as one name headed by "Kenyan", the next mention hung on it as flat (title
    /// case hides the adjective): a demonym modifies, it never heads another entity's name, so the later mention heads the
    /// phrase, takes the demonym's place in the clause and its dependents outside it, and the demonym becomes its modifier.
    /// </summary>
    private static bool DemonymReadAsTheHeadOfAName(DependencyTree tree, SyntaxWord[] words, IReadOnlyCollection<Mention> mentions)
    {
        var changed = false;
        foreach (var demonym in mentions.Where(m => m.Role == MentionRole.Modifier))
        {
            if (tree.HeadOfSpan(demonym.Start, demonym.End) is not { } head
                || tree.Children(head).FirstOrDefault(w => w.Is("flat") && w.Start >= demonym.End) is not { } next
                || !mentions.Any(m => m != demonym && m.Start <= next.Start && next.End <= m.End))
            {
                continue;
            }

            foreach (var child in tree.Children(head).Where(c => c.Index != next.Index && (c.Start >= demonym.End || c.End <= demonym.Start)))
            {
                words[child.Index] = words[child.Index] with { Head = next.Index };
            }

            words[next.Index] = words[next.Index] with { Head = head.Head, Relation = head.Relation };
            words[head.Index] = words[head.Index] with { Head = next.Index, Relation = "amod" };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "Three soldiers were wounded by X", "two guards were injured in the attack" read with the participle as an adjective and
    /// "were" as its copula: the past participle of a verb of the lexicon after a form of "be" is the passive verb, the copula
    /// its passive auxiliary, its subject the passive subject. A numeral the parse made the head of such a clause ("Three"
    /// over "[soldiers were wounded]"), right before the subject, counts the subject, and the verb takes its place.
    /// </summary>
    private static bool PassiveReadAsAnAdjective(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var word in tree)
        {
            if (word.Upos != "ADJ" || word.Xpos is not ("JJ" or "VBN")
                || lexicon.Lookup(word.Form, word.Form, "VERB") is not [var row, ..]
                || row.Lemma.Equals(word.Form, StringComparison.OrdinalIgnoreCase)
                || tree.Children(word).FirstOrDefault(c => c.Is("cop") && c.Lemma.Equals("be", StringComparison.OrdinalIgnoreCase)) is not { } copula)
            {
                continue;
            }

            var subject = tree.Children(word).FirstOrDefault(c => c.Is("nsubj") && c.Index < word.Index);
            words[word.Index] = words[word.Index] with { Upos = "VERB", Xpos = "VBN", Lemma = row.Lemma };
            words[copula.Index] = words[copula.Index] with { Upos = "AUX", Relation = "aux:pass" };
            if (subject is not null)
            {
                words[subject.Index] = words[subject.Index] with { Relation = "nsubj:pass" };
                if (tree.HeadOf(word) is { Upos: "NUM" } count && count.Index + 1 == tree.Subtree(subject).Min(w => w.Index) && !tree.Children(count).Any(c => c.Index > count.Index && c.Index < subject.Index))
                {
                    words[word.Index] = words[word.Index] with { Head = count.Head, Relation = count.Relation };
                    words[count.Index] = words[count.Index] with { Head = subject.Index, Relation = "nummod" };
                    foreach (var child in tree.Children(count).Where(c => c.Index != word.Index))
                    {
                        words[child.Index] = words[child.Index] with { Head = word.Index };
                    }
                }
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "the PKK, which Turkey considers a terrorist group" read with the relative pronoun as a second subject: a clause has one
    /// subject, so a relative pronoun before the active relative clause's own subject is its object (the gap the antecedent
    /// fills), and an object after the verb is that object's predicate; so is a second object after a relative clause's verb
    /// whose relative pronoun is its object already ("which X has designated a terrorist organisation").
    /// </summary>
    private static bool RelativePronounReadAsASecondSubject(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var verb in tree.Where(w => w.Is("acl:relcl") && w.Upos == "VERB"))
        {
            if (tree.Children(verb).Any(c => c.Is("obj") && c.Index < verb.Index && IsRelativePronoun(c)) && tree.Children(verb).Any(c => c.Is("nsubj") && c.Index < verb.Index)
                && tree.Children(verb).FirstOrDefault(c => c.Is("obj") && c.Index > verb.Index) is { } second)
            {
                words[second.Index] = second with { Relation = "xcomp" }; // "which X has designated a terrorist organisation": the gap and its predicate
                changed = true;
                continue;
            }

            var subjects = tree.Children(verb).Where(c => c.Is("nsubj") && c.Index < verb.Index).ToList();
            if (subjects.Count != 2 || !IsRelativePronoun(subjects[0])
                || subjects[1].Upos is not ("PROPN" or "NOUN" or "PRON") || tree.Children(verb).Any(c => c.Is("nsubj:pass") || c.Is("aux:pass")))
            {
                continue;
            }

            words[subjects[0].Index] = subjects[0] with { Relation = "obj" };
            foreach (var predicate in tree.Children(verb).Where(c => c.Is("obj") && c.Index > verb.Index))
            {
                words[predicate.Index] = predicate with { Relation = "xcomp" }; // "which X considers a terrorist group"
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "U.S. CENTCOM Conducts Strikes" read with both names as subjects of the verb: a clause has one subject, so of two
    /// nominals side by side, nothing between them, both hung on one verb as its subject, the first modifies the second.
    /// </summary>
    private static bool IsRelativePronoun(SyntaxWord word) => word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "which" or "that" or "whom" or "who";

    private static bool TwoSubjectsSideBySide(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        for (var i = 0; i + 1 < tree.Count; i++)
        {
            var (first, second) = (tree[i], tree[i + 1]);
            if (first.Is("nsubj") && second.Is("nsubj") && first.Head == second.Head && first.Head > second.Index
                && first.Upos is "PROPN" or "NOUN" && second.Upos is "PROPN" or "NOUN")
            {
                words[i] = first with { Head = second.Index, Relation = "compound" };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "the signing of a fisheries memorandum by X" read with "fisheries" as the of-phrase and "memorandum" as a clause of
    /// "signing": a bare common noun heads no clause, so one with no dependents of its own, right after the noun of a phrase
    /// hung on the same word, is that phrase's head, and the noun before it its compound (with the phrase's marker and determiner).
    /// </summary>
    private static bool NounReadAsAClause(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        for (var i = 1; i < tree.Count; i++)
        {
            var (before, noun) = (tree[i - 1], tree[i]);
            if (noun.Upos != "NOUN" || noun.Relation is not ("acl" or "dep") || before.Head != noun.Head || before.Upos is not ("NOUN" or "PROPN")
                || before.Relation is not ("nmod" or "obl" or "obj" or "nsubj" or "nsubj:pass") || tree.Children(noun).Count > 0)
            {
                continue;
            }

            words[i] = noun with { Head = before.Head, Relation = before.Relation };
            words[i - 1] = before with { Head = i, Relation = "compound" };
            foreach (var child in tree.Children(before))
            {
                words[child.Index] = child with { Head = i };
            }

            changed = true;
        }

        return changed;
    }

    private static readonly HashSet<string> MonthNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(n => n.Length > 0)
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Where(n => n.Length > 0).Select(n => n + "."))
            .Append("Sept."),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "On Feb. 2, X forces conducted strikes" read with the month as the first word of the subject's compound and the
    /// name after the comma in apposition to the month: a date set off by a comma before a clause dates the clause, so the
    /// month becomes a modifier of the subject's verb and the name after the comma is the compound it was read for.
    /// </summary>
    private static bool DateReadIntoTheSubject(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        foreach (var date in tree.Where(w => MonthNames.Contains(w.Form) && w.Is("compound") && w.Head > w.Index))
        {
            var noun = tree[date.Head];
            if (!noun.Is("nsubj") || tree.HeadOf(noun) is not { } verb || !ClauseReader.IsVerbal(verb))
            {
                continue;
            }

            var name = tree.Children(date).FirstOrDefault(c => named[c.Index] && c.Relation is "appos" or "conj" && c.Index < noun.Index
                && tree[c.Index - 1].Form == "," && tree[c.Index - 1].Head == c.Index);
            if (name is null)
            {
                continue;
            }

            words[name.Index] = name with { Head = noun.Index, Relation = "compound" };
            words[date.Index] = date with { Head = verb.Index, Relation = "obl:tmod" };
            words[name.Index - 1] = tree[name.Index - 1] with { Head = date.Index };
            return true;
        }

        return false;
    }

    private static readonly HashSet<string> CalendarNames = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(n => n.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A month, a weekday or a relative day ("Saturday", "yesterday", "today", "week"): a date, never an actor.</summary>
    internal static bool IsCalendarWord(SyntaxWord word) =>
        CalendarNames.Contains(word.Form) || word.Lemma.ToLowerInvariant() is "today" or "yesterday" or "tomorrow" or "week" or "weekend" or "month" or "year" or "night" or "morning" or "evening";

    /// <summary>
    /// "an agreement signed in September 2023 between A and B" with "between A and B" hung on the month: a date modifies
    /// the event it dates and takes no participants, so a phrase hung on a month or weekday belongs to what the date
    /// phrase belongs to; and a date phrase hung on a word after it ("in September … the involvement") dates the verb
    /// before it.
    /// </summary>
    private static bool PhrasesOnADate(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var date in tree.Where(w => w.Upos is "PROPN" or "NOUN" && CalendarNames.Contains(w.Form) && tree.Children(w).Any(c => c.Is("case"))))
        {
            var head = date.Head;
            if (head > date.Index && !ClauseReader.IsVerbal(tree[head]))
            {
                var verb = Enumerable.Range(0, date.Index).Reverse().Select(i => tree[i])
                    .FirstOrDefault(w => w.Upos == "VERB" && !tree.Dominates(date, w));
                if (verb is null)
                {
                    continue;
                }

                words[date.Index] = words[date.Index] with { Head = verb.Index, Relation = "obl" };
                head = verb.Index;
                changed = true;
            }

            if (head < 0 || !ClauseReader.IsVerbal(tree[head]) && !ClauseReader.IsNominal(tree[head]))
            {
                continue;
            }

            foreach (var phrase in tree.Children(date).Where(c => c.Is("nmod") && c.Index > date.Index
                && tree.Children(c).Any(m => m.Is("case") && !m.Lemma.Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                words[phrase.Index] = words[phrase.Index] with { Head = head, Relation = ClauseReader.IsVerbal(tree[head]) ? "obl" : "nmod" };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "X forces conducted strikes against Y and affiliated militia groups" read with "groups" as the root and the clause
    /// as its subject: a finite verb with a subject of its own heads its clause, and the noun phrase after it that a
    /// conjunction opens is a conjunct of the word right before that conjunction.
    /// </summary>
    private static bool ClauseUnderALaterConjunct(DependencyTree tree, SyntaxWord[] words)
    {
        foreach (var verb in tree.Where(w => w.Xpos is "VBD" or "VBZ" or "VBP" && w.Upos == "VERB"))
        {
            if (tree.HeadOf(verb) is not { } noun || noun.Index <= verb.Index || !ClauseReader.IsNominal(noun) || !noun.IsRoot
                || !tree.Children(verb).Any(c => c.Is("nsubj") && c.Index < verb.Index))
            {
                continue;
            }

            var phrase = tree.Subtree(noun).Where(w => w.Index > verb.Index && !tree.Dominates(verb, w)).ToList();
            var conjunction = phrase.FirstOrDefault(w => w.Is("cc") && w.Index < noun.Index);
            if (conjunction is null || conjunction.Index == 0 || tree[conjunction.Index - 1] is not { } before
                || !ClauseReader.IsNominal(before) || !tree.Dominates(verb, before))
            {
                continue;
            }

            words[verb.Index] = verb with { Head = noun.Head, Relation = noun.Relation };
            words[noun.Index] = noun with { Head = before.Index, Relation = "conj" };
            words[conjunction.Index] = conjunction with { Head = noun.Index };
            foreach (var mark in tree.Children(noun).Where(c => c.Is("punct") && c.Index == tree.Count - 1))
            {
                words[mark.Index] = mark with { Head = verb.Index };
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "X struck positions of Y" read as one noun phrase ("struck" a noun compounded with "positions"), "X coordinate with Y
    /// on the crossings" read as a noun phrase with "X coordinate" its subject: a clause has a verb, so in a sentence with
    /// none, a verb of the lexicon right after a name that hangs on it or on the same noun is the verb, the name its subject
    /// and the noun it hung on its object (its oblique with a preposition). The word must be an inflected form ("struck",
    /// "shelled") or one the lexicon knows as no noun ("coordinate"); "strike" is as often a noun.
    /// </summary>
    private static bool VerbReadAsFirstWordOfACompound(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        var verbless = !tree.Any(w => w.Upos is "VERB" or "AUX" && w.Xpos is not ("VBG" or "VBN"));
        foreach (var word in tree)
        {
            if (!(word.Upos == "NOUN" || (word.Upos == "ADJ" && word.Xpos == "JJ" && word.Is("amod"))) || word.Index == 0 || word.Relation is not ("compound" or "nsubj" or "amod") || tree.HeadOf(word) is not { } head
                || head.Index <= word.Index || !ClauseReader.IsNominal(head))
            {
                continue;
            }

            var noun = head;

            // in a sentence with a verb, only a clause that "that" opens ("said that X struck positions of Y"): the
            // complementizer before the name shows a clause begins there
            var opener = word.Index >= 2 && tree[word.Index - 2].Form.Equals("that", StringComparison.OrdinalIgnoreCase) && tree[word.Index - 2].Head != word.Index - 1
                ? tree[word.Index - 2] : null;
            // or the object of a speech verb ("X says Y troops occupy villages"), or its complement either side ("A and B share
            // intelligence, officials said"): a speech verb reports a clause
            var reported = opener is null && tree.HeadOf(noun) is { } speech && lexicon.Words.IsSpeech(speech.Lemma)
                && ((noun.Is("obj") && speech.Index < word.Index - 1) || noun.Relation is "ccomp" or "parataxis");
            if (!verbless && !reported && (opener is null || !ClauseReader.IsVerbal(tree[noun.Head < 0 ? noun.Index : noun.Head]) || noun.Head > word.Index))
            {
                continue;
            }

            var form = word.Form.ToLowerInvariant();
            var verbRows = lexicon.Lookup(word.Form, word.Lemma, "VERB").ToList();
            var nounRows = lexicon.Lookup(word.Form, word.Lemma, "NOUN").ToList();
            var verbal = verbRows.Count > 0 && (nounRows.Count == 0 || verbRows.Any(r => !r.Lemma.Equals(form, StringComparison.Ordinal)) && !nounRows.Any(r => r.Lemma.Equals(form, StringComparison.Ordinal)) && !form.EndsWith('s')
                || verbRows.Any(r => r.Options.Objects is { } objects && objects.Contains(noun.Lemma.ToLowerInvariant()))); // "exchange information": the verb's own object
            var subject = tree[word.Index - 1];
            while (subject.Relation is "conj" or "flat" && tree.HeadOf(subject) is { } earlier && earlier.Index < subject.Index && ClauseReader.IsNominal(earlier))
            {
                subject = earlier; // "Iraq and Iran share intelligence": the coordination's first name, "Saudi Arabia" its first word
            }

            while (subject.Head != noun.Index && noun.Is("compound") && tree.HeadOf(noun) is { } whole && ClauseReader.IsNominal(whole) && whole.Index > noun.Index)
            {
                noun = whole; // "A, B Seal Gas Supply Deal": the name hangs on the compound's head, the verb on its first word
            }

            // a named subject, or a body its owner names ("Iraq's intelligence service shares intelligence with X")
            var owned = subject.Upos == "NOUN" && tree.Children(noun).Concat(tree.Children(subject))
                .Any(c => c.Index < subject.Index && named[c.Index] && c.Relation is "nmod:poss" or "amod" or "compound");
            if (!verbal || !(named[subject.Index] || owned) || subject.Head != noun.Index && subject.Head != word.Index)
            {
                continue;
            }

            var xpos = form.EndsWith("ed", StringComparison.Ordinal) || verbRows.Any(r => !r.Lemma.Equals(form, StringComparison.Ordinal)) ? "VBD" : form.EndsWith('s') ? "VBZ" : "VBP";
            words[word.Index] = word with { Upos = "VERB", Xpos = xpos, Head = noun.Head, Relation = opener is null && !reported ? noun.Relation : "ccomp" };
            words[subject.Index] = subject with { Head = word.Index, Relation = "nsubj" };
            if (opener is not null)
            {
                words[opener.Index] = opener with { Upos = "SCONJ", Xpos = "IN", Head = word.Index, Relation = "mark" };
            }

            words[noun.Index] = noun with { Head = word.Index, Relation = tree.Children(noun).Any(c => c.Is("case")) ? "obl" : "obj" };
            foreach (var before in tree.Children(noun).Concat(tree.Children(word)).Where(c => c.Index < subject.Index))
            {
                words[before.Index] = before with { Head = subject.Index }; // "The" before the name is the name's
            }

            foreach (var after in tree.Children(word).Where(c => c.Index > word.Index && c.Is("nmod")))
            {
                words[after.Index] = after with { Relation = "obl" }; // "coordinate with Y": the verb's oblique
            }

            foreach (var mark in tree.Children(noun).Where(c => c.Is("punct") && c.Index == tree.Count - 1))
            {
                words[mark.Index] = mark with { Head = word.Index }; // the final stop closes the clause
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "The strikes targeting the bases of X came after …" read as a gerund clause with "strikes" its subject, the clause
    /// the subject of "came" (or the root, "followed" its complement): a noun before a present participle that is itself
    /// an argument of a finite verb after it is modified by the participle (a reduced relative), and the noun is the argument.
    /// </summary>
    private static bool GerundClauseReadForAReducedRelative(DependencyTree tree, SyntaxWord[] words)
    {
        foreach (var gerund in tree.Where(w => w.Xpos == "VBG" && w.Upos == "VERB"))
        {
            if (tree.Children(gerund, "nsubj").FirstOrDefault(s => s.Index == tree.Subtree(gerund)[0].Index || s.Index < gerund.Index) is not { } noun
                || !ClauseReader.IsNominal(noun) || noun.Upos == "PRON")
            {
                continue;
            }

            if (gerund.Is("nsubj") && tree.HeadOf(gerund) is { } verb && verb.Index > gerund.Index && ClauseReader.IsVerbal(verb))
            {
                words[noun.Index] = noun with { Head = verb.Index, Relation = gerund.Relation };
                words[gerund.Index] = gerund with { Head = noun.Index, Relation = "acl" };
                return true;
            }

            if (gerund.IsRoot && tree.Children(gerund).FirstOrDefault(c => c.Index > gerund.Index && c.Relation is "xcomp" or "ccomp" or "conj" or "parataxis"
                && c.Xpos is "VBD" or "VBZ" or "VBP" && !tree.Children(c).Any(s => s.Is("nsubj"))) is { } finite)
            {
                words[finite.Index] = finite with { Head = -1, Relation = "root" };
                words[noun.Index] = noun with { Head = finite.Index, Relation = "nsubj" };
                words[gerund.Index] = gerund with { Head = noun.Index, Relation = "acl" };
                foreach (var mark in tree.Children(gerund).Where(c => c.Is("punct") && c.Index > finite.Index))
                {
                    words[mark.Index] = mark with { Head = finite.Index };
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Prime Minister X on Monday received a delegation" rooted on the name with "received" a clause modifying it: a
    /// finite past form without a subject of its own after the root name is the sentence's verb and the name its subject.
    /// So is a past form tagged a participle after a root noun phrase that is no name ("The two ministers dined with X",
    /// "Both delegations conferred with Y", "A and B officials met Z") when the past form is a verb of the lexicon that takes
    /// what follows it actively: an object, or a with-phrase, and no by-phrase, auxiliary or subject of its own (a reduced
    /// relative, "officials detained in Erbil", "talks held with X", stays one).
    /// </summary>
    private static bool FiniteVerbReadAsModifierOfTheRootName(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        if (tree.Root is not { } name || name.Upos is not ("PROPN" or "NOUN")
            || tree.Children(name, "acl").FirstOrDefault(v => v.Index > name.Index && v.Upos == "VERB"
                && ((named[name.Index] && v.Xpos is "VBD" or "VBZ") || IsActiveParticipleAfterANounPhrase(tree, v, lexicon))) is not { } verb
            || tree.Children(verb).Any(c => c.Is("nsubj") || c.Is("mark")) || tree.Any(w => w.Index != verb.Index && w.Is("root") is false && w.Upos == "VERB" && w.Xpos is "VBD" or "VBZ" or "VBP" && tree.HeadOf(w) == name))
        {
            return false;
        }

        words[verb.Index] = verb with { Head = -1, Relation = "root", Xpos = verb.Xpos == "VBN" ? "VBD" : verb.Xpos };
        words[name.Index] = name with { Head = verb.Index, Relation = "nsubj" };
        foreach (var other in tree.Children(name).Where(c => c.Index > name.Index && c.Index != verb.Index && c.Relation is "nmod" or "obl" or "punct" or "advmod" or "nmod:unmarked" or "obl:unmarked"))
        {
            words[other.Index] = other with { Head = verb.Index, Relation = other.Is("nmod") ? "obl" : other.Relation };
        }

        return true;
    }

    /// <summary>
    /// A past form right after the noun phrase it hangs on (only the phrase's own conjuncts and modifiers between them), of a
    /// verb the lexicon knows, with an object or a with-phrase after it and nothing that makes it a passive participle.
    /// </summary>
    private static bool IsActiveParticipleAfterANounPhrase(DependencyTree tree, SyntaxWord verb, TriggerLexicon lexicon) =>
        verb.Xpos is "VBN" or "VBD" && verb.Index > 0 && tree.HeadOf(verb) is { } noun
        && tree.Subtree(noun).Where(w => w.Index < verb.Index).Max(w => w.Index) == verb.Index - 1
        && lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any()
        && !tree.Children(verb).Any(c => c.Relation is "aux" or "aux:pass" or "obl:agent" or "cop" || (c.Is("obl") && HasMarker(tree, c, "by")))
        && tree.Children(verb).Any(c => c.Index > verb.Index && (c.Is("obj") || (c.Is("obl") && HasMarker(tree, c, "with"))));

    /// <summary>True when <paramref name="phrase"/> is marked by <paramref name="preposition"/> ("by X", "with Y", "as Z").</summary>
    private static bool HasMarker(DependencyTree tree, SyntaxWord phrase, string preposition) =>
        tree.Children(phrase).Any(m => m.Is("case") && m.Lemma.Equals(preposition, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Iraqi troops fought alongside X" read as one noun phrase headed by "fought", the name its compound: an irregular past
    /// form of a verb of the lexicon that no noun row knows ("fought", "met", "struck"), heading the sentence with the name
    /// right before it as its compound and no determiner, possessor or preposition of its own, is the verb and the name its
    /// subject; the phrases after it are the verb's.
    /// </summary>
    private static bool PastFormReadAsTheHeadOfItsSubject(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        if (tree.Root is not { } word || word.Upos != "NOUN" || word.Index == 0)
        {
            return false;
        }

        var form = word.Form.ToLowerInvariant();
        var subject = tree[word.Index - 1];
        if (!named[subject.Index] || subject.Head != word.Index || !subject.Is("compound")
            || !lexicon.Lookup(word.Form, word.Lemma, "VERB").Any(r => !r.Lemma.Equals(form, StringComparison.Ordinal))
            || lexicon.Lookup(word.Form, form, "NOUN").Any()
            || tree.Children(word).Any(c => c.Relation is "det" or "nmod:poss" or "case" or "cop" or "amod" && c.Index < word.Index))
        {
            return false;
        }

        words[word.Index] = word with { Upos = "VERB", Xpos = "VBD" };
        words[subject.Index] = subject with { Relation = "nsubj" };
        foreach (var phrase in tree.Children(word).Where(c => c.Index > word.Index && c.Is("nmod") && !c.Is("nmod:poss")))
        {
            words[phrase.Index] = phrase with { Relation = "obl" };
            foreach (var inner in tree.Children(phrase).Where(c => c.Index > phrase.Index && c.Is("nmod") && !c.Is("nmod:poss")
                && tree.Children(c).Any(m => m.Is("case") && !m.Lemma.Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                words[inner.Index] = inner with { Head = word.Index, Relation = "obl" }; // "alongside X against Y near Z": each the verb's
            }
        }

        return true;
    }

    /// <summary>
    /// "X warplanes struck suspected depots" read with "struck" a noun and "suspected" the verb: a past form of the lexicon
    /// that is no noun ("struck") is the verb, and the participle after it modifies its object.
    /// </summary>
    private static bool PastFormReadAsTheSubjectOfAParticiple(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        foreach (var word in tree.Where(w => w.Upos == "NOUN" && w.Is("nsubj") && w.Index > 0 && w.Index + 1 < tree.Count))
        {
            var form = word.Form.ToLowerInvariant();
            var participle = tree[word.Index + 1];
            if (word.Head != participle.Index || participle.Xpos is not ("VBD" or "VBN") || form.EndsWith('s')
                || !lexicon.Lookup(word.Form, word.Lemma, "VERB").Any(r => !r.Lemma.Equals(form, StringComparison.Ordinal))
                || lexicon.Lookup(word.Form, word.Lemma, "NOUN").Any(r => r.Lemma.Equals(form, StringComparison.Ordinal))
                || tree.Children(participle, "obj").FirstOrDefault(o => o.Index > participle.Index) is not { } obj
                || tree.Children(word).LastOrDefault(c => c.Index == word.Index - 1 && named[c.Index]) is not { } subject)
            {
                continue;
            }

            words[word.Index] = word with { Upos = "VERB", Xpos = "VBD", Head = participle.Head, Relation = participle.Relation };
            words[subject.Index] = subject with { Relation = "nsubj" };
            words[participle.Index] = participle with { Xpos = "VBN", Head = obj.Index, Relation = "amod" };
            words[obj.Index] = obj with { Head = word.Index, Relation = "obj" };
            foreach (var other in tree.Children(participle).Where(c => c.Index != obj.Index && c.Index != word.Index))
            {
                words[other.Index] = other with { Head = word.Index };
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "Hezbollah fired rockets at X" read with the name as the root, "rockets" its object (or a loose phrase after its
    /// apposition: "X, a militia, launched rocket attacks") and "fired" a participle opening that phrase: a name takes no
    /// object, so the verb form that opens the phrase is the clause's verb.
    /// </summary>
    private static bool VerbReadAsModifierOfANamesObject(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        foreach (var name in tree.Where(w => named[w.Index] && w.Upos is "PROPN" or "NOUN"))
        {
            var obj = tree.Children(name).FirstOrDefault(o => o.Index > name.Index && o.Relation is "obj" or "parataxis" or "dep" && ClauseReader.IsNominal(o));
            var verb = obj is null ? null : tree.Children(obj).FirstOrDefault(v => v.Is("amod") && v.Xpos is "VBN" or "VBD" && v.Index > name.Index && v.Index < obj.Index
                && tree.Subtree(obj)[0].Index == v.Index && tree[v.Index - 1].Xpos != "HYPH");
            if (obj is null || verb is null || tree.Children(verb).Any(c => c.Is("nsubj")))
            {
                continue;
            }

            words[verb.Index] = verb with { Upos = "VERB", Xpos = "VBD", Head = name.Head, Relation = name.Relation };
            words[name.Index] = name with { Head = verb.Index, Relation = "nsubj" };
            words[obj.Index] = obj with { Head = verb.Index, Relation = "obj" };
            foreach (var after in tree.Children(name).Where(c => c.Index > verb.Index && c.Index != obj.Index))
            {
                words[after.Index] = after with { Head = verb.Index, Relation = after.Is("nmod") ? "obl" : after.Relation };
            }

            // the phrases the parse hung on the object when it was the name's ("rockets at X") are the verb's, of-phrases aside
            foreach (var phrase in tree.Children(obj).Where(c => c.Index > obj.Index && c.Is("nmod") && !c.Is("nmod:poss")
                && tree.Children(c).FirstOrDefault(m => m.Is("case")) is { } marker && !marker.Lemma.Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                words[phrase.Index] = phrase with { Head = verb.Index, Relation = "obl" };
            }

            return true;
        }

        return false;
    }

    /// <summary>Time words that close a clause as adverbs but are tagged nouns ("positions held by X overnight").</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase) { "overnight", "today", "yesterday", "tonight", "tomorrow" };

    /// <summary>
    /// "outposts manned by the Gara Mountain Defenders overnight" with the name read as a compound of "overnight": a time
    /// word after a name is no head of it; the name heads the phrase (with its determiner and preposition), the time word
    /// dates what the phrase depends on.
    /// </summary>
    private static bool NameReadAsCompoundOfATimeWord(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        foreach (var time in tree.Where(w => w.Upos == "NOUN" && TimeNouns.Contains(w.Form) && w.Index > 1))
        {
            var name = tree[time.Index - 1];
            if (!named[name.Index] || name.Head != time.Index || !name.Is("compound") || tree.HeadOf(time) is not { } governor)
            {
                continue;
            }

            words[name.Index] = name with { Head = time.Head, Relation = time.Relation };
            words[time.Index] = time with { Head = governor.Index, Relation = "obl:tmod" };
            foreach (var dependent in tree.Children(time).Where(c => c.Index != name.Index))
            {
                words[dependent.Index] = dependent with { Head = name.Index };
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "Turkish howitzers pummelled outposts held by X", "Syrian government artillery hammered villages": a past form of a
    /// verb of the lexicon read as a participle modifying the noun after it, right after a proxy noun whose modifier names
    /// its actor (the weapon or force of a state) and that is that noun's head or compound, is the clause's verb: the
    /// proxy its subject, the noun its object.
    /// </summary>
    private static bool VerbReadAsModifierAfterAProxy(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        foreach (var verb in tree.Where(v => v.Is("amod") && v.Xpos is "VBN" or "VBD" && v.Index > 1 && lexicon.IsTriggerForm(v.Form.ToLowerInvariant())))
        {
            var proxy = tree[verb.Index - 1];
            if (tree.HeadOf(verb) is not { } obj || obj.Index <= verb.Index || !ClauseReader.IsNominal(obj) || proxy.Upos != "NOUN"
                || !lexicon.Words.IsProxy(proxy.Lemma.ToLowerInvariant()) || !tree.Children(proxy).Any(c => c.Index < proxy.Index && named[c.Index] && c.Relation is "amod" or "compound")
                || !((obj.Head == proxy.Index && tree.Subtree(obj)[0].Index == verb.Index) || (proxy.Head == obj.Index && proxy.Is("compound")))
                || tree.Children(verb).Any(c => c.Is("nsubj")))
            {
                continue;
            }

            var root = obj.Head == proxy.Index ? proxy : obj;
            words[verb.Index] = verb with { Upos = "VERB", Xpos = "VBD", Head = root.Head, Relation = root.Relation };
            words[proxy.Index] = proxy with { Head = verb.Index, Relation = "nsubj" };
            words[obj.Index] = obj with { Head = verb.Index, Relation = "obj" };
            // what hung on the old root after the verb is the clause's (of the object's own phrases, only the final punctuation)
            foreach (var after in tree.Children(root).Where(c => c.Index > verb.Index && c.Index != obj.Index && c.Index != proxy.Index && (root == proxy || c.Is("punct"))))
            {
                words[after.Index] = after with { Head = verb.Index, Relation = after.Is("nmod") ? "obl" : after.Relation };
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "groups based in Iraq" with "based" left as a loose dependent of the clause: a past participle with no subject nor
    /// auxiliary of its own right after a noun is a reduced relative clause on that noun (UD acl).
    /// </summary>
    private static bool ReducedRelativeAfterItsNoun(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var participle in tree.Where(w => w.Xpos == "VBN" && w.Is("dep") && w.Index > 0))
        {
            var noun = tree[participle.Index - 1];
            if (noun.Upos is not ("NOUN" or "PROPN") || tree.Dominates(participle, noun)
                || tree.Children(participle).Any(c => c.Is("nsubj") || c.Is("aux") || c.Is("cop") || c.Is("mark")))
            {
                continue;
            }

            words[participle.Index] = participle with { Head = noun.Index, Relation = "acl" };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "launched strikes against groups based in Iraq, accusing them of …": a participle clause set off by a comma after a
    /// reduced relative ("based in Iraq") adds to the clause that governs the relative's noun, not to the relative, so its
    /// subject is that clause's subject.
    /// </summary>
    private static bool AdjunctAfterAReducedRelative(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var adjunct in tree.Where(w => w.Xpos == "VBG" && w.Is("advcl")))
        {
            if (tree.HeadOf(adjunct) is not { } relative || !relative.Is("acl") || relative.Xpos != "VBN" || relative.Index > adjunct.Index
                || tree.HeadOf(relative) is not { } noun || tree.HeadOf(noun) is not { } clause || !ClauseReader.IsVerbal(clause)
                || !tree.Children(adjunct).Any(c => c.Is("punct") && c.Form == "," && c.Index < adjunct.Index)
                || tree.Children(adjunct).Any(c => c.Is("nsubj") || c.Is("mark")))
            {
                continue;
            }

            words[adjunct.Index] = adjunct with { Head = clause.Index };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// A punctuation mark heads nothing; a phrase the parser hung on one ("aimed at calming the border" with "calming"
    /// under the final period) depends on the nearest verb before it outside its own subtree.
    /// </summary>
    private static bool DependentsOfPunctuation(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var mark in tree.Where(w => w.Upos == "PUNCT"))
        {
            var children = tree.Children(mark).Where(c => c.Upos != "PUNCT").ToList();
            foreach (var content in children.Where(c => !IsFunctionWord(c)))
            {
                // the nearest verb before the phrase that heads a clause (not one inside a noun phrase: "Bolivia-funded cells")
                var verb = Enumerable.Range(0, content.Index).Reverse().Select(i => tree[i])
                    .FirstOrDefault(w => ClauseReader.IsVerbal(w) && !tree.Dominates(content, w) && HeadsClause(tree, w));
                if (verb is null)
                {
                    continue;
                }

                words[content.Index] = words[content.Index] with { Head = verb.Index, Relation = content.Xpos is "VBG" or "VB" ? "advcl" : content.Relation };
                foreach (var function in children.Where(f => IsFunctionWord(f) && f.Index < content.Index && !children.Any(c => !IsFunctionWord(c) && c.Index > f.Index && c.Index < content.Index)))
                {
                    words[function.Index] = words[function.Index] with { Head = content.Index }; // "for", "the" before it are its own
                }

                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "received X in Tehran on Sunday", "hosted X at the palace" with the place and date phrases hung on the name X: a
    /// person's name takes no place or time phrase of its own, so a phrase introduced by in, at, on or during after a person
    /// named as the object or oblique of a verb says where or when the verb's event was, and depends on the verb.
    /// </summary>
    private static bool PhrasesOnANamedPerson(DependencyTree tree, SyntaxWord[] words, bool[] person)
    {
        var moved = false;
        foreach (var name in tree)
        {
            if (!person[name.Index] || name.Relation is not ("obj" or "iobj" or "obl") || tree.HeadOf(name) is not { } verb
                || verb.Index > name.Index || !ClauseReader.IsVerbal(verb))
            {
                continue;
            }

            foreach (var phrase in tree.Children(name))
            {
                if (phrase.Index > name.Index && phrase.Is("nmod")
                    && tree.Children(phrase).FirstOrDefault(c => c.Is("case")) is { } preposition && preposition.Lemma.ToLowerInvariant() is "in" or "at" or "on" or "during")
                {
                    words[phrase.Index] = phrase with { Head = verb.Index, Relation = "obl" };
                    moved = true;
                }
            }
        }

        return moved;
    }

    /// <summary>
    /// "Meeting in Baghdad on Monday, A and his counterpart B agreed …", "Speaking after talks with X, Iraqi Foreign Minister Y
    /// said …" read with the names after the comma as conjuncts of the fronted clause's last noun: a sentence that opens with
    /// an adverbial (a participle, a preposition or a subordinator) closed by a comma, then a noun phrase without a verb, then
    /// the root verb, has that noun phrase for the root's subject. Its words the parse hung inside the fronted part belong to
    /// the subject: the root's subject in the span heads it (else the first such noun), words before it are its
    /// descriptions ("Iraqi Foreign Minister"), words after it its conjuncts.
    /// </summary>
    private static bool SubjectSwallowedByAFrontedClause(DependencyTree tree, SyntaxWord[] words)
    {
        if (tree.Count < 5 || !(tree[0].Xpos is "VBG" or "VBN" || tree[0].Upos is "ADP" or "SCONJ")
            || tree.FirstOrDefault(w => w.Relation == "root") is not { } root || !ClauseReader.IsVerbal(root)
            || tree.FirstOrDefault(w => w.Form == ",") is not { } comma || comma.Index + 1 >= root.Index)
        {
            return false;
        }

        var start = comma.Index + 1;
        var span = Enumerable.Range(start, root.Index - start).Select(i => tree[i]).ToList();
        var fronted = Enumerable.Range(0, comma.Index).Select(i => tree[i]).Where(w => w.Upos != "PUNCT").ToList();
        if (span.Any(w => w.Upos is "VERB" or "AUX" or "SCONJ") || fronted.Any(w => w.Head >= start && w.Head < root.Index)
            || tree.Children(root).Any(c => c.Relation is "nsubj" or "nsubj:pass" && c.Index < comma.Index))
        {
            return false; // a clause of its own after the comma, or the fronted words hung on the span: another reading
        }

        var inside = span.Where(w => w.Upos != "PUNCT" && w.Head >= 0 && w.Head < comma.Index).ToList();
        if (inside.Count == 0)
        {
            return false;
        }

        var subject = span.FirstOrDefault(w => w.Head == root.Index && w.Relation is "nsubj" or "nsubj:pass")
            ?? inside.FirstOrDefault(w => w.Upos is "PROPN" or "NOUN" or "PRON");
        if (subject is null)
        {
            return false;
        }

        words[subject.Index] = words[subject.Index] with { Head = root.Index, Relation = subject.Relation is "nsubj:pass" ? subject.Relation : "nsubj" };
        foreach (var word in inside.Where(w => w.Index != subject.Index))
        {
            var relation = word.Index > subject.Index ? (word.Relation is "conj" or "appos" or "cc" ? word.Relation : "conj")
                : word.Upos switch { "DET" => "det", "ADJ" => "amod", "CCONJ" => "cc", _ => "nmod:desc" };
            words[word.Index] = word with { Head = subject.Index, Relation = relation };
        }

        return true;
    }

    /// <summary>
    /// "Iraqi forces, in coordination with the Syrian army, dismantled X" with the name hung on the phrase set off after it:
    /// a name before a comma, dependent of a prepositional phrase of the verb that the commas set off, is the subject of a
    /// verb that has none.
    /// </summary>
    private static bool SubjectHungOnAnInterposedPhrase(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        var changed = false;
        foreach (var verb in tree.Where(w => ClauseReader.IsVerbal(w) && w.Relation is "root" or "conj" or "ccomp" && w.Xpos is "VBD" or "VBZ" or "VBP"))
        {
            if (tree.Children(verb).Any(c => c.Relation is "nsubj" or "nsubj:pass" or "expl"))
            {
                continue;
            }

            foreach (var phrase in tree.Children(verb).Where(c => c.Is("obl") && c.Index < verb.Index && tree.Children(c).Any(k => k.Is("case"))))
            {
                var name = tree.Children(phrase).FirstOrDefault(c => c.Index < phrase.Index && named[c.Index] && ClauseReader.IsNominal(c) && !c.Is("case")
                    && tree.Subtree(c).Where(w => w.Upos != "PUNCT").Max(w => w.Index) + 1 is var after && after < tree.Count && tree[after].Form == ",");
                if (name is not null)
                {
                    words[name.Index] = name with { Head = verb.Index, Relation = "nsubj" };
                    changed = true;
                    break;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// "held talks with the port's director, X", "met with the speaker of the parliament, X, on Monday", "the vice-president
    /// of Y's board, X, travelled", "received the governor of Z province, X, in W": a person's name right after a comma that
    /// closes a noun phrase headed by an office title (titles.tsv) or a noun of a person (personnouns.tsv), and itself closed
    /// by punctuation or the sentence's end, renames the title's holder: it is the title's apposition. The parse hangs it on
    /// the verb (an unmarked oblique) or on the body or place inside the title's phrase (an apposition or a conjunct), so the
    /// rules took the title, or the body, for the argument. A name that opens a clause of its own (a subject, a phrase with
    /// a preposition) or a list (a conjunction or conjunct of its own), or that hangs on another person, is left alone.
    /// </summary>
    private static bool NameSetOffAfterATitle(DependencyTree tree, SyntaxWord[] words, bool[] person, Gazetteer gazetteer)
    {
        var changed = false;
        foreach (var name in tree)
        {
            if (!person[name.Index] || name.Index < 2 || tree[name.Index - 1].Form != "," || tree.HeadOf(name) is not { } head || person[head.Index]
                || !(name.Is("obl") || name.Is("nmod") || name.Is("dep") || name.Is("appos") || name.Is("conj") || name.Is("parataxis"))
                || tree.Children(name).Any(c => c.Relation is "case" or "cc" or "conj" or "nsubj" or "cop" or "mark"))
            {
                continue;
            }

            var named = tree.Subtree(name);
            var after = named[^1].Index + 1;
            if (after < tree.Count && tree[after].Upos != "PUNCT")
            {
                continue; // not closed: the name goes on into a clause or a phrase of its own
            }

            // the phrase the comma closes: the word before it and the nominals above it, up to the clause
            SyntaxWord? title = null;
            for (SyntaxWord? candidate = tree[name.Index - 2]; candidate is not null && candidate.Index < name.Index && !ClauseReader.IsVerbal(candidate); candidate = tree.HeadOf(candidate))
            {
                if (tree.Dominates(name, candidate))
                {
                    break;
                }

                var lemma = candidate.Lemma.ToLowerInvariant();
                if (candidate.Upos == "NOUN" && candidate.Xpos == "NN" && (gazetteer.IsTitleWord(lemma) || gazetteer.IsPersonNoun(lemma)))
                {
                    title = candidate;
                    break;
                }
            }

            if (title is null || title.Index == head.Index)
            {
                continue;
            }

            words[name.Index] = words[name.Index] with { Head = title.Index, Relation = "appos" };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "fired rockets at a base housing US troops" with "housing" read as a noun (the head of "base", or a modifier of
    /// "troops"): a noun in -ing of a verb of carrying or housing (relationwords.tsv carrying) right after a common noun and
    /// before a noun phrase is a participle that describes the noun before it, with the phrase after it for its object.
    /// </summary>
    private static bool CarryingGerundReadAsANoun(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var gerund in tree.Where(w => w.Upos == "NOUN" && w.Index > 0 && w.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            var stem = gerund.Form[..^3].ToLowerInvariant();
            var verb = lexicon.Words.IsCarrying(stem) ? stem : lexicon.Words.IsCarrying(stem + "e") ? stem + "e" : null;
            var noun = tree[gerund.Index - 1];
            if (verb is null || noun.Upos != "NOUN" || ObjectAfter(tree, gerund) is not { } obj)
            {
                continue;
            }

            // the one of the three words the parse made the head of the phrase: its head lies outside the phrase
            SyntaxWord[] three = [noun, gerund, obj];
            var tops = three.Where(w => w.Head < noun.Index || w.Head > obj.Index).ToList();
            if (tops.Count != 1)
            {
                continue;
            }

            var top = tops[0];
            foreach (var dependent in tree.Where(w => Array.IndexOf(three, w) < 0 && three.Any(x => x.Index == w.Head)))
            {
                words[dependent.Index] = dependent.Index < noun.Index
                    ? words[dependent.Index] with { Head = noun.Index } // "at a military base"
                    : dependent.Index > obj.Index
                        ? words[dependent.Index] with { Head = gerund.Index, Relation = dependent.Relation is "nmod" ? "obl" : dependent.Relation } // "housing US troops in Erbil"
                        : dependent.Head == obj.Index ? words[dependent.Index] : words[dependent.Index] with { Head = obj.Index }; // "US troops"
            }

            words[noun.Index] = words[noun.Index] with { Head = top.Head, Relation = top.Relation };
            words[gerund.Index] = words[gerund.Index] with { Head = noun.Index, Relation = "acl", Upos = "VERB", Xpos = "VBG", Lemma = verb };
            words[obj.Index] = words[obj.Index] with { Head = gerund.Index, Relation = "obj" };
            changed = true;
        }

        return changed;
    }

    /// <summary>The head of the noun phrase right after <paramref name="word"/>: its first noun or name that modifies no word after it.</summary>
    private static SyntaxWord? ObjectAfter(DependencyTree tree, SyntaxWord word)
    {
        for (var i = word.Index + 1; i < tree.Count; i++)
        {
            var w = tree[i];
            if (w.Upos is "DET" or "ADJ" or "NUM" || w.Upos is "NOUN" or "PROPN" && w.Relation is "compound" or "amod" or "flat" or "nummod" && w.Head > i)
            {
                continue;
            }

            return w.Upos is "NOUN" or "PROPN" ? w : null;
        }

        return null;
    }

    /// <summary>
    /// "Iran has long funded, armed and trained X" with X read as a by-phrase that has no "by": a noun phrase after an active
    /// verb (one with no passive auxiliary) that the parse made its agent without any preposition is its object.
    /// </summary>
    private static bool AgentWithoutBy(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var agent in tree.Where(w => w.Relation == "obl:agent" && w.Upos is "NOUN" or "PROPN"))
        {
            if (tree.HeadOf(agent) is { Upos: "VERB" } verb && verb.Index < agent.Index && !tree.Children(agent).Any(c => c.Is("case"))
                && !tree.Children(verb).Any(c => c.Is("aux:pass") || c.Is("nsubj:pass")))
            {
                words[agent.Index] = words[agent.Index] with { Relation = "obj" };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// "fired rockets at a base hosting X" with "base" hung on the verb as a loose dependent or a parenthetical: a noun phrase
    /// with a preposition of its own under a verb is an oblique of it.
    /// </summary>
    private static bool PrepositionalPhraseReadAsADependent(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var phrase in tree.Where(w => w.Relation is "dep" or "parataxis" && w.Upos is "NOUN" or "PROPN"))
        {
            if (tree.HeadOf(phrase) is { Upos: "VERB" } verb && verb.Index < phrase.Index
                && tree.Children(phrase).Any(c => c.Is("case") && c.Upos == "ADP" && c.Index < phrase.Index))
            {
                words[phrase.Index] = words[phrase.Index] with { Relation = "obl" };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>"Having met X in Riyadh, Y flew to Doha" with "Having" read as a passive auxiliary: "have" makes a perfect, never a passive.</summary>
    private static bool PerfectAuxiliaryReadAsPassive(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var aux in tree.Where(w => w.Is("aux:pass") && w.Lemma.Equals("have", StringComparison.OrdinalIgnoreCase)))
        {
            words[aux.Index] = aux with { Relation = "aux" };
            changed = true;
        }

        return changed;
    }

    private static bool IsFunctionWord(SyntaxWord word) => word.Is("case") || word.Is("det") || word.Is("mark") || word.Is("cc");

    private static bool HeadsClause(DependencyTree tree, SyntaxWord verb) =>
        verb.Relation is "root" or "ccomp" or "parataxis" or "advcl" or "conj" or "xcomp"
        && tree.Ancestors(verb).All(a => ClauseReader.IsVerbal(a) || a.Upos == "PUNCT");

    /// <summary>
    /// "condemned the bombing by X" with the by-phrase hung on the verb: an active verb with an object takes no agent phrase,
    /// so a by-phrase naming an actor right after its event-noun object is the event's agent.
    /// </summary>
    private static bool AgentOfTheObject(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var phrase in tree.Where(w => w.Is("obl") && named[w.Index] && HasMarker(tree, w, "by")))
        {
            if (tree.HeadOf(phrase) is not { } verb || verb.Xpos == "VBN" || tree.Children(verb).Any(c => c.Is("aux:pass") || c.Is("nsubj:pass")))
            {
                continue;
            }

            var noun = tree.Children(verb, "obj").FirstOrDefault(o => lexicon.IsEventNoun(o.Lemma) && o.Index < phrase.Index && tree.Subtree(o)[^1].Index + 1 == tree.Subtree(phrase)[0].Index);
            if (noun is null || tree.Children(noun).Any(c => c.Is("nmod") && HasMarker(tree, c, "by")))
            {
                continue;
            }

            words[phrase.Index] = words[phrase.Index] with { Head = noun.Index, Relation = "nmod" };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "the attack by X on a camp in Y that killed two soldiers": a relative clause whose verb is an attack of the lexicon,
    /// hung on a noun that names no actor and is the place of an event noun before it, describes the event (a camp kills no one).
    /// </summary>
    private static bool EventRelativeOnItsPlace(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var relative in tree.Where(w => w.Is("acl:relcl") && ClauseReader.IsVerbal(w)))
        {
            if (tree.HeadOf(relative) is not { } place || named[place.Index] || lexicon.IsEventNoun(place.Lemma)
                || !lexicon.Lookup(relative.Form, relative.Lemma, "VERB").Any(r => r.Edge == Core.Model.EdgeTypes.Attacked)
                || !tree.Children(relative).Any(c => c.Is("nsubj") && c.Xpos is "WDT" or "WP")
                || !tree.Children(place).Any(c => c.Is("case")))
            {
                continue;
            }

            // the event noun the place's phrase belongs to: a word above it, or a dependent before it of one of those
            var candidates = tree.Ancestors(place).Take(3).SelectMany(a => tree.Children(a).Prepend(a));
            var eventNoun = candidates.Where(c => c.Index < place.Index && ClauseReader.IsNominal(c) && lexicon.IsEventNoun(c.Lemma) && !tree.Dominates(relative, c))
                .OrderByDescending(c => c.Index).FirstOrDefault();
            if (eventNoun is null)
            {
                continue;
            }

            words[relative.Index] = words[relative.Index] with { Head = eventNoun.Index };
            changed = true;
        }

        return changed;
    }

    private static bool VerbReadAsNoun(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var word in tree)
        {
            if (word.Upos != "NOUN" || !lexicon.Lookup(word.Form, word.Lemma, "VERB").Any())
            {
                continue;
            }

            var children = tree.Children(word);
            var infinitive = children.FirstOrDefault(c => c.Is("case") && c.Index == word.Index - 1 && c.Lemma.Equals("to", StringComparison.OrdinalIgnoreCase));
            if (infinitive is not null)
            {
                // "the council's decision to label X": "to" before a bare verb of the lexicon marks an infinitive, not a phrase
                if (children.Any(c => c.Is("det") || c.Is("nmod:poss") || c.Is("amod")) || !children.Any(c => c.Index > word.Index && ClauseReader.IsNominal(c)))
                {
                    continue;
                }

                words[infinitive.Index] = words[infinitive.Index] with { Upos = "PART", Xpos = "TO", Relation = "mark" };
                words[word.Index] = words[word.Index] with
                {
                    Upos = "VERB",
                    Xpos = "VB",
                    Relation = tree.HeadOf(word) is { } governor && ClauseReader.IsNominal(governor) ? "acl" : "advcl",
                };
            }
            else if (!children.Any(c => c.Is("nsubj") && c.Index < word.Index)
                || children.Any(c => (c.Is("det") && !IsFloatingQuantifier(tree, word, c)) || c.Is("cop") || c.Is("nmod:poss") || c.Is("case") || c.Is("amod") && c.Index < word.Index))
            {
                continue;
            }
            else
            {
                var form = word.Form.ToLowerInvariant();
                var xpos = form.EndsWith("ed", StringComparison.Ordinal) ? "VBD" : form.EndsWith('s') ? "VBZ" : "VBP";
                words[word.Index] = words[word.Index] with { Upos = "VERB", Xpos = xpos };
                foreach (var quantifier in children.Where(c => c.Is("det")))
                {
                    words[quantifier.Index] = words[quantifier.Index] with { Upos = "ADV", Xpos = "RB", Relation = "advmod" };
                }
            }

            foreach (var child in children.Where(c => c.Index > word.Index && ClauseReader.IsNominal(c)
                && c.Relation is "nmod:unmarked" or "obl:unmarked" or "compound" or "nmod:npmod" or "obl:npmod" or "dep" or "appos"
                && !tree.Children(c).Any(m => m.Is("case"))))
            {
                words[child.Index] = words[child.Index] with { Relation = "obj" };
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "ISIS continues to plot attacks" read as the phrase "to [plot attacks]": a bare verb of the lexicon right after "to",
    /// read as the first word of a compound whose head noun "to" introduces, is an infinitive with that noun for its object.
    /// </summary>
    private static bool InfinitiveReadAsACompound(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        foreach (var word in tree.Where(w => w.Upos == "NOUN" && w.Is("compound") && w.Index > 1))
        {
            var infinitive = tree[word.Index - 1];
            if (tree.HeadOf(word) is not { } noun || noun.Index <= word.Index || infinitive.Head != noun.Index || !infinitive.Is("case")
                || !infinitive.Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) || tree.HeadOf(noun) is not { } governor || !ClauseReader.IsVerbal(governor)
                || !lexicon.Lookup(word.Form, word.Lemma, "VERB").Any() || lexicon.Lookup(word.Form, word.Lemma, "NOUN").Any()
                || tree.Children(noun).Any(c => c.Index < word.Index && c.Is("det")))
            {
                continue;
            }

            words[infinitive.Index] = infinitive with { Upos = "PART", Xpos = "TO", Head = word.Index, Relation = "mark" };
            words[word.Index] = word with { Upos = "VERB", Xpos = "VB", Head = governor.Index, Relation = "xcomp" };
            words[noun.Index] = noun with { Head = word.Index, Relation = "obj" };
            return true;
        }

        return false;
    }

    /// <summary>"A and B both label X", "the ministers all signed": a quantifier after the subject floats off it, it determines no noun.</summary>
    private static bool IsFloatingQuantifier(DependencyTree tree, SyntaxWord word, SyntaxWord det) =>
        det.Lemma.ToLowerInvariant() is "both" or "all" or "each"
        && det.Index < word.Index
        && tree.Children(word).Any(c => c.Is("nsubj") && c.Index < det.Index);

    private static bool SmallClause(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var verb in tree.Where(w => w.Upos == "VERB" && lexicon.Lookup(w.Form, w.Lemma, "VERB").Any(r => r.Options.Predicate is not null)))
        {
            var objects = tree.Children(verb).Where(c => c.Is("obj") || c.Is("iobj")).ToList();
            if (objects.Count == 2 && objects[0].Index < objects[1].Index && !named[objects[1].Index]
                && (named[objects[0].Index] || lexicon.IsEventNoun(objects[0].Lemma)))
            {
                // "call X a criminal gang", "labelled the Israeli raid on X a violation" read as two objects (or as an indirect
                // and a direct one): the second is the predicate
                words[objects[0].Index] = words[objects[0].Index] with { Relation = "obj" };
                words[objects[1].Index] = words[objects[1].Index] with { Relation = "xcomp" };
                changed = true;
                continue;
            }

            objects.RemoveAll(o => o.Is("iobj"));

            if (objects.Count == 1 && named[objects[0].Index] && !tree.Children(verb).Any(c => c.Is("xcomp") || HasMarker(tree, c, "as")))
            {
                // "decided to label X as a terrorist group" with the as-phrase hung on a verb above: right after the object it
                // is the predicate of the verb that takes one
                var after = tree.Subtree(objects[0])[^1].Index + 1;
                var predicate = tree.Ancestors(verb).Take(3).SelectMany(tree.Children)
                    .FirstOrDefault(c => c.Relation is "obl" or "advcl" && HasMarker(tree, c, "as") && tree.Subtree(c)[0].Index == after && !tree.Dominates(c, verb));
                if (predicate is not null)
                {
                    words[predicate.Index] = words[predicate.Index] with { Head = verb.Index, Relation = "obl" };
                    changed = true;
                }
            }

            foreach (var obj in objects.Where(o => !named[o.Index] && ClauseReader.IsNominal(o)))
            {
                var determiner = tree.Children(obj).FirstOrDefault(c => c.Is("det") && c.Index < obj.Index);
                var name = tree.Children(obj).FirstOrDefault(c => named[c.Index] && c.Index < obj.Index && c.Relation is "compound" or "nmod" or "nmod:unmarked" or "appos" or "flat" or "nsubj"
                    && (determiner is null || c.Index < determiner.Index));
                if (name is null || determiner is null || name.Index < verb.Index)
                {
                    continue;
                }

                // "label [the X] [an extremist network]": the name is the object, the phrase after it the predicate
                words[name.Index] = words[name.Index] with { Head = verb.Index, Relation = "obj" };
                words[obj.Index] = words[obj.Index] with { Relation = "xcomp" };
                foreach (var before in tree.Children(obj).Where(c => c.Index < name.Index && c.Is("det")))
                {
                    words[before.Index] = words[before.Index] with { Head = name.Index };
                }

                changed = true;
            }
        }

        return changed;
    }

    private static bool ClosedApposition(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var appos in tree.Where(w => w.Is("appos")))
        {
            if (tree.HeadOf(appos) is not { } anchor || tree.HeadOf(anchor) is not { } governor || !ClauseReader.IsVerbal(governor) || anchor.Relation is not ("obj" or "nsubj" or "obl"))
            {
                continue;
            }

            // on the apposition's head or deeper inside it ("an alliance of armed factions, for the bombing" on "factions")
            foreach (var phrase in tree.Subtree(appos).Where(c => c.Index > appos.Index && c.Relation is "nmod" or "obl" or "acl" or "advcl"))
            {
                var span = tree.Subtree(phrase);
                if (span[0].Form != "," || span[0].Head != phrase.Index || !tree.Children(phrase).Any(c => c.Is("case") || c.Is("mark")))
                {
                    continue; // only a phrase the comma closing the apposition opens
                }

                words[phrase.Index] = words[phrase.Index] with { Head = governor.Index, Relation = phrase.Relation is "nmod" ? "obl" : phrase.Relation };
                changed = true;
            }
        }

        return changed;
    }

    private static bool ExamplesOnTheClause(DependencyTree tree, SyntaxWord[] words)
    {
        var changed = false;
        foreach (var example in tree.Where(w => w.Is("obl") || w.Is("advcl")))
        {
            var marker = tree.Children(example).FirstOrDefault(c => c.Is("case") && c.Lemma.Equals("such", StringComparison.OrdinalIgnoreCase)
                && tree.Children(c).Any(f => f.Is("fixed") && f.Lemma.Equals("as", StringComparison.OrdinalIgnoreCase)));
            if (marker is null)
            {
                continue;
            }

            var before = tree.Subtree(example)[0].Index - 1;
            while (before >= 0 && tree[before].Upos == "PUNCT")
            {
                before--;
            }

            if (before < 0 || !ClauseReader.IsNominal(tree[before]) || tree.Dominates(example, tree[before]) || tree[before].Head == example.Index)
            {
                continue;
            }

            words[example.Index] = words[example.Index] with { Head = before, Relation = "nmod" };
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "Kuwait, Saudi Arabia Conclude Pact" read with the first name as the root and the verb, with the second name its
    /// subject, hung on it: a headline joins its subjects with a comma, so a title-case verb whose subject is a name that
    /// only a comma parts from the root name heads the headline, the root name its subject and the second name its conjunct.
    /// </summary>
    private static bool CommaCoordinatedSubjectsOfAHeadline(DependencyTree tree, SyntaxWord[] words, bool[] named)
    {
        if (tree.Root is not { } first || !named[first.Index] || first.Upos != "PROPN")
        {
            return false;
        }

        foreach (var verb in tree.Children(first).Where(v => v.Upos == "VERB" && v.Index > first.Index && v.Form.Length > 0 && char.IsUpper(v.Form[0])))
        {
            if (tree.Children(verb, "nsubj").FirstOrDefault() is not { } second || !named[second.Index] || second.Index <= first.Index + 1
                || Enumerable.Range(first.Index + 1, second.Index - first.Index - 1).Any(i => tree[i].Form != ","))
            {
                continue;
            }

            words[verb.Index] = verb with { Head = -1, Relation = "root" };
            words[first.Index] = first with { Head = verb.Index, Relation = "nsubj" };
            words[second.Index] = second with { Head = first.Index, Relation = "conj" };
            for (var i = first.Index + 1; i < second.Index; i++)
            {
                words[i] = tree[i] with { Head = second.Index, Relation = "punct" };
            }

            foreach (var other in tree.Children(first).Where(c => c.Index > verb.Index))
            {
                words[other.Index] = other with { Head = verb.Index, Relation = other.Is("nmod") ? "obl" : other.Relation };
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "Kuwait and Iraq, despite their dispute, signed X", "The army, with support from Y, seized Z" read with the set-off
    /// phrase as the root, the subject hung on its noun and the verb a clause after it: a phrase a preposition opens heads
    /// no sentence, so the finite verb after it, lacking a subject of its own, heads the clause, takes the subject before
    /// the phrase, and the phrase becomes its oblique.
    /// </summary>
    private static bool PhraseBeforeTheVerbReadAsTheRoot(DependencyTree tree, SyntaxWord[] words)
    {
        // "X, with support from Y, seized Z" with the phrase already the verb's oblique but the subject still hung on it
        foreach (var oblique in tree.Where(w => w.Is("obl") && w.Upos == "NOUN"))
        {
            if (tree.HeadOf(oblique) is { Upos: "VERB" } clauseVerb && clauseVerb.Index > oblique.Index && !tree.Children(clauseVerb).Any(c => c.Is("nsubj"))
                && tree.Children(oblique, "case").FirstOrDefault(c => c.Upos == "ADP" && c.Index < oblique.Index) is { } marker
                && tree.Children(oblique, "nsubj").FirstOrDefault(n => n.Index < marker.Index) is { } stranded)
            {
                words[stranded.Index] = stranded with { Head = clauseVerb.Index, Relation = "nsubj" };
                return true;
            }
        }

        if (tree.Root is not { Upos: "NOUN" } phrase
            || tree.Children(phrase, "case").FirstOrDefault(c => c.Upos == "ADP" && c.Index < phrase.Index) is not { } preposition
            || tree.Children(phrase, "nsubj").FirstOrDefault(s => s.Index < preposition.Index) is not { } subject
            || tree.Children(phrase).FirstOrDefault(v => v.Index > phrase.Index && v.Upos == "VERB" && v.Xpos is "VBD" or "VBZ" or "VBP"
                && v.Relation is "acl" or "conj" or "parataxis" or "advcl" or "dep" or "ccomp") is not { } verb
            || tree.Children(verb).Any(c => c.Is("nsubj") || c.Is("mark") || c.Is("cc")))
        {
            return false;
        }

        words[verb.Index] = verb with { Head = -1, Relation = "root" };
        words[subject.Index] = subject with { Head = verb.Index, Relation = "nsubj" };
        words[phrase.Index] = phrase with { Head = verb.Index, Relation = "obl" };
        foreach (var other in tree.Children(phrase).Where(c => c.Index > verb.Index))
        {
            words[other.Index] = other with { Head = verb.Index };
        }

        return true;
    }

    /// <summary>
    /// "Iraq says the Turkish bases in Duhok breach its sovereignty", "Kuwait insists Iraqi boats are entering its waters"
    /// read with the clause's subject as the speech verb's object and its verb a clause without a subject: a speech verb
    /// reports the clause, so a finite verb after the object, with no subject or complementizer of its own, takes the
    /// object as its subject; phrases hung on the speech verb between them belong to that subject.
    /// </summary>
    private static bool SubjectOfAReportedClauseReadAsObject(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var speech in tree.Where(w => w.Upos == "VERB" && lexicon.Words.IsSpeech(w.Lemma)))
        {
            if (tree.Children(speech, "obj").FirstOrDefault(o => o.Index > speech.Index && ClauseReader.IsNominal(o) && o.Upos != "PRON") is not { } subject
                || tree.Children(speech).FirstOrDefault(v => v.Index > subject.Index && v.Upos == "VERB" && v.Relation is "ccomp" or "advcl" or "parataxis" or "dep" or "xcomp"
                    && (v.Xpos is "VBD" or "VBZ" or "VBP" || tree.Children(v).Any(a => a.Is("aux") && a.Index < v.Index))) is not { } verb
                || tree.Children(verb).Any(c => c.Is("nsubj") || c.Is("mark") || c.Is("expl"))
                || tree.Children(speech).Any(c => c.Index > subject.Index && c.Index < verb.Index && !c.Is("obl")))
            {
                continue;
            }

            words[subject.Index] = subject with { Head = verb.Index, Relation = "nsubj" };
            words[verb.Index] = verb with { Relation = "ccomp" };
            foreach (var phrase in tree.Children(speech).Where(c => c.Index > subject.Index && c.Index < verb.Index && c.Is("obl")))
            {
                words[phrase.Index] = phrase with { Head = subject.Index, Relation = "nmod" };
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "Fighting broke out between A and B" read with "Fighting" a gerund: a gerund that is a verb's subject and takes no
    /// argument of its own, whose form is an event noun of the lexicon, is that noun (its phrases hang on the verb).
    /// </summary>
    private static bool GerundEventNounReadAsAVerb(DependencyTree tree, SyntaxWord[] words, TriggerLexicon lexicon)
    {
        var changed = false;
        foreach (var gerund in tree.Where(w => w.Upos == "VERB" && w.Xpos == "VBG" && w.Is("nsubj")))
        {
            var form = gerund.Form.ToLowerInvariant();
            if (!lexicon.IsEventNoun(form) || tree.HeadOf(gerund) is not { } verb || !ClauseReader.IsVerbal(verb)
                || tree.Children(gerund).Any(c => c.Relation is not ("det" or "amod" or "punct" or "compound")))
            {
                continue;
            }

            words[gerund.Index] = gerund with { Upos = "NOUN", Xpos = "NN", Lemma = form };
            changed = true;
        }

        // "Intelligence sharing between A and B has grown", "an information exchange with X" read as a noun with a gerund clause:
        // a gerund of an event noun right after the noun it hangs on, with no object of its own, is the compound's head
        foreach (var gerund in tree.Where(w => w.Upos == "VERB" && w.Xpos == "VBG" && w.Is("acl") && w.Index > 0 && w.Head == w.Index - 1))
        {
            var form = gerund.Form.ToLowerInvariant();
            if (!lexicon.IsEventNoun(form) || tree.HeadOf(gerund) is not { } noun || noun.Upos != "NOUN"
                || tree.Children(gerund).Any(c => c.Relation is "obj" or "mark" or "aux" or "nsubj" or "ccomp" or "xcomp"))
            {
                continue;
            }

            words[gerund.Index] = gerund with { Upos = "NOUN", Xpos = "NN", Lemma = form, Head = noun.Head, Relation = noun.Relation };
            words[noun.Index] = noun with { Head = gerund.Index, Relation = "compound" };
            foreach (var det in tree.Children(noun).Where(c => c.Is("det")))
            {
                words[det.Index] = det with { Head = gerund.Index };
            }

            foreach (var phrase in tree.Children(gerund).Where(c => c.Is("obl")))
            {
                words[phrase.Index] = phrase with { Relation = "nmod" };
            }

            changed = true;
        }

        // "X received funding from Y", "got training from Z" with the gerund read as the verb's complement clause: a bare gerund
        // right after a verb whose trigger row names that word as its object is the object, and its phrases are the verb's
        foreach (var gerund in tree.Where(w => w.Upos == "VERB" && w.Xpos == "VBG" && w.Is("xcomp") && w.Index > 0 && w.Head == w.Index - 1))
        {
            var form = gerund.Form.ToLowerInvariant();
            if (tree.HeadOf(gerund) is not { } verb || verb.Upos != "VERB"
                || !lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any(r => r.Options.Objects is { } objects && objects.Contains(form))
                || tree.Children(gerund).Any(c => c.Relation is "obj" or "mark" or "aux" or "nsubj" or "ccomp" or "xcomp" or "iobj"))
            {
                continue;
            }

            words[gerund.Index] = gerund with { Upos = "NOUN", Xpos = "NN", Lemma = form, Relation = "obj" };
            foreach (var phrase in tree.Children(gerund).Where(c => c.Is("obl") || c.Is("advmod")))
            {
                words[phrase.Index] = phrase with { Head = verb.Index };
            }

            changed = true;
        }

        // "had held talks there a day earlier" with "talks" a verb: the object of a light verb is a noun, its dependents the light verb's
        foreach (var plural in tree.Where(w => w.Upos == "VERB" && w.Xpos == "VBZ" && w.Is("obj") && w.Index > 0))
        {
            if (tree.HeadOf(plural) is not { } light || light.Upos != "VERB" || !lexicon.Words.IsLight(light.Lemma) || !lexicon.IsEventNoun(plural.Lemma)
                || tree.Children(plural).Any(c => c.Is("obj") || c.Is("mark") || c.Is("aux")))
            {
                continue;
            }

            words[plural.Index] = plural with { Upos = "NOUN", Xpos = "NNS" };
            foreach (var child in tree.Children(plural).Where(c => c.Index > plural.Index && c.Relation is "expl" or "nsubj" or "advmod" or "obl:unmarked"))
            {
                words[child.Index] = child with { Head = light.Index, Relation = child.Relation switch { "expl" => "advmod", "nsubj" => "obl:unmarked", _ => child.Relation } };
            }

            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "Bahrain and the United Arab Emirates accuse Iran of X" read as one noun phrase: "accuse" a noun conjoined to the
    /// first name, the second name its compound and the object its apposition. A word the lexicon knows only as a verb,
    /// right after a name hung on it as a compound, with a name or noun phrase after it, is the verb: the root name is
    /// its subject and the compound name that subject's conjunct (with the conjunction and article before it).
    /// </summary>
    private static bool VerbReadAsTheLastConjunctOfItsSubject(DependencyTree tree, SyntaxWord[] words, bool[] named, TriggerLexicon lexicon)
    {
        if (tree.Root is not { } first || !named[first.Index])
        {
            return false;
        }

        foreach (var word in tree.Children(first, "conj").Where(w => w.Upos == "NOUN" && w.Index > 1))
        {
            var second = tree[word.Index - 1];
            if (!named[second.Index] || second.Head != word.Index || !second.Is("compound")
                || !lexicon.Lookup(word.Form, word.Lemma, "VERB").Any() || lexicon.Lookup(word.Form, word.Lemma, "NOUN").Any()
                || tree.Children(word).FirstOrDefault(c => c.Index > word.Index && c.Relation is "appos" or "obj" or "compound" or "dep" && ClauseReader.IsNominal(c)) is not { } obj)
            {
                continue;
            }

            var form = word.Form.ToLowerInvariant();
            words[word.Index] = word with { Upos = "VERB", Xpos = form.EndsWith('s') ? "VBZ" : "VBP", Head = first.Head, Relation = first.Relation };
            words[first.Index] = first with { Head = word.Index, Relation = "nsubj" };
            words[second.Index] = second with { Head = first.Index, Relation = "conj" };
            words[obj.Index] = obj with { Relation = "obj" };
            foreach (var before in tree.Children(word).Where(c => c.Index < second.Index && c.Index > first.Index))
            {
                words[before.Index] = before with { Head = second.Index }; // "and the" belong to the second name
            }

            foreach (var other in tree.Children(first).Where(c => c.Index > word.Index))
            {
                words[other.Index] = other with { Head = word.Index }; // the final stop
            }

            return true;
        }

        return false;
    }
}

/// <summary>A sentence's repaired tree with what it was repaired from: the parse, the mentions' spans, labels and roles, the lexicon and gazetteer.</summary>
internal sealed class RepairedTree(DependencyTree parsed, (int Start, int End, string Label, MentionRole Role)[] mentions, TriggerLexicon lexicon, Gazetteer gazetteer, DependencyTree tree)
{
    public DependencyTree Tree { get; } = tree;

    public static (int Start, int End, string Label, MentionRole Role)[] Describe(IReadOnlyList<Mention> mentions)
    {
        var described = new (int, int, string, MentionRole)[mentions.Count];
        for (var i = 0; i < described.Length; i++)
        {
            var m = mentions[i];
            described[i] = (m.Start, m.End, m.Label, m.Role);
        }

        return described;
    }

    /// <summary>True when repairing <paramref name="tree"/> for <paramref name="others"/> would read what this tree was repaired from.</summary>
    public bool Holds(DependencyTree tree, IReadOnlyList<Mention> others, TriggerLexicon withLexicon, Gazetteer withGazetteer)
    {
        if (!ReferenceEquals(tree, parsed) || !ReferenceEquals(withLexicon, lexicon) || !ReferenceEquals(withGazetteer, gazetteer) || others.Count != mentions.Length)
        {
            return false;
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            var (start, end, label, role) = mentions[i];
            var m = others[i];
            if (m.Start != start || m.End != end || m.Role != role || !string.Equals(m.Label, label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
