using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Relations.Clauses;

/// <summary>
/// Reads a trigger's arguments off a <see cref="ClauseTree"/>: the words in its agent, patient and
/// prepositional slots (through passives, coordination, control, relative and participle clauses, light
/// verbs), the mentions those words stand for (through coordination, appositions, proxy nouns such as
/// "officials from X" or "a delegation led by Y"), whether the event is stated as a fact (not negated,
/// planned or hypothetical), and who reports it. Every walk is bounded, so a wrong attachment costs an
/// argument, never a loop.
/// </summary>
internal sealed class ClauseReader(ClauseTree clause, TriggerLexicon lexicon, SentenceView view, Gazetteer gazetteer)
{
    private const int MaxDepth = 6;

    private static readonly HashSet<string> ObjectControl = new(StringComparer.Ordinal)
    {
        "urge", "ask", "persuade", "invite", "order", "force", "allow", "tell", "encourage", "help", "enable", "push", "call", "pressure", "press",
    };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "which", "who", "whom", "that", "whose" };

    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "round", "series", "wave", "barrage", "number", "set", "string", "spate", "flurry", "volley", "salvo", "day", "days", "hours",
    };

    private DependencyTree Tree => clause.Tree;

    private RelationWords Words => lexicon.Words;

    public ClauseTree Clause => clause;

    // ---------------------------------------------------------------- slots

    /// <summary>The words a role of a trigger row points at (before they are read as mentions).</summary>
    public IReadOnlyList<SyntaxWord> RoleWords(SyntaxWord trigger, RoleAtom atom, bool ownPhrasesOnly = false) => atom.Kind switch
    {
        RoleKind.Agent => AgentWords(trigger),
        RoleKind.Patient => PatientWords(trigger),
        RoleKind.Preposition => ownPhrasesOnly ? OwnPhrases(trigger, atom.Preposition!) : PrepositionWords(trigger, atom.Preposition!),
        RoleKind.Appos => ApposWords(trigger),
        RoleKind.Speaker => SpeakerWords(trigger),
        RoleKind.Governor => GovernorWords(trigger),
        RoleKind.Purpose => PurposeWords(trigger),
        RoleKind.Content => ContentWords(trigger),
        RoleKind.Self => [trigger],
        _ => [],
    };

    /// <summary>The words in the agent slot of a trigger (a verb's subject, a passive's by-phrase, an event noun's owner or light verb's subject).</summary>
    public List<SyntaxWord> AgentWords(SyntaxWord trigger) => IsNominal(trigger) && !ActsAsVerb(trigger) ? NounAgentWords(trigger, 0) : VerbAgentWords(trigger, 0);

    /// <summary>A word tagged as a noun that governs a subject or an object acts as the verb ("Both A and B now label X" with "label" mistagged).</summary>
    public bool ActsAsVerb(SyntaxWord word) =>
        word.Upos is "VERB" or "AUX" || (word.Upos is "NOUN" && Tree.Children(word).Any(c => c.Is("nsubj") || c.Is("obj")) && !Tree.Children(word).Any(c => c.Is("det") || c.Is("cop")));

    /// <summary>The words in the patient slot of a verb: its object, or the subject of a passive.</summary>
    public List<SyntaxWord> PatientWords(SyntaxWord verb)
    {
        if (IsNominal(verb) && !ActsAsVerb(verb))
        {
            return [];
        }

        if (PerfectMisread(verb) is not null || GluedSubject(verb) is not null)
        {
            return [Tree.HeadOf(verb)!];
        }

        if (IsPassive(verb))
        {
            var subjects = Children(verb, "nsubj:pass").ToList();
            if (subjects.Count > 0)
            {
                // "the units, which are supported by X": the relative pronoun subject is the clause's antecedent
                return [.. subjects.Select(s => IsRelativePronoun(s) && verb.Relation == "acl:relcl" ? Antecedent(verb) : s)];
            }

            var head = Tree.HeadOf(verb);
            return verb.Relation switch
            {
                "acl" or "amod" or "acl:relcl" when head is not null => [head], // "militias backed by X", "groups which were attacked"
                "conj" when head is not null && IsPassive(head) && !HasSubject(verb) => Children(head, "nsubj:pass").ToList(),
                _ => [],
            };
        }

        var objects = Children(verb, "obj").ToList();
        if (objects.Count > 0)
        {
            // "label X an extremist network" read as a small clause: X is the subject of "network"
            // "rebels, which X has accused of ...": the relative pronoun object is the clause's antecedent
            return [.. objects.Select(o => IsRelativePronoun(o) && verb.Relation == "acl:relcl" ? Antecedent(verb)
                : FreeRelativeDescription(o) is { } described ? described // "condemned what it described as an attack by X"
                : IsNominal(o) && clause.MentionAt(o) is null && Children(o, "nsubj").FirstOrDefault() is { } inner ? inner : o)];
        }

        if (Children(verb, "xcomp").FirstOrDefault(x => Children(x, "nsubj").Any()) is { } smallClause)
        {
            return [.. Children(smallClause, "nsubj")];
        }

        if (!Words.IsSpeech(verb.Lemma) && !Words.IsIrrealis(verb.Lemma)
            && Children(verb, "ccomp").FirstOrDefault(c => c.Index > verb.Index && !Tree.Children(c).Any(m => m.Is("mark") && m.Upos == "SCONJ")) is { } misread
            && Children(misread, "nsubj").Where(n => n.Index < misread.Index && (clause.MentionAt(n) is not null || Tree.Children(n).Any(d => d.Is("det")))).ToList() is { Count: > 0 } owners)
        {
            // "struck suspected Hezbollah depots", "condemned the US strikes on X" read as a clause with a verb "depots",
            // "strikes": a verb that takes no clause has a noun phrase there, whose name before the head is the patient
            return owners;
        }

        // "slammed what it called a reckless bombardment by X", "condemned what they described as an attack": the free
        // relative's description is the patient
        if (Children(verb, "ccomp").FirstOrDefault(c => c.Index > verb.Index && Children(c, "obj").Any(o => o.Index < c.Index && o.Lemma.Equals("what", StringComparison.OrdinalIgnoreCase))) is { } freeRelative
            && Tree.Children(freeRelative).FirstOrDefault(d => d.Index > freeRelative.Index && (d.Is("obj") || d.Is("xcomp") || (d.Is("obl") && CaseOf(d) == "as"))) is { } described)
        {
            return [described];
        }

        var governor = Tree.HeadOf(verb);
        if (verb.Relation == "acl:relcl" && governor is not null)
        {
            // "the group, which X accused of ...", "the attack the PKK was planning": the object gap is the noun
            var relative = RelativePronoun(verb);
            if ((relative is not null && relative.Is("obj")) || (relative is null && HasSubject(verb)))
            {
                return [Antecedent(verb)];
            }
        }

        // "struck and destroyed X": the object of the last conjunct serves the bare verb before it
        foreach (var conjunct in Children(verb, "conj").Where(IsVerbal))
        {
            if (!HasSubject(conjunct) && Children(conjunct, "obj").ToList() is { Count: > 0 } shared)
            {
                return shared;
            }
        }

        if (verb.Relation == "conj" && governor is not null && IsVerbal(governor) && !HasSubject(verb) && Tree.Children(verb).All(c => !c.Is("obl")))
        {
            return [.. Children(governor, "obj")];
        }

        return [];
    }

    /// <summary>
    /// "denounced the activities of ... in northern Iraq, a reference to X": the phrase an appositive
    /// "a reference to" points at, after the trigger (it hangs wherever the parser finds room).
    /// </summary>
    public List<SyntaxWord> ReferenceWords(SyntaxWord trigger) =>
        [.. Tree.Where(w => w.Index > trigger.Index && w.Lemma.ToLowerInvariant() is "reference" or "allusion" && Tree.Children(w).Any(c => c.Is("det") && c.Lemma == "a"))
            .SelectMany(Tree.Children).Where(c => c.Is("nmod") && CaseOf(c) == "to")];

    /// <summary>The noun phrases a preposition introduces under the trigger ("talks with X"); under a light verb and under a place right after the trigger too (common misattachments).</summary>
    public List<SyntaxWord> PrepositionWords(SyntaxWord trigger, string preposition)
    {
        var result = Tree.Children(trigger).Where(c => IsModifierOrOblique(c) && HasCase(c, preposition)).ToList();
        if (IsNominal(trigger) && LightVerb(trigger, 0) is { } light)
        {
            result.AddRange(Tree.Children(light).Where(c => c.Index != trigger.Index && IsModifierOrOblique(c) && HasCase(c, preposition)));
        }

        if (IsNominal(trigger) && trigger.Is("nsubj") && Tree.HeadOf(trigger) is { } predicate && IsVerbal(predicate))
        {
            // "clashes erupted between A and B", "an agreement takes shape between A and B": the event's phrases hung on its predicate
            var hosts = Children(predicate, "obj").Where(o => clause.MentionAt(o) is null).Prepend(predicate);
            result.AddRange(hosts.SelectMany(Tree.Children).Where(c => c.Index != trigger.Index && IsModifierOrOblique(c) && HasCase(c, preposition)));
        }

        if (IsNominal(trigger))
        {
            // "an agreement signed in 2023 between A and B": the phrase hung on the participle that describes the noun
            result.AddRange(Children(trigger, "acl").Where(a => a.Xpos == "VBN").SelectMany(Tree.Children).Where(c => IsModifierOrOblique(c) && HasCase(c, preposition)));
        }

        if (!IsNominal(trigger))
        {
            // "signed the agreement with X", "fired rockets at X": the phrase the verb requires attached to its object; "launched rockets
            // on X", "fired shells into X": any phrase hung on an object that is a common noun, neither a name nor an event of its own
            // ("blamed the attack on X")
            foreach (var obj in Children(trigger, "obj").Where(IsNominal))
            {
                if (clause.MentionAt(obj) is null && obj.Upos == "NOUN" && lexicon.IsEventNoun(NounLemma(obj)) && LaysEventOn(trigger, preposition))
                {
                    // "attributed the strike on its border post to X" with the phrase hung on the event's own phrase
                    result.AddRange(Tree.Subtree(obj).Where(c => c.Index != obj.Index && c.Index > obj.Index && IsModifierOrOblique(c) && CaseOf(c) == preposition));
                }
                else if (preposition is "with" or "at" || (clause.MentionAt(obj) is null && obj.Upos == "NOUN" && !lexicon.IsEventNoun(NounLemma(obj))))
                {
                    result.AddRange(Tree.Children(obj).Where(c => IsModifierOrOblique(c) && CaseOf(c) == preposition));
                }
            }

            // "sat down with X", "met up with X": the phrase hung on the verb's particle
            foreach (var particle in Tree.Children(trigger).Where(c => c.Index == trigger.Index + 1 && (c.Is("compound:prt") || c.Is("advmod")) && c.Upos is "ADV" or "ADP" or "PART"))
            {
                result.AddRange(Tree.Children(particle).Where(c => IsModifierOrOblique(c) && HasCase(c, preposition)));
            }
        }

        if (IsNominal(trigger) && result.Count == 0)
        {
            // "the signing by A and B of X": the phrase after the by-phrase hung on it, under the noun or under its verb
            var byPhrases = Tree.Children(trigger).Where(c => c.Is("nmod") && CaseOf(c) == "by").ToList();
            if (Tree.HeadOf(trigger) is { } verb && IsVerbal(verb))
            {
                byPhrases.AddRange(Tree.Children(verb).Where(c => c.Is("obl") && CaseOf(c) == "by" && Tree.Subtree(c).Min(w => w.Index) == Tree.Subtree(trigger).Max(w => w.Index) + 1));
            }

            foreach (var by in byPhrases)
            {
                result.AddRange(Tree.Children(by).Where(c => c.Index > by.Index && c.Is("nmod") && HasCase(c, preposition)));
            }
        }

        if (result.Count == 0)
        {
            if (GluedSubject(trigger) is not null && Tree.HeadOf(trigger) is { } glued)
            {
                result.AddRange(Tree.Children(glued).Where(c => IsModifierOrOblique(c) && HasCase(c, preposition))); // "Hezbollah fired rockets at X"
            }

            // "held talks in Nairobi with X", "airstrikes in Syria against X": the phrase hung on the place before it
            foreach (var child in Tree.Children(trigger).Where(c => IsModifierOrOblique(c)
                && (clause.MentionAt(c) is { Label: NodeLabels.Place } || (clause.MentionAt(c) is { Label: NodeLabels.Country } && CaseOf(c) == "in"))))
            {
                result.AddRange(Tree.Children(child).Where(c => IsModifierOrOblique(c) && CaseOf(c) == preposition));
            }

            if (preposition == "in")
            {
                // "hosted X at the royal palace in Amman", "arrived at the airport in Erbil": the town the venue is in
                foreach (var venue in Tree.Children(trigger).Where(c => IsModifierOrOblique(c) && CaseOf(c) == "at" && clause.MentionAt(c) is null && c.Upos == "NOUN"))
                {
                    result.AddRange(Tree.Children(venue).Where(c => IsModifierOrOblique(c) && CaseOf(c) == "in" && clause.MentionAt(c) is { Label: NodeLabels.Place }));
                }
            }
        }

        if (preposition == "with")
        {
            result.RemoveAll(IsComitative); // "Along with A, B held talks with C": A is a co-subject of B, never the partner
        }

        return result;
    }

    /// <summary>
    /// The phrases a preposition introduces under the noun itself; an in-phrase only when no verb governs the
    /// noun ("signed the deal in Baghdad" says where it was signed, whatever the attachment).
    /// </summary>
    private List<SyntaxWord> OwnPhrases(SyntaxWord noun, string preposition) =>
        preposition == "in" && Tree.HeadOf(noun) is { } head && IsVerbal(head)
            ? []
            : [.. Tree.Children(noun).Where(c => IsModifierOrOblique(c) && HasCase(c, preposition))];

    /// <summary>
    /// "blamed the attack on X", "attributed the bombing to X": an accusation verb whose row names an on- or to-phrase lays the
    /// event its object names on the one the phrase names, wherever the parse hangs the phrase (under the event noun too).
    /// </summary>
    private bool LaysEventOn(SyntaxWord verb, string preposition) =>
        preposition is "on" or "to" && lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any(r => r.Edge == EdgeTypes.Accused && r.Target.Atoms.Any(a => a.Kind == RoleKind.Preposition && a.Preposition == preposition));

    /// <summary>The agent of the verb a noun depends on ("X struck Y with coalition support" for "support").</summary>
    public List<SyntaxWord> GovernorWords(SyntaxWord noun)
    {
        if (Tree.Children(noun).Any(c => c.Is("nmod") && CaseOf(c) is "for" or "to" or "of"))
        {
            return []; // "X expressed support for Y's plan": the noun names whom it is for; the verb's subject only voices it
        }

        var head = Tree.HeadOf(noun);
        for (var steps = 0; head is not null && IsNominal(head) && steps < 2; steps++)
        {
            head = Tree.HeadOf(head); // "killed ISIS leaders with coalition support" with the phrase hung on the object
        }

        return head is not null && IsVerbal(head) ? VerbAgentWords(head, 0) : [];
    }

    /// <summary>The speaker of the reported clause holding the trigger ("X said ...", "..., X said").</summary>
    public List<SyntaxWord> SpeakerWords(SyntaxWord trigger)
    {
        var node = trigger;
        for (var steps = 0; steps < 12; steps++)
        {
            foreach (var child in Tree.Children(node))
            {
                if ((child.Is("parataxis") || (child.Is("conj") && child.Index > trigger.Index) || (child.Relation is "advcl" or "obl" or "dep" && child.Index > trigger.Index && InQuotation(trigger)))
                    && IsVerbal(child) && Words.IsSpeech(child.Lemma))
                {
                    return VerbAgentWords(child, 0); // "..., the ministry said" (a quote's speech verb read as a conjunct, an adverbial clause or an oblique too)
                }
            }

            var head = Tree.HeadOf(node);
            if (head is null)
            {
                return [];
            }

            if ((node.Is("ccomp") || node.Is("parataxis") || (node.Is("xcomp") && IsVerbal(node)) || IsReportedReason(node, head)) && Words.IsSpeech(head.Lemma))
            {
                return VerbAgentWords(head, 0);
            }

            node = head;
        }

        return [];
    }

    /// <summary>
    /// A reason clause after a speech verb's reported clause ("X noted that A, because B is exploited by C"):
    /// it goes on with what the speaker states, wherever the parser hangs it.
    /// </summary>
    private bool IsReportedReason(SyntaxWord clause, SyntaxWord speech) =>
        clause.Is("advcl")
        && Tree.Children(clause).Any(m => m.Is("mark") && m.Lemma.ToLowerInvariant() is "because" or "since")
        && Tree.Children(speech).Any(c => c.Is("ccomp") && c.Index < clause.Index);

    /// <summary>Places and borders named inside a noun's purpose or relative clauses ("an agreement to resume work in X").</summary>
    public List<SyntaxWord> PurposeWords(SyntaxWord noun)
    {
        // the noun's own clauses, and those of an apposition that renames it ("an agreement, a move aimed at X")
        var scope = Tree.Children(noun).Concat(Children(noun, "appos").SelectMany(Tree.Children))
            .Where(c => c.Is("acl")).SelectMany(Tree.Subtree).ToList();
        // "an agreement between A and B, aimed at X" with the participle hung on B: set off by a comma, it describes the accord
        scope.AddRange(Tree.Subtree(noun).Where(p => p.Index > noun.Index && p.Head != noun.Index && p.Xpos == "VBN" && Words.IsPurpose(p.Lemma)
            && p.Relation is "acl" or "advcl" or "amod" && Tree.Children(p).Any(c => c.Form == "," && c.Index < p.Index)).SelectMany(Tree.Subtree));
        if (Tree.HeadOf(noun) is { } governor)
        {
            // "after an agreement between A and B, aimed at X" with the participle hung on the clause
            scope.AddRange(Tree.Children(governor).Where(c => c.Index > noun.Index && c.Xpos == "VBN" && Words.IsPurpose(c.Lemma)).SelectMany(Tree.Subtree));

            // "signed an agreement, a move officials said was aimed at X": the purpose said of the act in a clause after it,
            // reached through clauses only (never through another noun phrase)
            scope.AddRange(Tree.Subtree(governor).Where(p => p.Index > noun.Index && p.Xpos == "VBN" && Words.IsPurpose(p.Lemma) && p.Head != governor.Index
                && Tree.Ancestors(p).TakeWhile(a => a.Index != governor.Index).All(a => IsVerbal(a) && a.Relation is "ccomp" or "parataxis" or "advcl" or "conj"))
                .SelectMany(Tree.Subtree));
        }

        if (noun.Is("obj") && Tree.HeadOf(noun) is { } signing && IsVerbal(signing))
        {
            // "signed a memorandum to organise returns from X": the infinitive hung on the verb says what the accord is for
            scope.AddRange(Children(signing, "advcl").Where(c => c.Index > noun.Index && Tree.Children(c).Any(m => m.Is("mark") && m.Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))).SelectMany(Tree.Subtree));
        }

        if (noun.Is("obl") && CaseOf(noun) is { } marker && (marker.StartsWith("accord", StringComparison.Ordinal) || marker == "under") && Tree.HeadOf(noun) is { } clauseHead)
        {
            // "according to the deal, the army will run checkpoints in X": what the deal provides
            var own = Tree.Subtree(noun).Select(w => w.Index).ToHashSet();
            scope.AddRange(Tree.Subtree(clauseHead).Where(w => !own.Contains(w.Index)));
        }

        // subjects, where- and when-clauses and the sides that name a border are no part of what the accord is for
        var excluded = new HashSet<int>();
        foreach (var w in scope)
        {
            if (w.Is("nsubj") || Tree.Children(w).Any(c => c.Is("advmod") && c.Lemma.ToLowerInvariant() is "where" or "when")
                || (Tree.HeadOf(w) is { } owner && clause.MentionAt(owner) is { Label: NodeLabels.Border })
                || (w.Is("obl") && Tree.HeadOf(w) is { } participle && IsSigning(participle)))
            {
                foreach (var below in Tree.Subtree(w))
                {
                    excluded.Add(below.Index);
                }
            }
        }

        return [.. scope.Where(w => !excluded.Contains(w.Index) && clause.MentionAt(w) is { Label: NodeLabels.Place or NodeLabels.Border })];
    }

    /// <summary>
    /// Places and borders named inside a verb's object ("the agreement covers the sharing of posts in X", "the deal
    /// regulates trade across the X border"): what the verb's subject is about.
    /// </summary>
    public List<SyntaxWord> ContentWords(SyntaxWord verb) =>
        [.. PatientWords(verb).SelectMany(Tree.Subtree).Where(w => clause.MentionAt(w) is { Label: NodeLabels.Place or NodeLabels.Border })];

    /// <summary>
    /// A verb that concludes an accord (a SIGNED or PARTY_TO verb of the lexicon, not one that carries it out): where it was signed
    /// ("the agreement signed in Niamey") is no part of what the accord is about.
    /// </summary>
    private bool IsSigning(SyntaxWord verb) =>
        IsVerbal(verb) && lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any(r => r.Edge == EdgeTypes.Signed || (r.Edge == EdgeTypes.PartyTo && !r.Options.AnyMood));

    /// <summary>
    /// An accord noun that names a text nobody has signed: a draft or a proposal ("a draft agreement", "the proposed pact",
    /// modifiers of the irrealis-mod class, also inside the folded name), the patient of a signing verb the sentence does not
    /// state ("was not signed", "have yet to sign", "is expected to sign"), or the subject of "under discussion", "under
    /// negotiation", "is being negotiated". Such an accord has no parties yet.
    /// </summary>
    public bool IsUnsigned(SyntaxWord document)
    {
        if (!IsNominal(document))
        {
            return false;
        }

        if (Tree.Children(document).Any(c => c.Relation is "amod" or "compound" && Words.IsIrrealisModifier(c.Lemma.ToLowerInvariant()))
            || (clause.MentionAt(document) is { } named && named.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Words.IsIrrealisModifier(w.ToLowerInvariant()))))
        {
            return true;
        }

        var head = Tree.HeadOf(document);
        if (head is null)
        {
            return false;
        }

        if (document.Relation is "obj" or "nsubj:pass" or "nsubj" && IsSigning(head) && !IsStated(head))
        {
            return true;
        }

        return (document.Is("nsubj") && Tree.Children(head).Any(c => c.Is("case") && c.Lemma.Equals("under", StringComparison.OrdinalIgnoreCase)))
            || (document.Is("nsubj:pass") && IsVerbal(head) && Tree.Children(head).Any(c => c.Is("aux:pass") && c.Form.Equals("being", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The object words of a verb, a relative pronoun read as the noun it stands for ("the attack that X was planning").</summary>
    public IEnumerable<SyntaxWord> ObjectWords(SyntaxWord verb) =>
        Children(verb, "obj").Select(o => IsRelativePronoun(o) && verb.Relation == "acl:relcl" && Tree.HeadOf(verb) is { } antecedent ? antecedent : o)
            .Concat(Children(verb, "nsubj:pass"))
            .Concat(Children(verb, "xcomp").Where(x => x.Xpos == "VBG" && x.Index == verb.Index + 1 && !Tree.Children(x).Any(c => c.Is("obj") || c.Is("nsubj") || c.Is("mark"))));

    // the object of a passive is its subject ("fire was exchanged between A and B"); "exchanged shelling": a bare gerund right
    // after the verb, read as its clausal complement, is the noun it names

    /// <summary>The appositions of a noun ("its signatories, A and B").</summary>
    public List<SyntaxWord> ApposWords(SyntaxWord noun) =>
        [.. Children(noun, "appos").Concat(Children(noun, "conj").Where(c => clause.MentionAt(c) is not null && Tree.Children(c).Concat(Tree.Children(noun)).Any(p => p.Is("punct") && p.Form == ",")))];

    private List<SyntaxWord> VerbAgentWords(SyntaxWord verb, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        if (IsNominal(verb) && !ActsAsVerb(verb))
        {
            return NounAgentWords(verb, depth + 1);
        }

        if (PerfectMisread(verb) is { } have)
        {
            return VerbAgentWords(have, depth + 1); // "The US has blamed X" read as "has (blamed X)"
        }

        if (GluedSubject(verb) is { } glued)
        {
            return [glued];
        }

        if (IsPassive(verb))
        {
            var agents = Tree.Children(verb).Where(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by")).ToList();
            if (agents.Count == 0)
            {
                // "designated as a terrorist organization by X" with the by-phrase hung on the predicate noun
                agents.AddRange(Tree.Children(verb).Where(c => c.Is("obl") || c.Is("xcomp")).SelectMany(Tree.Children).Where(c => c.Is("nmod") && CaseOf(c) == "by"));
            }

            if (agents.Count == 0)
            {
                // "X is funded and armed by Y", "trained, funded and armed by Y": passive conjuncts share the by-phrase of a
                // later one (a conjunct with a subject of its own states another clause)
                var later = Children(verb, "conj").Concat(verb.Is("conj") && Tree.HeadOf(verb) is { } first ? Children(first, "conj") : []);
                agents.AddRange(later.Where(c => c.Index > verb.Index && c.Xpos == "VBN" && !HasSubject(c))
                    .SelectMany(Tree.Children).Where(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by")));
            }

            if (agents.Count == 0 && verb.Xpos == "VBN" && verb.Relation is "amod" or "acl" or "compound")
            {
                // "Iran-backed", "US-led": the name joined to the participle by a hyphen
                agents.AddRange(Tree.Children(verb).Where(c => c.Index < verb.Index && clause.MentionAt(c) is not null && HyphenBetween(c, verb)));
            }

            return agents;
        }

        var subjects = Tree.Children(verb).Where(c => (c.Relation is "nsubj" or "nsubj:outer" || c.Is("nsubj:pass") && PassiveMisread(verb)) && !IsRelativePronoun(c))
            .Select(c => ClauseOpenedByInterval(c) ?? c).ToList();
        if (subjects.Count > 0)
        {
            // "A, together with B, took part": the phrase hung on the verb, or on the subject it joins
            subjects.AddRange([.. ComitativePartners(verb), .. subjects.SelectMany(Tree.Children).Where(c => c.Is("nmod") && IsComitative(c))]);
            return subjects;
        }

        if (SubjectReadAsPhrase(verb) is { } misread)
        {
            return [misread];
        }

        if (Children(verb, "nsubj").Any(IsRelativePronoun) && verb.Relation == "acl:relcl" && Tree.HeadOf(verb) is not null)
        {
            return [Antecedent(verb)]; // "the group, which attacked X"
        }

        if (Children(verb, "nsubj").Any(IsRelativePronoun) && verb.Relation != "acl:relcl" && ActorBefore(verb) is { } named)
        {
            return [named]; // "a visit by X, who met Y" with the who-clause hung elsewhere: it describes the name it follows
        }

        return Inherited(verb, depth);
    }

    /// <summary>
    /// "a day after the IRGC launched strikes" read with "day" for the subject and "after the IRGC" as its phrase: a span
    /// of time is no agent, and the name its after-phrase introduces is the subject of the clause it opens.
    /// </summary>
    private SyntaxWord? ClauseOpenedByInterval(SyntaxWord subject) =>
        Words.IsInterval(subject.Lemma)
            ? Tree.Children(subject).FirstOrDefault(c => c.Relation is "nmod" or "obl" or "acl" && CaseOf(c) is "after" or "before" or "since" or "until" or "as")
            : null;

    /// <summary>
    /// "days after the US military launched an assault" with "after the US military" read as a phrase of another word and
    /// the finite verb left without a subject: the noun right before the verb, introduced by a subordinator, is its subject.
    /// </summary>
    private SyntaxWord? SubjectReadAsPhrase(SyntaxWord verb)
    {
        if (verb.Xpos is not ("VBD" or "VBZ" or "VBP") || verb.Index == 0)
        {
            return null;
        }

        var before = Tree[verb.Index - 1];
        return IsNominal(before) && before.Head != verb.Index && !Tree.Ancestors(before).Any(a => a.Index == verb.Index)
            && CaseOf(before) is "after" or "before" or "since" or "until" or "as" or "when" or "while"
            ? before
            : null;
    }

    /// <summary>A verb without a subject of its own takes it from the clause it depends on.</summary>
    private List<SyntaxWord> Inherited(SyntaxWord verb, int depth)
    {
        if (CoordinationReadAsAdverbial(verb) is { } firstConjunct)
        {
            return SyntacticSubject(firstConjunct, depth + 1); // "X held A responsible, then denounced B" with "held" read as an adverbial clause
        }

        var head = Tree.HeadOf(verb);
        if (head is null)
        {
            return [];
        }

        switch (verb.BaseRelation)
        {
            case "conj" when IsVerbal(head) || head.Upos == "ADJ":
                return SyntacticSubject(head, depth + 1); // "blamed A and condemned B"
            case "xcomp":
                if (ObjectControl.Contains(head.Lemma.ToLowerInvariant()) && Tree.Children(head).Where(c => c.Is("obj") || c.Is("iobj")).ToList() is { Count: > 0 } controllers)
                {
                    return controllers; // "urged X to meet"
                }

                if (Words.IsSpeech(head.Lemma) && verb.Xpos is "VB" or "VBP" or "VBZ" or "VBD" && !Tree.Children(verb).Any(c => c.Is("mark"))
                    && Tree.Children(head).Where(c => c.Is("obj") && c.Index < verb.Index).ToList() is { Count: > 0 } reportedSubjects)
                {
                    return reportedSubjects; // "X says the bases breach ..." read as an object and a bare verb: the object is the reported clause's subject
                }

                return IsNominal(head) ? NounAgentWords(head, depth + 1) : SyntacticSubject(head, depth + 1); // "is expected to visit", "decided to label"
            case "acl" when verb.Relation == "acl:relcl":
                return RelativePronoun(verb) is { } relative && relative.Is("nsubj") ? [head] : [];
            case "acl":
                if (verb.Xpos == "VBG" || ActiveParticipleMisread(verb))
                {
                    // "missiles targeting X", "forces attacking X"; "A terrorists and affiliated groups attacked X" with the verb hung
                    // on the last conjunct, a bare common noun: the whole coordination is the subject
                    return head.Is("conj") && clause.MentionAt(head) is null && !Words.IsProxy(NounLemma(head)) && Tree.HeadOf(head) is { } first && IsNominal(first)
                        ? [first]
                        : [head];
                }

                return Tree.Children(verb).Any(c => c.Is("mark") && c.Lemma == "to") ? NounAgentWords(head, depth + 1) : []; // "the council's decision to label X"
            case "advcl" when verb.Xpos is "VBG" || Tree.Children(verb).Any(c => c.Is("mark") && c.Lemma == "to")
                || (verb.Xpos == "VBN" && Tree.Children(verb).Any(c => c.Is("aux") && c.Xpos == "VBG")) // "Having met X, Y flew"
                || (verb.Xpos is "VBD" or "VBZ" && verb.Index > head.Index && IsVerbal(head) && !Tree.Children(verb).Any(c => c.Is("mark") || c.Is("aux") || c.Is("aux:pass"))):
                // "..., accusing them of"; "X met A in B, denounced C and visited D" with the second verb read as an adverbial
                // clause: a finite one with no subordinator is a conjunct
                return SyntacticSubject(head, depth + 1); // "..., accusing them of"
            case "amod" when verb.Xpos == "VBG":
                return [head];
            case "parataxis" or "conj" or "dep" or "appos" when IsNominal(head) && head.Index < verb.Index && verb.Xpos is "VBD" or "VBZ" or "VBP"
                && clause.MentionAt(head) is not null:
                // a finite verb hung on the name before it, which the parser took for the clause's head ("A, together with
                // B, took part" read as B with A for its subject): the name is the verb's subject, with its own subject
                return [head, .. Tree.Children(head).Where(c => c.Is("nsubj") && clause.MentionAt(c) is not null)];
            default:
                return [];
        }
    }

    /// <summary>
    /// "X blamed A for Y, then denounced B", "X met A, and in the same breath castigated B": the first of two coordinated
    /// verbs read as an adverbial clause of the second. An adverbial clause is introduced by a subordinator or is a
    /// participle; a finite one before the verb, with a subject of its own and no subordinator, is the first conjunct.
    /// </summary>
    private SyntaxWord? CoordinationReadAsAdverbial(SyntaxWord verb) =>
        Children(verb, "advcl").FirstOrDefault(a => a.Index < verb.Index && a.Xpos is "VBD" or "VBZ" or "VBP"
            && !Tree.Children(a).Any(c => c.Is("mark") || c.Is("aux") || c.Is("aux:pass")) && Children(a, "nsubj").Any()
            && Tree.Children(verb).Concat(Tree.Children(a)).Any(c => c.Is("punct") && c.Form == "," && c.Index > a.Index && c.Index < verb.Index));

    /// <summary>The grammatical subject of a verb (active or passive), inherited when it has none.</summary>
    private List<SyntaxWord> SyntacticSubject(SyntaxWord verb, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        if (IsNominal(verb))
        {
            return NounAgentWords(verb, depth + 1);
        }

        var subjects = Tree.Children(verb).Where(c => c.Relation is "nsubj" or "nsubj:pass" or "nsubj:outer" && !IsRelativePronoun(c)).ToList();
        if (subjects.Count > 0)
        {
            subjects.AddRange(ComitativePartners(verb));
            return subjects;
        }

        if (Tree.Children(verb).Any(c => c.Is("nsubj") && IsRelativePronoun(c)) && verb.Relation == "acl:relcl" && Tree.HeadOf(verb) is { } antecedent)
        {
            return [antecedent];
        }

        return Inherited(verb, depth);
    }

    /// <summary>
    /// The owner of an event noun: its possessor, a name or demonym before it ("Iranian strikes", "PKK
    /// attack"), its by-phrase; else the subject of the light verb it is the object of ("held talks").
    /// </summary>
    private List<SyntaxWord> NounAgentWords(SyntaxWord noun, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        var result = Tree.Children(noun).Where(c =>
            (c.Is("nmod:poss") && !(clause.MentionAt(c) is null && TreeRepairs.IsCalendarWord(c))) // "Saturday's signing by A" is dated, not owned
            || (c.Index < noun.Index && c.Relation is "amod" or "compound" or "nmod:npmod" or "obl:npmod" or "nmod:unmarked" && clause.MentionAt(c) is not null)
            || (c.Index < noun.Index && c.Is("compound") && Words.IsProxy(NounLemma(c)) && Tree.Children(c).Any(m => clause.MentionAt(m) is { Role: MentionRole.Actor }))
            || (c.Is("nmod") && CaseOf(c) == "by")).ToList(); // "CENTCOM forces airstrikes": a proxy noun that names its actor
        if (result.Count == 1 && result[0].Is("nmod:poss") && IsFirstPerson(result[0]) && InQuotation(noun) && SpeakerWords(noun) is { Count: > 0 } speaker)
        {
            if (result[0].Lemma.ToLowerInvariant() is "our" or "we")
            {
                return result; // "“Our forces share intelligence with X,” Y said": the first person plural is the speaker's state or body
            }

            return speaker; // "“My talks with X were useful,” Y said": the first person of a quotation is its speaker
        }

        if (result.Count <= 1 && TimedEncounterHost(noun, result) is { } host && SyntacticSubject(host, depth + 1) is { Count: > 0 } encounterAgents)
        {
            return encounterAgents;
        }

        if (result.Count == 0)
        {
            // "the signing of X by A and B", "a visit to X by A" with the by-phrase hung on X; "support provided by X"
            result.AddRange(Tree.Children(noun).Where(c => c.Is("nmod") && CaseOf(c) is "of" or "to" or "in" or "with" or "on" or "against")
                .SelectMany(Tree.Children).Where(c => c.Is("nmod") && CaseOf(c) == "by"));
            result.AddRange(Children(noun, "acl").Where(a => a.Xpos == "VBN").SelectMany(Tree.Children).Where(c => c.Is("obl:agent")));
        }

        if (result.Count > 0)
        {
            return result;
        }

        if (LightVerb(noun, depth) is { } light)
        {
            return VerbAgentWords(light, depth + 1);
        }

        if (noun.Is("obl") && CaseOf(noun) is "on" or "upon" && Tree.HeadOf(noun) is { } main && main.Index > noun.Index && IsVerbal(main)
            && lexicon.NounRows(NounLemma(noun)).Any(r => r.Edge == EdgeTypes.Visited) && !Tree.Children(noun).Any(c => c.Is("nmod") && CaseOf(c) == "of"))
        {
            return [.. Tree.Children(main).Where(c => c.Relation is "nsubj" or "nsubj:pass" && !IsRelativePronoun(c))]; // "On arrival in X, Y was welcomed by Z"
        }

        if (Children(noun, "amod").FirstOrDefault(a => Words.IsLight(a.Lemma) && GluedSubject(a) is not null) is { } glued)
        {
            return [GluedSubject(glued)!]; // "The IDF conducted airstrikes" read as one noun phrase
        }

        return [];
    }

    /// <summary>
    /// "After talks with X, Y said", "During his tour of Basra, Y inspected the port", "Y spoke following a meeting with X": a
    /// meeting or visit that times a clause (a phrase of its verb introduced by after, following, during, upon, on or at), owned
    /// by no one or by a possessive pronoun alone, is that of the clause's subject; a pronoun before the subject it stands
    /// for refers forward to it. The verb the phrase hangs on, or null. Attacks and other events are not their witnesses'.
    /// </summary>
    private SyntaxWord? TimedEncounterHost(SyntaxWord noun, List<SyntaxWord> owners)
    {
        if ((owners.Count == 1 && !(owners[0].Is("nmod:poss") && owners[0].Upos == "PRON" && owners[0].Index < noun.Index))
            || !(noun.Is("obl") || noun.Is("nmod")) || CaseOf(noun) is not ("after" or "follow" or "during" or "upon" or "on" or "at")
            || Tree.HeadOf(noun) is not { } host || !IsVerbal(host))
        {
            return null;
        }

        // "on" times a journey ("on his visit to X"), not a meeting ("commented on the talks with X"); talks between others are theirs
        var rows = lexicon.NounRows(NounLemma(noun)).ToList();
        if (rows.Count == 0 || !rows.All(r => r.Edge == EdgeTypes.Visited || (r.Edge == EdgeTypes.MetWith && CaseOf(noun) is not ("on" or "upon")))
            || Tree.Children(noun).Any(c => CaseOf(c) == "between"))
        {
            return null;
        }

        // a possessive pronoun stands for the subject only when it comes before it ("During his visit, Y ..."); after it, the
        // resolver's antecedent stands
        return owners.Count == 0 || Tree.Children(host).Any(c => c.Relation is "nsubj" or "nsubj:pass" && c.Index > noun.Index) || host.Index > noun.Index && !Tree.Children(host).Any(c => c.Relation is "nsubj" or "nsubj:pass") ? host : null;
    }

    /// <summary>The light verb whose object the event noun is ("paid a call on X"), if any.</summary>
    public SyntaxWord? LightVerbOf(SyntaxWord noun) => IsNominal(noun) ? LightVerb(noun, 0) : null;

    /// <summary>The light verb whose object (or in-phrase) the event noun is ("held talks", "took part in talks", "a round of talks").</summary>
    private SyntaxWord? LightVerb(SyntaxWord noun, int depth)
    {
        var head = Tree.HeadOf(noun);
        if (head is null || depth > MaxDepth)
        {
            return null;
        }

        if (IsVerbal(head) && noun.Relation is "obj" or "obl" or "nsubj:pass" or "obl:npmod" or "conj" && Words.IsLight(head.Lemma))
        {
            return head; // a noun coordinated with the verb ("launched missile and drone strikes" misread) is its object's partner
        }

        if (IsNominal(head) && (noun.Is("conj") || (noun.Is("nmod") && CaseOf(noun) == "of" && Quantities.Contains(head.Lemma.ToLowerInvariant()))))
        {
            return LightVerb(head, depth + 1); // "conducted the strikes and raids", "held a round of talks"
        }

        if (IsNominal(head) && noun.Is("nmod") && CaseOf(noun) == "for" && Words.IsCredit(head.Lemma) && head.Is("obj")
            && Tree.HeadOf(head) is { } claiming && IsVerbal(claiming) && Words.IsLight(claiming.Lemma))
        {
            return claiming; // "claimed responsibility for the attack", "took credit for the strikes" (not "denied responsibility")
        }

        return null;
    }

    // ---------------------------------------------------------------- mentions

    /// <summary>
    /// The mentions a word stands for: its own, its conjuncts', an apposition's, and for a proxy noun the
    /// actor its modifiers name ("officials from X", "a delegation led by Y", "Iraqi forces").
    /// </summary>
    public List<Mention> Actors(SyntaxWord word) => Actors(word, 0);

    /// <summary>The mentions one word stands for, its conjuncts left out.</summary>
    public List<Mention> ActorsOfWordAlone(SyntaxWord word) => ActorsOfOne(word, 0);

    private List<Mention> Actors(SyntaxWord word, int depth)
    {
        var result = new List<Mention>();
        var conjuncts = Conjuncts(word);
        foreach (var conjunct in conjuncts)
        {
            foreach (var m in ActorsOfOne(conjunct, depth))
            {
                if (!result.Contains(m))
                {
                    result.Add(m);
                }
            }
        }

        // a demonym tagged as a proper noun ("Turkish and Syrian troops" with "Turkish" as NNP) is still a modifier sharing the noun
        return conjuncts.Count > 1 && conjuncts.Any(c => (c.Upos == "ADJ" || (c.Upos == "PROPN" && clause.MentionAt(c) is { Role: MentionRole.Modifier })) && clause.MentionAt(c) is { Label: NodeLabels.Country })
            ? SharedForcesNoun(result) : result;
    }

    /// <summary>
    /// "Iranian and Iraqi troops", "between Syrian and Turkish forces": a bare demonym coordinated with a state's forces shares
    /// their noun, so the two sides are named alike, each by its state (as "Indian and Chinese patrols" names India and China).
    /// </summary>
    private List<Mention> SharedForcesNoun(List<Mention> actors)
    {
        var result = new List<Mention>();
        foreach (var actor in actors)
        {
            // the force named by a demonym and a proxy noun ("Syrian troops" read as the Syrian Arab Army)
            var state = actor.Label == NodeLabels.Organization
                ? view.Mentions.FirstOrDefault(m => m.Label == NodeLabels.Country && m.Start == actor.Start && m.End < actor.End
                    && actor.Surface[(m.End - actor.Start)..].Trim() is { Length: > 0 } rest && !rest.Contains(' ', StringComparison.Ordinal)
                    && (Words.IsProxy(rest) || Words.IsProxy(NounSingular(rest))))
                : null;
            var side = state ?? actor;
            if (!result.Contains(side))
            {
                result.Add(side);
            }
        }

        return result;
    }

    private List<Mention> ActorsOfOne(SyntaxWord word, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        if (clause.MentionAt(word) is { } mention)
        {
            if (!IsUsable(mention))
            {
                return [];
            }

            var result = new List<Mention> { mention };
            result.AddRange(clause.CoReferentsAt(word).Where(IsUsable)); // "the two ministers": both persons
            foreach (var partner in ComitativePartners(word))
            {
                result.AddRange(Actors(partner, depth + 1));
            }

            if (mention.Label is NodeLabels.Place or NodeLabels.Country && Tree.Children(word).Any(c => c.Is("case") && c.Xpos == "POS")
                && Tree.Children(word).FirstOrDefault(c => c.Index > word.Index && c.Relation is "flat" or "compound" or "appos" && clause.MentionAt(c) is { Label: NodeLabels.Organization }) is { } owned
                && clause.MentionAt(owned) is { } body && IsUsable(body))
            {
                return [body]; // "the Kurdistan Region's Peshmerga" hung on its possessor: the body is the actor
            }

            if (mention.Label == NodeLabels.Place)
            {
                // "the Kurdistan Region, Sulaimani City": the place the apposition narrows it to
                result.AddRange(Children(word, "appos").Select(clause.MentionAt).OfType<Mention>().Where(m => m.Label == NodeLabels.Place && IsUsable(m)));
            }

            return result;
        }

        if (!IsNominal(word) && word.Upos != "ADJ")
        {
            return [];
        }

        if (word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "he" or "she" or "his" or "her" or "it" or "its" or "they" or "their"
            && (word.Lemma.ToLowerInvariant() is not ("it" or "they") || word.Is("nsubj") || word.Is("nsubj:pass") || word.Is("nmod:poss")))
        {
            // "X wrote that his talks with Y", "Iran says it has reached": the subject of a clause above the pronoun
            var person = word.Lemma.ToLowerInvariant() is "he" or "she" or "his" or "her";
            var plural = word.Lemma.ToLowerInvariant() is "they" or "their";
            foreach (var ancestor in Tree.Ancestors(word))
            {
                foreach (var binder in Tree.Children(ancestor).Where(c => c.Is("nsubj") && c.Index < word.Index))
                {
                    // the subject's own name, or the name its apposition gives ("Kuwait's emir, Sheikh X, said that his talks")
                    var antecedent = clause.MentionAt(binder) ?? (IsNominal(binder) && Actors(binder, depth + 1) is [{ Label: NodeLabels.Person } appositive] ? appositive : null);
                    if (antecedent is not null && IsUsable(antecedent)
                        && (person ? antecedent.Label == NodeLabels.Person : antecedent.Label is NodeLabels.Organization or NodeLabels.Country))
                    {
                        return plural && Conjuncts(binder).Count > 1 ? Actors(binder, depth + 1) : [antecedent];
                    }

                    if (plural && antecedent is { Label: NodeLabels.Person } && Conjuncts(binder).Count > 1 && Actors(binder, depth + 1) is { Count: > 1 } persons)
                    {
                        return persons; // "A and B put their signatures to X": the plural pronoun stands for the coordinated persons
                    }

                    // "Israel's military said its jets had hit X", "Iraqi officials said they arrested Y": a body named by a proxy noun
                    // ("military", "officials") binds "it", "its", "they" and "their" as its name would
                    if (!person && clause.MentionAt(binder) is null && binder.Upos == "NOUN" && Words.IsProxy(NounLemma(binder))
                        && !Tree.Ancestors(word).Any(a => a.Index == binder.Index)
                        && ActorsOfOne(binder, depth + 1) is { Count: > 0 } bodies && bodies.All(b => b.Label is NodeLabels.Organization or NodeLabels.Country))
                    {
                        return bodies;
                    }

                    // "a Kuwaiti delegation headed by X arrived in Baghdad, where it met Y": a group noun that stands for its leader
                    // (a delegation, team or mission led by a named person) binds "it" and "they" as the leader
                    if (!person && binder.Upos == "NOUN" && Words.IsProxy(NounLemma(binder)) && !Tree.Ancestors(word).Any(a => a.Index == binder.Index)
                        && ActorsOfOne(binder, depth + 1) is { Count: > 0 } leaders && leaders.All(b => b.Label == NodeLabels.Person))
                    {
                        return leaders;
                    }
                }
            }

            if (word.Lemma.ToLowerInvariant() is "he" or "she" or "his" or "her" or "its" or "their")
            {
                return [];
            }
        }

        if (word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "we" or "our" or "us" && InQuotation(word))
        {
            // "“Our government coordinates with X,” Minister Y said": the speaker's state or body
            var speakers = SpeakerWords(word).SelectMany(s => Actors(s, depth + 1)).ToList();
            return [.. speakers.Select(s => s.Label == NodeLabels.Person && view.OfficeOf(s) is { } office ? Synthesized(s, null, office.Label, office.Canonical) : s)];
        }

        if (word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "i" or "my" or "me" && InQuotation(word))
        {
            // "“My meeting with X was useful,” Minister Y said", "“I told X …,” Y said": the quoted speaker in person
            return [.. SpeakerWords(word).SelectMany(s => Actors(s, depth + 1)).Where(s => s.Label == NodeLabels.Person)];
        }

        if (word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "they" or "it" && (word.Is("obj") || word.Is("obl")))
        {
            // "..., accusing them of": the last group or state named before the pronoun
            var antecedent = view.Mentions.LastOrDefault(m => m.End <= word.Start && m.Role == MentionRole.Actor && m.Label is NodeLabels.Organization or NodeLabels.Country && IsUsable(m));
            return antecedent is null ? [] : [antecedent];
        }

        foreach (var appos in Children(word, "appos"))
        {
            if (Actors(appos, depth + 1) is { Count: > 0 } named)
            {
                return named; // "his counterpart, X", "its signatories, A and B"
            }

        }

        // "groups like X", "armed factions such as X and Y", "militias, including X": a plural class noun stands for the
        // members its exemplifying phrase names (one a name modifies stands for that name: "Syrian targets, such as X")
        if (word.Upos == "NOUN" && word.Xpos == "NNS" && !Tree.Children(word).Any(c => c.Index < word.Index && clause.MentionAt(c) is not null)
            && Tree.Children(word).Where(c => c.Index > word.Index && c.Relation is "nmod" or "appos" && CaseOf(c) is { } marker && Words.IsExample(marker))
                .Concat(Tree.Children(word).Where(c => c.Index > word.Index && c.Is("acl") && Words.IsExample(c.Form)).SelectMany(c => Children(c, "obj"))) // "including" read as a verb
                .SelectMany(c => Actors(c, depth + 1)).Distinct().ToList() is { Count: > 0 } members)
        {
            return members;
        }

        // "the militia Kataib Hezbollah", "the channel Al-Nour TV": a common noun that introduces a name
        if (Tree.Children(word).FirstOrDefault(c => c.Index > word.Index && c.Relation is "appos" or "flat" or "compound" or "nmod:desc" && clause.MentionAt(c) is { } named && IsUsable(named)) is { } name)
        {
            return [clause.MentionAt(name)!];
        }

        var lemma = NounLemma(word);
        if (lemma == "capital" && Capital(word) is { } capital)
        {
            return [capital]; // "the Turkish capital"
        }

        if (Words.IsProxy(lemma))
        {
            var proxied = ProxyActors(word, depth);
            if (Words.IsMilitary(lemma))
            {
                if (proxied.Count == 0 && Tree.Children(word).Any(c => c.Is("det") && c.Lemma.Equals("the", StringComparison.OrdinalIgnoreCase))
                    && view.Context.MainCountry is { } home && gazetteer.Country(home) is { } state)
                {
                    // "the army" with no state named: the armed forces of the state the article is about
                    return [Synthesized(null, word, NodeLabels.Organization, state.ArmedForces)];
                }

                // a state named by a noun before the force ("US forces") stands for itself: recognition reads "Iraqi forces" as the armed forces already
                return proxied;
            }

            if (proxied.Count > 0)
            {
                return proxied;
            }
        }

        if (word.Upos == "NOUN" && !lexicon.IsEventNoun(lemma) && HeldBy(word, depth) is { Count: > 0 } holders)
        {
            return holders; // "villages controlled by X", "bases run by X": what X holds stands for X
        }

        if (TitleHolder(word) is { } holder)
        {
            return [holder]; // "the Iraqi prime minister was received by X"
        }

        if (word.Is("appos") && Tree.HeadOf(word) is { } described && clause.MentionAt(described) is { } owner && IsUsable(owner))
        {
            return [owner]; // "X, an Iran-backed group": the group is X
        }

        if (Tree.Children(word).Any(c => c.Is("cop")) && Children(word, "nsubj").FirstOrDefault() is { } subject && clause.MentionAt(subject) is { } predicated && IsUsable(predicated))
        {
            return [predicated]; // "X is an Iran-backed militia"
        }

        return [];
    }

    /// <summary>The actor a proxy noun stands for: the leader of a delegation, else the owner its modifiers name.</summary>
    private List<Mention> ProxyActors(SyntaxWord noun, int depth)
    {
        var result = new List<Mention>();
        foreach (var participle in Children(noun, "acl").Where(a => Words.IsLeaderVerb(a.Lemma)))
        {
            foreach (var agent in Tree.Children(participle).Where(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by")))
            {
                result.AddRange(Actors(agent, depth + 1));
            }
        }

        if (result.Count > 0)
        {
            return result; // "a delegation led by Y" is Y
        }

        foreach (var child in Tree.Children(noun))
        {
            if (child.Is("acl") || child.Is("amod") && child.Upos is "VERB" or "ADJ")
            {
                if (Words.IsProxyVerb(child.Lemma))
                {
                    foreach (var owner in Tree.Children(child).Where(c => c.Is("obl") || c.Is("obl:agent")))
                    {
                        result.AddRange(Actors(owner, depth + 1)); // "positions held by X", "groups affiliated with X"
                    }
                }

                if (child.Is("acl"))
                {
                    continue;
                }
            }

            if (child.Is("nmod") && CaseOf(child) is "of" or "from" or "such as" or "including" or "like")
            {
                result.AddRange(Actors(child, depth + 1)); // "officials from X", "bases of X", "targets such as X"
            }
            else if (child.Is("nmod:poss") && (clause.MentionAt(child) is not null || child.Upos == "PRON"))
            {
                result.AddRange(Actors(child, depth + 1)); // "Iraq's army", "our government"
            }
            else if (child.Index < noun.Index && (child.Relation is "amod" or "compound" or "nmod:npmod" or "flat" || child.Is("nummod") && clause.MentionAt(child) is not null))
            {
                // "Iraqi forces", "PKK fighters", "Indian and Chinese patrols", "Islamic State (ISIS) militants" (an acronym in
                // parentheses names the same group as the name before it); an all-capitals acronym after a count ("two PKK
                // members") is often tagged a number, and a name is never a count
                foreach (var modifier in Conjuncts(child))
                {
                    if (clause.MentionAt(modifier) is { } named && !view.TitleBodies.Contains(named) && !result.Contains(named))
                    {
                        result.Add(named);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The actors named in the by-phrase of a participle of holding that describes a common noun ("villages controlled by
    /// X", "areas held by X", "bases run by X"), or in the object of a participle of carrying or sheltering ("a boat transporting
    /// fighters of X", "a house sheltering X members", "a base hosting US troops") or of a relative clause of such a verb ("a base
    /// that houses US troops"); an affiliation without a by-phrase ("groups linked to X") says less and is left to proxies.
    /// </summary>
    private List<Mention> HeldBy(SyntaxWord noun, int depth) =>
        [.. Children(noun, "acl").Where(a => a.Relation == "acl" && a.Xpos == "VBN" && Words.IsProxyVerb(a.Lemma) && !Words.IsLeaderVerb(a.Lemma))
            .SelectMany(Tree.Children).Where(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by"))
            .Concat(Children(noun, "acl").Concat(CarryingClauseAfterObject(noun)).Where(a => Words.IsCarrying(a.Lemma) && (a.Xpos == "VBG" || IsActiveRelative(a))).SelectMany(a => Children(a, "obj")))
            .SelectMany(agent => Actors(agent, depth + 1)).Where(m => NodeLabels.Actors.Contains(m.Label)).Distinct()];

    /// <summary>A relative clause whose subject is its relative pronoun, in the active voice ("which hosts X", "that housed X").</summary>
    private bool IsActiveRelative(SyntaxWord clauseHead) =>
        clauseHead.Relation == "acl:relcl" && clauseHead.Upos == "VERB" && clauseHead.Xpos is "VBZ" or "VBP" or "VBD"
        && Children(clauseHead, "nsubj").Any(s => s.Relation == "nsubj" && s.Upos == "PRON" && s.Lemma.ToLowerInvariant() is "which" or "that");

    /// <summary>"struck a truck transporting X fighters" with the participle hung on the verb: the clause right after the object describes it.</summary>
    private IEnumerable<SyntaxWord> CarryingClauseAfterObject(SyntaxWord noun) =>
        noun.Is("obj") && Tree.HeadOf(noun) is { } verb ? Children(verb, "advcl").Where(a => a.Index == Tree.Subtree(noun).Max(w => w.Index) + 1) : [];

    private readonly Dictionary<string, Mention> synthesized = new(StringComparer.Ordinal);

    /// <summary>A mention of another entity at the place of a mention or word (one per entity, so that repeats compare equal).</summary>
    private Mention Synthesized(Mention? source, SyntaxWord? word, string label, string canonical)
    {
        var key = label + "|" + canonical;
        if (!synthesized.TryGetValue(key, out var mention))
        {
            mention = new Mention
            {
                Start = source?.Start ?? word!.Start,
                End = source?.End ?? word!.End,
                Surface = source?.Surface ?? word!.Form,
                Label = label,
                Canonical = canonical,
                SentenceIndex = view.Sentence.Index,
                Confidence = (source?.Confidence ?? 0.8) * 0.9,
                KeepAlias = false,
            };
            synthesized[key] = mention;
        }

        return mention;
    }

    private static string NounSingular(string form)
    {
        var lower = form.ToLowerInvariant();
        return lower.EndsWith('s') ? lower[..^1] : lower;
    }

    /// <summary>A noun's lemma, from its form when the lemmatizer got it wrong ("bases" read as "basis").</summary>
    private string NounLemma(SyntaxWord word)
    {
        var lemma = word.Lemma.ToLowerInvariant();
        if (Words.IsProxy(lemma) || !word.Form.EndsWith('s'))
        {
            return lemma;
        }

        var form = word.Form.ToLowerInvariant();
        return Words.IsProxy(form[..^1]) ? form[..^1] : form.EndsWith("es", StringComparison.Ordinal) && Words.IsProxy(form[..^2]) ? form[..^2] : lemma;
    }

    /// <summary>"The Turkish capital", "Iraq's capital": the capital city of the state named.</summary>
    private Mention? Capital(SyntaxWord noun)
    {
        foreach (var child in Tree.Children(noun).Where(c => c.Relation is "amod" or "nmod:poss" or "compound"))
        {
            if (clause.MentionAt(child) is { Label: NodeLabels.Country } state && gazetteer.Country(state.Canonical)?.Capital is { } city)
            {
                return Synthesized(state, null, NodeLabels.Place, city);
            }
        }

        return null;
    }

    /// <summary>
    /// "The Iraqi prime minister" with no name: the one person the article has named with that title (and
    /// that state, when the phrase names one) before this sentence.
    /// </summary>
    private Mention? TitleHolder(SyntaxWord noun)
    {
        if (!Tree.Children(noun).Any(c => c.Is("det") && c.Lemma.Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var title = view.Sentence.Titles.FirstOrDefault(t => t.End == noun.End);
        if (title is null)
        {
            return null;
        }

        var state = Tree.Children(noun).Select(clause.MentionAt).FirstOrDefault(m => m?.Label == NodeLabels.Country);
        var holders = view.Context.Mentions
            .Where(m => m.Label == NodeLabels.Person && m.SentenceIndex <= view.Sentence.Index && m.Start < noun.Start
                && m.Title is { } held && held.EndsWith(title.Text, StringComparison.OrdinalIgnoreCase))
            .Where(m => state is null || view.Context.Mentions.Any(o => o.SentenceIndex == m.SentenceIndex && o.Label == NodeLabels.Country && o.Canonical == state.Canonical && Math.Abs(o.End - m.Start) < 40))
            .Select(m => m.Canonical).Distinct().ToList();
        return holders is [var one] ? view.Context.Mentions.First(m => m.Label == NodeLabels.Person && m.Canonical == one) : null;
    }

    /// <summary>The word and its coordinated partners ("A, B and C").</summary>
    /// <summary>
    /// "targets of the PKK in northern Iraq and Syria" with "Syria" hung on "PKK": a place right after a place the word's
    /// locative phrase names ("in", "across", "near" ...) continues that phrase's list, not the word's.
    /// </summary>
    private bool MemberOfLocative(SyntaxWord word, SyntaxWord conjunct)
    {
        if (clause.MentionAt(conjunct) is not { Label: NodeLabels.Place or NodeLabels.Country })
        {
            return false;
        }

        return Children(word, "nmod").Any(place => place.Index > word.Index && place.Index < conjunct.Index
            && CaseOf(place) is "in" or "across" or "near" or "inside" or "throughout" or "along" && clause.MentionAt(place) is { Label: NodeLabels.Place or NodeLabels.Country }
            && Enumerable.Range(place.Index + 1, conjunct.Index - place.Index - 1).All(k => Tree[k].Form.ToLowerInvariant() is "," or "and" or "or" or "the"));
    }

    private List<SyntaxWord> Conjuncts(SyntaxWord word)
    {
        var result = new List<SyntaxWord> { word };
        for (var i = 0; i < result.Count && result.Count < 16; i++)
        {
            foreach (var conjunct in Children(result[i], "conj"))
            {
                if ((IsNominal(conjunct) || conjunct.Upos == "ADJ" || clause.MentionAt(conjunct) is not null) && !result.Contains(conjunct)
                    && !MemberOfLocative(result[i], conjunct))
                {
                    result.Add(conjunct);
                }
            }

            // "the US-Iraq framework agreement", "Baghdad-Ankara talks": two names joined by a hyphen before a noun are
            // its two sides, as "between A and B" would name them
            if (clause.MentionAt(result[i]) is { Label: NodeLabels.Country or NodeLabels.Organization } side)
            {
                foreach (var joined in Children(result[i], "compound"))
                {
                    if (joined.Index < result[i].Index && HyphenBetween(joined, result[i]) && clause.MentionAt(joined) is { Label: NodeLabels.Country or NodeLabels.Organization } other
                        && other.Canonical != side.Canonical && !result.Contains(joined))
                    {
                        result.Add(joined);
                    }
                }
            }

            // "the A (X), the B (Y), and C" or a headline's "Chile, Peru sign" read as apposition: two different
            // names of one kind side by side are a list, not one thing named twice
            if (clause.MentionAt(result[i]) is { } named)
            {
                foreach (var appos in Children(result[i], "appos"))
                {
                    if (clause.MentionAt(appos) is { } listed && listed.Label == named.Label && listed.Canonical != named.Canonical
                        && listed.Label is NodeLabels.Country or NodeLabels.Organization or NodeLabels.Person && !view.IsSideNote(listed) && !result.Contains(appos))
                    {
                        result.Add(appos);
                    }
                }
            }
        }

        foreach (var listed in ListedAfter(word).Concat(ListedBefore(word)))
        {
            if (!result.Contains(listed))
            {
                result.Add(listed);
            }
        }

        return result;
    }

    /// <summary>
    /// The names listed after a named word, read off the word order: "A (X), the B (Y), and C", "between A and the B".
    /// Lists are where the parser errs most (a member hung as an apposition, as the verb's conjunct, as the next
    /// clause's subject), and a list of names is plain to see: names of one kind (actors, or places) separated by commas
    /// and ending with "and" or "or", an acronym in parentheses after any of them. A member that is the subject of a
    /// verb of its own begins a new clause ("A met B, and C said"), unless a between-phrase opened the list.
    /// </summary>
    private List<SyntaxWord> ListedAfter(SyntaxWord first)
    {
        var result = new List<SyntaxWord>();
        if (clause.MentionAt(first) is not { } opening || !IsUsable(opening))
        {
            return result;
        }

        var actor = opening.Label is NodeLabels.Country or NodeLabels.Organization or NodeLabels.Person;
        if (!actor && opening.Label != NodeLabels.Place)
        {
            return result;
        }

        var between = CaseOf(first) == "between";
        var pending = new List<SyntaxWord>();
        var i = first.Index + 1;
        while (i < Tree.Count)
        {
            if (Tree[i].Form == "(" && i + 2 < Tree.Count && Tree[i + 2].Form == ")")
            {
                i += 3; // "(RVB)"
            }

            var comma = false;
            var conjunction = false;
            while (i < Tree.Count && Tree[i].Form.ToLowerInvariant() is "," or "and" or "or" or "the" or "both")
            {
                comma |= Tree[i].Form == ",";
                conjunction |= Tree[i].Form.ToLowerInvariant() is "and" or "or";
                i++;
            }

            if (i < Tree.Count && clause.MentionAt(Tree[i]) is { Role: MentionRole.Modifier } && Tree.HeadOf(Tree[i]) is { } owner && owner.Index > i
                && Tree[i].Relation is "amod" or "compound" && clause.MentionAt(owner) is { Role: MentionRole.Actor } ownerName && IsUsable(ownerName))
            {
                i = owner.Index; // "A and the Iranian Revolutionary Guard": the member is the body the demonym describes, not the demonym's state
            }

            if (i < Tree.Count && (comma || conjunction) && between && conjunction && clause.MentionAt(Tree[i]) is null && Tree[i].Upos == "NOUN")
            {
                pending.Add(Tree[i]); // "between the Peshmerga and the army": the second side, named or not
                result.AddRange(pending);
                break;
            }

            if (i >= Tree.Count || (!comma && !conjunction) || clause.MentionAt(Tree[i]) is not { } named || !IsUsable(named)
                || (named.Label is NodeLabels.Country or NodeLabels.Organization or NodeLabels.Person) != actor || (!actor && named.Label != NodeLabels.Place)
                || (!between && Tree[i].Relation is "nsubj" or "nsubj:pass" && Tree.HeadOf(Tree[i]) is { } verb && verb.Index > i && IsVerbal(verb))
                || HyphenedToAParticiple(Tree[i]))
            {
                break;
            }

            pending.Add(Tree[i]);
            if (conjunction)
            {
                result.AddRange(pending); // the list is closed: its members are sure
                break;
            }

            i++;
        }

        return result;
    }

    /// <summary>
    /// The names listed before a named subject: "A, the B, and the C have designated X" with the parser taking only C for
    /// the subject. The word before the subject must be "and" or "or" (the list ends there); a member that is an object or
    /// sits in a prepositional phrase belongs to another clause ("A met B, and C said").
    /// </summary>
    private List<SyntaxWord> ListedBefore(SyntaxWord last)
    {
        var result = new List<SyntaxWord>();
        if (!(last.Is("nsubj") || last.Is("nsubj:pass")) || clause.MentionAt(last) is not { } closing || !IsUsable(closing)
            || closing.Label is not (NodeLabels.Country or NodeLabels.Organization or NodeLabels.Person))
        {
            return result;
        }

        var i = last.Index - 1;
        var closed = false;
        while (i >= 0)
        {
            var comma = false;
            var conjunction = false;
            while (i >= 0 && Tree[i].Form.ToLowerInvariant() is "," or "and" or "or" or "the")
            {
                comma |= Tree[i].Form == ",";
                conjunction |= Tree[i].Form.ToLowerInvariant() is "and" or "or";
                i--;
            }

            if (i >= 2 && Tree[i].Form == ")" && Tree[i - 2].Form == "(")
            {
                i -= 3; // "(RVB)"
            }

            if (i < 0 || (!closed && !conjunction) || (closed && !comma) || clause.MentionAt(Tree[i]) is not { } named || !IsUsable(named)
                || named.Label is not (NodeLabels.Country or NodeLabels.Organization or NodeLabels.Person)
                || Tree[i].Relation is "obj" or "iobj" or "obl" or "nmod" or "nmod:poss" or "obl:agent" || Tree.Children(Tree[i]).Any(c => c.Is("case")))
            {
                break;
            }

            closed = true;
            result.Add(Tree[i]);
            i--;
        }

        return result;
    }

    /// <summary>
    /// A mention may be an argument unless it is the body of a title ("head of the X"), an acronym in
    /// parentheses, or the source of an "according to" attribution.
    /// </summary>
    private bool IsUsable(Mention mention) => !view.TitleBodies.Contains(mention) && !view.IsSideNote(mention);

    // ---------------------------------------------------------------- modality

    /// <summary>
    /// True when the sentence states the event as a fact: not negated, not under a modal or a condition,
    /// not planned, wished, proposed or denied ("did not meet", "will sign", "is expected to visit",
    /// "called for talks", "if they strike").
    /// </summary>
    /// <summary>
    /// The trigger itself is negated ("the deal does not cover X", "no agreement"): what holds whatever the mood
    /// (a planned deal still covers what it names) does not hold where the sentence denies it.
    /// </summary>
    /// <summary>
    /// The particles of a verb, lower-case: its compound:prt children, and an adverb or preposition right after it that heads
    /// no phrase of its own ("hammered out a deal", "touched down in X", "signed off on X").
    /// </summary>
    public IReadOnlyList<string> Particles(SyntaxWord verb)
    {
        var result = Tree.Children(verb).Where(c => c.Is("compound:prt")).Select(c => c.Form.ToLowerInvariant()).ToList();
        if (verb.Index + 1 < Tree.Count && Tree[verb.Index + 1] is { Upos: "ADV" or "ADP" or "PART" } next
            && (Tree.HeadOf(next) is { } head && (head.Index == verb.Index || Tree.HeadOf(head)?.Index == verb.Index)))
        {
            result.Add(next.Form.ToLowerInvariant()); // "hammered out a deal" with "out" read as the object's preposition
        }

        return result;
    }

    /// <summary>The description a free relative object gives ("what it described as an attack", "what it called a raid"), or null.</summary>
    private SyntaxWord? FreeRelativeDescription(SyntaxWord obj) =>
        obj.Upos == "PRON" && obj.Lemma.Equals("what", StringComparison.OrdinalIgnoreCase) && Children(obj, "acl:relcl").FirstOrDefault() is { } clause
            ? Tree.Children(clause).FirstOrDefault(d => d.Index > clause.Index && (d.Is("obj") || d.Is("xcomp") || (d.Is("obl") && CaseOf(d) == "as")))
            : null;

    /// <summary>
    /// The infinitive of a stated verb of attempting ("X sought to destabilise Y", "the group tried to smuggle arms"): the
    /// attempt is stated of the subject, so is its aim; not when the attempt itself is negated, planned or hypothetical.
    /// </summary>
    public bool IsAttempted(SyntaxWord trigger) =>
        trigger.Is("xcomp") && Tree.HeadOf(trigger) is { } attempt && IsVerbal(attempt) && Words.IsAttempt(attempt.Lemma.ToLowerInvariant())
        && !IsNegated(trigger) && IsStated(attempt);

    public bool IsNegated(SyntaxWord trigger) =>
        Tree.Children(trigger).Any(c => (c.Is("advmod") || (c.Is("det") && IsNominal(trigger))) && Words.IsNegation(c.Lemma.ToLowerInvariant()));

    public bool IsStated(SyntaxWord trigger)
    {
        if (trigger.Index >= 2 && Tree[trigger.Index - 1].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) && Tree[trigger.Index - 1].Upos == "PART"
            && Words.IsIrrealis(Tree[trigger.Index - 2].Lemma))
        {
            return false; // "Fail to Agree", "plan to sign" whatever the parse made of the word before "to"
        }

        if (Tree.Children(trigger).FirstOrDefault(c => c.Is("mark") && c.Upos == "PART" && c.Lemma.Equals("to", StringComparison.OrdinalIgnoreCase) && c.Index < trigger.Index) is { Index: >= 2 } to
            && Words.IsIrrealis(Tree[to.Index - 1].Lemma.ToLowerInvariant()))
        {
            return false; // "is yet to be signed", "is due to be ratified": the infinitive's own marker, before its auxiliaries
        }

        var node = trigger;
        for (var steps = 0; steps < 10; steps++)
        {
            foreach (var child in Tree.Children(node))
            {
                var lemma = child.Lemma.ToLowerInvariant();
                if ((child.Is("advmod") || child.Is("det") || child.Is("cc:preconj")) && Words.IsNegation(lemma) && !(child.Is("det") && !IsNominal(node)))
                {
                    return false;
                }

                if (child.Is("aux") && Words.IsModal(lemma))
                {
                    return false;
                }

                if (child.Is("mark") && Words.IsCondition(lemma))
                {
                    return false;
                }

                if (IsNominal(node) && child.Relation is "amod" or "compound" && Words.IsIrrealisModifier(lemma))
                {
                    return false;
                }
            }

            var head = Tree.HeadOf(node);
            if (head is null)
            {
                return true;
            }

            var headLemma = head.Lemma.ToLowerInvariant();
            switch (node.BaseRelation)
            {
                case "xcomp":
                    if (Words.IsIrrealis(headLemma))
                    {
                        return false;
                    }

                    node = head;
                    continue;
                case "ccomp" or "parataxis":
                    if (Words.IsSpeech(headLemma))
                    {
                        return true; // a reported fact
                    }

                    if (Words.IsIrrealis(headLemma))
                    {
                        return false; // "denied that it attacked"
                    }

                    node = head;
                    continue;
                case "advcl":
                    if (Tree.Children(node).Any(c => c.Is("mark") && c.Lemma.Equals("to", StringComparison.OrdinalIgnoreCase)))
                    {
                        if (IsJourney(head))
                        {
                            node = head; // "flew to X to meet Y": the journey's stated purpose is what the visit was for
                            continue;
                        }

                        return false; // a purpose: "to launch attacks"
                    }

                    if (IsAllegation(node, head))
                    {
                        return false; // "accused X of working with Y": what X is accused of is the accuser's claim
                    }

                    if (Words.IsIrrealis(headLemma) && Tree.Children(node).Any(c => c.Is("mark") && c.Lemma.ToLowerInvariant() is "of" or "from"))
                    {
                        return false; // "stopped short of blaming X", "refrained from attacking", "shied away from condemning"
                    }

                    node = head;
                    continue;
                case "conj":
                    node = head;
                    continue;
                case "acl" when IsNominal(head):
                    return !Words.IsIrrealis(headLemma) && !(head.Is("obj") && Tree.HeadOf(head) is { } accusing && IsAllegation(node, accusing)); // "plans to visit"
                case "obj" or "obl" or "nsubj" or "nmod" when IsNominal(node):
                    if (Words.IsIrrealis(headLemma) && !node.Is("nsubj"))
                    {
                        return false; // "called for talks", "a proposal for talks" (a subject is not in its verb's scope: "the trip was planned for months")
                    }

                    if (IsVerbal(head))
                    {
                        node = head; // "will hold talks", "talks were not held"
                        continue;
                    }

                    // "a war between A and B would be catastrophic": a modal on the copula of the predicate the event is the subject of makes
                    // it hypothetical; a negated predicate does not deny the event ("the talks were not productive")
                    return !(node.Is("nsubj") && Tree.Children(head).Any(c => c.Is("cop")) && Tree.Children(head).Any(c => c.Is("aux") && Words.IsModal(c.Lemma.ToLowerInvariant())));
                default:
                    return true;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb of travel that states its destination ("travelled to X", "flew into X", "arrived in X"): a to-clause under it
    /// ("to meet Y", "to confer with Y") tells what the journey was made for, which news states as done when the journey is.
    /// </summary>
    private bool IsJourney(SyntaxWord verb) =>
        IsVerbal(verb) && lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any(r => r.Edge == EdgeTypes.Visited
            && r.Target.Atoms.Any(a => a.Kind == RoleKind.Preposition && Tree.Children(verb).Any(c => c.Is("obl") && CaseOf(c) == a.Preposition)));

    /// <summary>
    /// A gerund clause introduced by "of" or "for" under a verb of accusation ("accused X of working with Y", "blamed X for
    /// smuggling"): the allegation, which the sentence does not state as a fact.
    /// </summary>
    private bool IsAllegation(SyntaxWord clauseHead, SyntaxWord verb) =>
        clauseHead.Xpos == "VBG" && Tree.Children(clauseHead).Any(c => c.Is("mark") && c.Lemma.ToLowerInvariant() is "of" or "for")
        && IsVerbal(verb) && lexicon.Lookup(verb.Form, verb.Lemma, "VERB").Any(r => r.Edge == EdgeTypes.Accused && !r.Options.Reported);

    // ---------------------------------------------------------------- helpers

    /// <summary>The text the trigger's of/for/as complement spans ("accused X of smuggling arms": "smuggling arms").</summary>
    public string? Complement(SyntaxWord trigger, string text)
    {
        var complement = Tree.Children(trigger).FirstOrDefault(c => (c.Is("obl") || c.Is("advcl") || c.Is("nmod")) && CaseOf(c) is "of" or "for" or "over");
        if (complement is null)
        {
            return MarkedPhraseAfter(trigger, text);
        }

        // the phrase's own marker, and the comma that opens it ("blamed X, an alliance of ..., for the bombing"), are no part of it
        var words = Tree.Subtree(complement).Where(w => !(w.Is("case") || w.Is("mark") || (w.Is("punct") && w.Index < complement.Index)) || Tree.HeadOf(w)?.Index != complement.Index).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var phrase = text[words[0].Start..words[^1].End].Trim().TrimEnd('.', ',', '”', '"', ' ');
        return phrase.Length > 0 ? phrase : null;
    }

    /// <summary>
    /// The complement when the parse hangs its of/for/over phrase elsewhere ("accused X of planning attacks"
    /// with "of planning" read as a clause under X): the words after the first such marker that follows the
    /// trigger inside its subtree, up to the phrase's end (a comma, a quotation, a parenthesis or the
    /// sentence's end). A marker followed by an actor ("the leader of Hamas") belongs to a name, not an allegation.
    /// </summary>
    private string? MarkedPhraseAfter(SyntaxWord trigger, string text)
    {
        var inClause = Tree.Subtree(trigger).Select(w => w.Index).ToHashSet();
        for (var i = trigger.Index + 1; i < Tree.Count - 1; i++)
        {
            var marker = Tree[i];
            if (!inClause.Contains(i) || marker.Upos is not ("ADP" or "SCONJ") || marker.Lemma.ToLowerInvariant() is not ("of" or "for" or "over"))
            {
                continue;
            }

            var first = Tree[i + 1];
            if (first.Upos == "PUNCT" || clause.MentionAt(first) is { Role: MentionRole.Actor }
                || Tree.Ancestors(marker).TakeWhile(a => a.Index != trigger.Index).Any(a => a.Is("appos")))
            {
                continue; // "the leader of Hamas", "X, an alliance of armed factions": part of a name or its description
            }

            var last = first;
            for (var j = i + 2; j < Tree.Count && inClause.Contains(j); j++)
            {
                var word = Tree[j];
                if (word.Upos == "PUNCT" && (word.Form is "," or ";" or ":" or "(" or ")" or "“" or "”" or "\"" or "—" or "–" || j == Tree.Count - 1))
                {
                    break;
                }

                last = word;
            }

            var phrase = text[first.Start..last.End].Trim().TrimEnd('.', ',', '”', '"', ' ');
            return phrase.Length > 0 ? phrase : null;
        }

        return null;
    }

    /// <summary>The words of the trigger's subtree outside its subject and object (where "as a terrorist group" is said).</summary>
    public IEnumerable<SyntaxWord> PredicateWords(SyntaxWord trigger)
    {
        var excluded = new HashSet<int>();
        foreach (var argument in Tree.Children(trigger).Where(c => c.Is("nsubj") || c.Is("obl:agent") || c.Is("obj") && !HasPredicateAfter(trigger, c)))
        {
            foreach (var w in Tree.Subtree(argument))
            {
                excluded.Add(w.Index);
            }
        }

        return Tree.Subtree(trigger).Where(w => w.Index != trigger.Index && !excluded.Contains(w.Index));
    }

    /// <summary>"labelled X an extremist network" parsed with one object over both: the object's own words after the first noun are the predicate.</summary>
    private bool HasPredicateAfter(SyntaxWord trigger, SyntaxWord obj) => Children(trigger, "obj").Count() == 1 && Tree.Children(obj).Any(c => c.Is("appos") || c.Is("xcomp"));

    /// <summary>True when the word stands inside quotation marks opened earlier in the sentence.</summary>
    private bool InQuotation(SyntaxWord word)
    {
        var text = view.Context.Text;
        var open = 0;
        for (var i = view.Sentence.Start; i < word.Start; i++)
        {
            open += text[i] switch
            {
                '“' => 1,
                '”' => -1,
                '"' => open > 0 ? -1 : 1,
                _ => 0,
            };
        }

        if (open > 0)
        {
            return true;
        }

        // a quotation opened in an earlier sentence closes after the word
        for (var i = word.End; i < view.Sentence.End; i++)
        {
            if (text[i] == '“')
            {
                return false;
            }

            if (text[i] == '”')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The preposition or subordinator that introduces a phrase ("with", "between", "along with").</summary>
    public string? CaseOf(SyntaxWord word)
    {
        foreach (var child in Tree.Children(word))
        {
            if (child.Is("case") || child.Is("mark"))
            {
                var lemma = child.Lemma.ToLowerInvariant();
                var fixedPart = Tree.Children(child).FirstOrDefault(f => f.Is("fixed"));
                return fixedPart is null ? lemma : lemma + " " + fixedPart.Lemma.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="preposition"/> introduces the phrase: a case marker of the word, or of a
    /// modifier before it ("between Indian and Chinese patrols" with "between" hung on "Indian").
    /// </summary>
    public bool HasCase(SyntaxWord word, string preposition)
    {
        foreach (var child in Tree.Children(word))
        {
            if ((child.Is("case") || child.Is("mark")) && CaseText(child) == preposition)
            {
                return true;
            }

            if (child.Index < word.Index && child.Relation is "amod" or "compound" or "nummod" && Tree.Children(child).Any(c => c.Is("case") && CaseText(c) == preposition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every case marker of a phrase in word order, each with its fixed parts ("along with" read as two markers
    /// "along" and "with"); null when it has none.
    /// </summary>
    private string? CaseMarkers(SyntaxWord word)
    {
        var markers = Tree.Children(word).Where(c => (c.Is("case") || c.Is("mark")) && c.Index < word.Index).Select(CaseText).ToList();
        return markers.Count == 0 ? null : string.Join(' ', markers);
    }

    private string CaseText(SyntaxWord marker)
    {
        var lemma = marker.Lemma.ToLowerInvariant();
        var fixedPart = Tree.Children(marker).FirstOrDefault(f => f.Is("fixed"));
        return fixedPart is null ? lemma : lemma + " " + fixedPart.Lemma.ToLowerInvariant();
    }

    /// <summary>
    /// The co-subjects a word's dependents add: "A, together with B", "A, along with B", "A alongside B", and a participle
    /// of accompaniment with its by-phrase ("A, accompanied by B", "A, joined by B").
    /// </summary>
    private IEnumerable<SyntaxWord> ComitativePartners(SyntaxWord word)
    {
        foreach (var child in Tree.Children(word))
        {
            if (IsComitative(child))
            {
                yield return child;
            }
            else if (child.Is("advmod") && Words.IsComitative(child.Lemma))
            {
                // "Together with B, A held talks" with the with-phrase hung on the adverb
                foreach (var partner in Tree.Children(child).Where(c => (c.Is("obl") || c.Is("nmod")) && CaseOf(c) == "with"))
                {
                    yield return partner;
                }
            }
            else if ((child.Relation == "acl" || (child.Relation == "advcl" && child.Index < word.Index)) && child.Xpos == "VBN" && Words.IsComitativeVerb(child.Lemma))
            {
                foreach (var agent in Tree.Children(child).Where(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by")))
                {
                    yield return agent;
                }
            }
        }
    }

    /// <summary>A co-subject phrase: "together with X", "along with X", "alongside X".</summary>
    private bool IsComitative(SyntaxWord child)
    {
        if (!(child.Is("obl") || child.Is("nmod") || child.Is("acl")))
        {
            return false;
        }

        var marker = CaseMarkers(child);
        if (marker is "along with" or "together with" or "alongside")
        {
            return true;
        }

        if (marker == "with" && Tree.Children(child).Any(c => c.Is("advmod") && Words.IsComitative(c.Lemma)))
        {
            return true;
        }

        // "together with B" with both words read as case markers of B
        var markers = Tree.Children(child).Where(c => c.Is("case") && c.Index < child.Index).Select(c => c.Lemma.ToLowerInvariant()).ToList();
        if (markers.Contains("with") && markers.Any(Words.IsComitative))
        {
            return true;
        }

        return marker == "with" && Tree.HeadOf(child) is { } head
            && Tree.Children(head).Any(c => c.Is("advmod") && Words.IsComitative(c.Lemma) && c.Index < child.Index && child.Index - c.Index <= 3);
    }

    public bool IsPassive(SyntaxWord verb) =>
        (Tree.Children(verb).Any(c => c.Is("nsubj:pass") || c.Is("aux:pass") || c.Is("obl:agent")) && !PassiveMisread(verb))
        || (verb.Xpos == "VBN" && verb.Relation is "acl" or "amod" && !Tree.Children(verb).Any(c => c.Is("aux") || c.Is("nsubj")) && PerfectMisread(verb) is null
            && !ActiveParticipleMisread(verb) && GluedSubject(verb) is null)
        || (verb.Xpos == "VBN" && verb.Is("conj") && !Tree.Children(verb).Any(c => c.Is("nsubj") || c.Is("aux") || c.Is("obj"))
            && Tree.HeadOf(verb) is { Xpos: "VBN" } first && IsPassive(first)); // "were trained, funded and armed by X": "funded" too

    /// <summary>
    /// "The IDF conducted airstrikes in X", "Hezbollah fired rockets at Y" read as one noun phrase: the past tense tagged
    /// as a participle modifying the noun after it, with the name right before it hung on it. A participle that
    /// modifies a noun has no name of its own before it, so the name is the subject and the noun the object. Returns the name.
    /// </summary>
    public SyntaxWord? GluedSubject(SyntaxWord verb)
    {
        if (verb.Xpos != "VBN" || verb.Relation != "amod" || verb.Index == 0 || Tree.HeadOf(verb) is not { } noun || noun.Index <= verb.Index)
        {
            return null;
        }

        var before = Tree[verb.Index - 1];
        return (before.Head == verb.Index || before.Head == noun.Index) && before.Relation is "compound" or "nsubj" or "nmod:poss" && clause.MentionAt(before) is { Role: MentionRole.Actor } ? before : null;
    }

    /// <summary>
    /// "The two ministers later signed the accord" parsed as a noun with a participle clause: a passive participle
    /// takes no direct object, so one with an object and no by-phrase is the noun's own past-tense verb.
    /// </summary>
    private bool ActiveParticipleMisread(SyntaxWord verb) =>
        verb.Xpos == "VBN" && verb.Relation == "acl" && Tree.HeadOf(verb) is { } noun && noun.Index < verb.Index
        && Tree.Children(verb).Any(c => c.Is("obj") && IsNominal(c))
        && !Tree.Children(verb).Any(c => c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by") || c.Is("xcomp"));

    /// <summary>
    /// "X clashed with Y" tagged as a passive participle with a passive subject: a passive needs its auxiliary
    /// ("were attacked") or its by-phrase, so a main verb with neither has an active subject.
    /// </summary>
    private bool PassiveMisread(SyntaxWord verb) =>
        verb.Relation is "root" or "conj" or "ccomp" or "xcomp" or "advcl" or "parataxis"
        && Tree.Children(verb).Any(c => c.Is("nsubj:pass"))
        && !Tree.Children(verb).Any(c => c.Is("aux:pass") || (c.Is("aux") && c.Lemma.ToLowerInvariant() is "be" or "get") || c.Is("obl:agent") || (c.Is("obl") && CaseOf(c) == "by"));

    /// <summary>
    /// "has blamed X" parsed as the verb "has" with an object "X" that the participle modifies: the participle
    /// right after a form of "have" that governs its noun. Returns that "have".
    /// </summary>
    private SyntaxWord? PerfectMisread(SyntaxWord verb)
    {
        if (verb.Xpos != "VBN" || verb.Relation != "amod" || verb.Index == 0 || Tree.HeadOf(verb) is not { } noun)
        {
            return null;
        }

        var before = Tree[verb.Index - 1];
        return before.Lemma.Equals("have", StringComparison.OrdinalIgnoreCase) && noun.Head == before.Index && noun.Index > verb.Index ? before : null;
    }

    private bool HasSubject(SyntaxWord verb) => Tree.Children(verb).Any(c => c.Is("nsubj") || c.Is("csubj"));

    /// <summary>
    /// The noun a relative clause describes: its governor, unless the governor's phrase ends, just before the
    /// clause, on a word that names an actor (an appositive or conjunct the parser hung the clause above:
    /// "the camps host Houthi rebels, which ..."); a relative clause describes the phrase it follows. A name in a
    /// prepositional phrase ("an attack in Iraq that killed ...") is a circumstance, not the antecedent.
    /// </summary>
    private SyntaxWord Antecedent(SyntaxWord relativeClause)
    {
        var governor = Tree.HeadOf(relativeClause)!;
        if (ActorBefore(relativeClause) is { } before && before.Index != governor.Index && CaseOf(before) is null
            && Tree.Subtree(governor).Any(w => w.Index == before.Index) && clause.MentionAt(governor) is not { Role: MentionRole.Actor })
        {
            return before;
        }

        return governor;
    }

    /// <summary>The word just before a clause (punctuation skipped) when it names an actor.</summary>
    private SyntaxWord? ActorBefore(SyntaxWord clauseHead)
    {
        var before = Tree.Subtree(clauseHead).Min(w => w.Index) - 1;
        while (before >= 0 && Tree[before].Upos == "PUNCT")
        {
            before--;
        }

        return before >= 0 && clause.MentionAt(Tree[before]) is { Role: MentionRole.Actor } ? Tree[before] : null;
    }

    private SyntaxWord? RelativePronoun(SyntaxWord verb) => Tree.Children(verb).FirstOrDefault(IsRelativePronoun);

    private static bool IsFirstPerson(SyntaxWord word) => word.Upos == "PRON" && word.Lemma.ToLowerInvariant() is "my" or "our" or "i" or "we";

    private static bool IsRelativePronoun(SyntaxWord word) => word.Upos is "PRON" or "DET" && RelativePronouns.Contains(word.Lemma.ToLowerInvariant()) && (word.Xpos is "WDT" or "WP" or "WP$");

    /// <summary>
    /// "A and Iranian-backed militias": a name hyphened to the participle after it names who backs or leads the noun the
    /// participle modifies, never a member of a list of actors.
    /// </summary>
    private bool HyphenedToAParticiple(SyntaxWord word) =>
        word.Index + 2 < Tree.Count && Tree[word.Index + 1].Xpos == "HYPH" && Tree[word.Index + 2].Xpos is "VBN" or "VBD" && HyphenBetween(word, Tree[word.Index + 2]);

    private bool HyphenBetween(SyntaxWord left, SyntaxWord right) =>
        left.End <= right.Start && view.Context.Text.AsSpan(left.End, right.Start - left.End).Trim() is { Length: 1 } gap && gap[0] is '-' or '‑' or '–';

    private IEnumerable<SyntaxWord> Children(SyntaxWord word, string relation) => Tree.Children(word, relation);

    private static bool IsModifierOrOblique(SyntaxWord word) => (word.Is("obl") && !word.Is("obl:agent")) || (word.Is("nmod") && !word.Is("nmod:poss")) || word.Is("advcl") || word.Is("acl");

    public static bool IsNominal(SyntaxWord word) => word.Upos is "NOUN" or "PROPN" or "PRON" or "NUM";

    public static bool IsVerbal(SyntaxWord word) => word.Upos is "VERB" or "AUX" || (word.Upos == "ADJ" && word.Xpos is "VBN" or "VBG");
}
