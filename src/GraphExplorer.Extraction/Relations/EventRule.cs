using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Clauses;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Every edge a trigger of the lexicon (Gazetteers/triggers.tsv) states in a sentence: for each word whose
/// lemma is a trigger, the arguments its row names are read off the dependency tree (see
/// <see cref="ClauseReader"/>), checked against the edge's labels, and joined into edges with the
/// sentence as evidence, its date, and the place the event happened when the tree names one ("in X").
/// Events that are negated, planned or hypothetical are skipped.
/// </summary>
internal sealed class EventRule(TriggerLexicon lexicon, Gazetteer gazetteer)
{
    public void Apply(SentenceView view, ClauseTree clause, RelationSink sink)
    {
        var reader = new ClauseReader(clause, lexicon, view, gazetteer);
        foreach (var word in clause.Tree)
        {
            // most words trigger nothing: they are passed over without a list or a query
            if (word.Upos is "VERB" or "AUX" or "NOUN" or "PROPN"
                && lexicon.Lookup(word.Form, word.Lemma, reader.ActsAsVerb(word) ? "VERB" : word.Upos) is { Count: > 0 } rows)
            {
                Triggered(view, reader, word, rows, sink);
            }

            if (word.Upos == "ADJ" || ClauseReader.IsNominal(word))
            {
                Responsibility(view, reader, word, sink);
            }
        }
    }

    private void Triggered(SentenceView view, ClauseReader reader, SyntaxWord word, IReadOnlyList<TriggerRow> rows, RelationSink sink)
    {
        var particles = rows.Any(r => r.Options.Particles is not null) ? reader.Particles(word) : [];
        foreach (var row in rows)
        {
            // a phrasal verb row needs its particle; a bare row yields to the phrasal verb whose particle the verb has
            // ("hammered out a deal" is no attack, "touched down in X" is an arrival)
            var phrasal = row.Options.Particles is { } own ? particles.Any(own.Contains) : !particles.Any(p => rows.Any(r => r.Options.Particles?.Contains(p) == true));
            if (phrasal)
            {
                Apply(view, reader, word, row, sink);
            }
        }
    }

    /// <summary>
    /// A speaker who reports that someone is behind an attack or responsible for it accuses them: "X said Y was behind the
    /// strike", "Y is responsible for the bombing, X added", "X believes Y was behind the attacks". The predicate is an attack
    /// noun with "behind" for its preposition, or "responsible" with a for-phrase, with a copula and a subject; it counts only
    /// when stated (not denied, doubted or negated: "X denied that Y was behind it", "Y may have been behind it") and only in
    /// a reported clause: the speaker is the accuser (one who reports its own attack accuses no one).
    /// </summary>
    private void Responsibility(SentenceView view, ClauseReader reader, SyntaxWord word, RelationSink sink)
    {
        var tree = reader.Clause.Tree;
        var children = tree.Children(word);
        var behind = ClauseReader.IsNominal(word) && children.Any(c => c.Is("case") && c.Lemma.Equals("behind", StringComparison.OrdinalIgnoreCase))
            && lexicon.Lookup(word.Form, word.Lemma, "NOUN").Any(r => r.Edge == EdgeTypes.Attacked);
        var responsible = word.Upos == "ADJ" && word.Lemma.Equals("responsible", StringComparison.OrdinalIgnoreCase)
            && children.Any(c => (c.Is("obl") || c.Is("nmod")) && reader.CaseOf(c) == "for");
        if ((!behind && !responsible) || !children.Any(c => c.Is("cop")) || children.FirstOrDefault(c => c.Is("nsubj")) is not { } subject)
        {
            return;
        }

        var trace = view.Context.Trace;
        if (!reader.IsStated(word) || reader.IsNegated(word))
        {
            trace?.Add((view.Sentence.Index, $"responsibility at '{word.Form}': not stated as a fact"));
            return;
        }

        var accusers = reader.SpeakerWords(word).SelectMany(reader.Actors).Where(m => NodeLabels.Actors.Contains(m.Label)).Distinct().ToList();
        var accused = reader.Actors(subject).Where(m => NodeLabels.Actors.Contains(m.Label)).Distinct().ToList();
        trace?.Add((view.Sentence.Index, $"responsibility at '{word.Form}': accusers [{string.Join(", ", accusers.Select(m => m.Canonical))}] accused [{string.Join(", ", accused.Select(m => m.Canonical))}]"));
        foreach (var accuser in accusers)
        {
            foreach (var target in accused)
            {
                sink.Add(EdgeTypes.Accused, Relations.Endpoint.Of(accuser), Relations.Endpoint.Of(target), view.Sentence, 0.7, view.Date);
            }
        }
    }

    private void Apply(SentenceView view, ClauseReader reader, SyntaxWord trigger, TriggerRow row, RelationSink sink)
    {
        var tree = reader.Clause.Tree;
        var options = row.Options;
        if (options.Objects is { } objects && !reader.ObjectWords(trigger).Any(o => objects.Contains(o.Lemma.ToLowerInvariant()) || objects.Contains(o.Form.ToLowerInvariant())))
        {
            return;
        }

        if (options.Modifiers is { } modifiers && !tree.Children(trigger).Any(c => c.Relation is "amod" or "compound" && modifiers.Contains(c.Lemma.ToLowerInvariant())))
        {
            return;
        }

        if (options.LightVerbs is { } lightVerbs && !(reader.LightVerbOf(trigger) is { } light && lightVerbs.Contains(light.Lemma.ToLowerInvariant())))
        {
            return;
        }

        // the phrase under the verb, or where the verb's phrases hang ("shares intelligence with X" with the phrase on the object)
        if (options.Prepositions is { } prepositions && !tree.Children(trigger).Any(c => reader.CaseOf(c) is { } p && prepositions.Contains(p))
            && !prepositions.Any(p => reader.PrepositionWords(trigger, p).Count > 0)
            && !(options.PhraseNouns is not null && PhrasesOnTheObject(reader, trigger, prepositions).Any()))
        {
            return;
        }

        if (options.PhraseNouns is { } phraseNouns && options.Prepositions is { } introducers
            && !introducers.SelectMany(p => reader.PrepositionWords(trigger, p)).Concat(PhrasesOnTheObject(reader, trigger, introducers)).Any(w => Matches(phraseNouns, w)))
        {
            return;
        }

        if (options.ActorPrepositions is { } actorPrepositions
            && !actorPrepositions.Any(p => reader.PrepositionWords(trigger, p).Any(w => reader.Actors(w).Any(m => NodeLabels.Actors.Contains(m.Label)))))
        {
            return;
        }

        // the predicate, or the roster phrase's own words ("added X to its terror list" with the phrase hung on X)
        if (options.Predicate is { } predicate && !reader.PredicateWords(trigger).Any(w => Matches(predicate, w))
            && !(options.PhraseNouns is { } rosters && options.Prepositions is { } rosterIntroducers
                && rosterIntroducers.SelectMany(p => reader.PrepositionWords(trigger, p)).Concat(PhrasesOnTheObject(reader, trigger, rosterIntroducers))
                    .Any(w => Matches(rosters, w) && tree.Subtree(w).Any(x => Matches(predicate, x)))))
        {
            return;
        }

        if (options.Reported && (trigger.Relation is "amod" or "compound" || (trigger.Xpos == "VBG" && tree.Children(trigger).Any(c => c.Is("mark") && c.Upos == "ADP" || c.Is("mark") && c.Lemma is "on" or "of" or "for" or "about" or "against"))))
        {
            return; // "smuggling networks", "intelligence on smuggling": a modifier or a gerund states no claim about anyone
        }

        var trace = view.Context.Trace;
        if (!options.AnyMood && !reader.IsStated(trigger) && !(options.Reported && reader.IsAttempted(trigger)))
        {
            trace?.Add((view.Sentence.Index, $"{row} at '{trigger.Form}': not stated as a fact"));
            return;
        }

        if (options.AnyMood && reader.IsNegated(trigger))
        {
            trace?.Add((view.Sentence.Index, $"{row} at '{trigger.Form}': negated"));
            return;
        }

        if (options.AnyMood && row.Edge == EdgeTypes.PartyTo && reader.IsUnsigned(trigger))
        {
            trace?.Add((view.Sentence.Index, $"{row} at '{trigger.Form}': a draft or unsigned text has no parties"));
            if (reader.Clause.MentionAt(trigger) is { Label: NodeLabels.Agreement } document)
            {
                view.Unsigned.Add(document);
            }

            return;
        }

        var sources = Resolve(reader, trigger, row.Source, row, true);
        var targets = Resolve(reader, trigger, row.Target, row, false);
        if (row.Edge == EdgeTypes.Visited && targets.Count == 0 && sources.Count > 0)
        {
            targets = NamedSites(view, reader, trigger, row);
        }

        var confidence = row.Confidence;
        if (FollowChain(view, reader, trigger, row, sink, ref sources, ref targets))
        {
            confidence *= 0.85;
        }

        if (row.Edge == EdgeTypes.MetWith && JoinMeeting(view, reader, trigger, row, sink, ref sources, ref targets))
        {
            confidence *= 0.85;
        }
        trace?.Add((view.Sentence.Index, $"{row} at '{trigger.Form}': source [{string.Join(", ", sources.Select(e => e.Canonical))}] target [{string.Join(", ", targets.Select(e => e.Canonical))}]"));
        var date = view.Date;
        var place = row.Edge == EdgeTypes.Visited ? null : PlaceOf(view, reader, trigger);
        var allegation = row.Edge == EdgeTypes.Accused ? reader.Complement(trigger, view.Context.Text) : null;
        if (options.Pair && (sources.Count == 0 || targets.Count == 0))
        {
            var group = sources.Count > 0 ? sources : targets;
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    sink.Add(row.Edge, group[i], group[j], view.Sentence, row.Confidence * 0.95, date, place);
                }
            }
        }
        else
        {
            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    sink.Add(row.Edge, source, target, view.Sentence, confidence, date, place, allegation: allegation);
                }
            }
        }

        if (options.Allies && sources.Count >= 2 && (targets.Count > 0 || ConductedTogether(reader, trigger)))
        {
            // "A and B struck X", "A and B conducted the strikes": the two act together
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = i + 1; j < sources.Count; j++)
                {
                    sink.Add(EdgeTypes.CooperatesWith, sources[i], sources[j], view.Sentence, 0.6, date, place);
                }
            }
        }
    }

    /// <summary>
    /// The discourse rule for meetings. A meeting stated with its participants opens a chain; a later definite mention of
    /// a meeting ("the meeting", "these talks") within <see cref="MeetingReach"/> sentences of the chain's last one, whose
    /// row takes the role "event" and that names no partner of its own, is that meeting: its agent (the subject of the light
    /// verb: "also attended the meeting", "joined the talks later", "took part in the negotiations", "the discussions were
    /// attended by X") met the chain's participants, and joins them. A mention that is indefinite or marked as another
    /// meeting ("another meeting", "a separate session", "the meeting of the council") refers to none. Any other meeting
    /// stated with two sides starts a new chain. True when the partners came from the chain.
    /// </summary>
    private bool JoinMeeting(SentenceView view, ClauseReader reader, SyntaxWord trigger, TriggerRow row, RelationSink sink, ref List<Endpoint> sources, ref List<Endpoint> targets)
    {
        var sentence = view.Sentence.Index;
        var chain = sink.Meeting is { } open && sentence - open.Sentence <= MeetingReach ? open : null;
        if (chain is not null && targets.Count == 0 && reader.AgentWords(trigger).Any(w => reader.Clause.MentionAt(w) is { } m && IsPluralAnaphor(m.Surface)))
        {
            // "the two sides discussed X", "both men agreed": the sides of the meeting just stated, whoever the resolver
            // took them for (the states of two delegations)
            sources = [.. chain.Participants];
            sink.Meeting = chain with { Sentence = sentence };
            return true;
        }

        var referring = row.Target.Atoms.Any(a => a.Kind == RoleKind.Event) && RefersToMeeting(reader, trigger);
        var agents = sources;
        if (referring && chain is not null && targets.Count == 0 && agents.Count > 0)
        {
            targets = [.. chain.Participants.Where(p => !agents.Contains(p))];
            if (targets.Count > 0)
            {
                sink.Meeting = chain with { Participants = [.. chain.Participants, .. agents.Where(s => !chain.Participants.Contains(s))], Sentence = sentence };
                return true;
            }
        }

        var participants = agents.Concat(targets).Distinct().ToList();
        if (participants.Count >= 2)
        {
            sink.Meeting = new MeetingChain(participants, sentence);
        }
        else if (referring && chain is not null)
        {
            sink.Meeting = chain with { Sentence = sentence }; // "the talks focused on water": still that meeting
        }

        return false;
    }

    /// <summary>A definite plural that counts what it refers to ("the two sides", "both men", "the two ministers").</summary>
    private static bool IsPluralAnaphor(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words[^1].All(char.IsLower)
            && (words[0].Equals("both", StringComparison.OrdinalIgnoreCase) ? words.Length == 2 : words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words[1] == "two");
    }

    /// <summary>How many sentences after the last mention of a meeting a definite "the meeting" still refers to it.</summary>
    private const int MeetingReach = 3;

    /// <summary>
    /// A meeting noun in a definite phrase ("the meeting", "these talks", "the same meeting") that no modifier marks as
    /// another meeting (relationwords.tsv class "distinct": "another", "separate", "second") or as planned, and that names
    /// no body of its own ("the meeting of the security council", "the Arab League summit").
    /// </summary>
    private bool RefersToMeeting(ClauseReader reader, SyntaxWord noun)
    {
        if (!ClauseReader.IsNominal(noun) || reader.ActsAsVerb(noun))
        {
            return false;
        }

        var tree = reader.Clause.Tree;
        var children = tree.Children(noun);
        var definite = false;
        foreach (var child in children)
        {
            var lemma = child.Lemma.ToLowerInvariant();
            if (lexicon.Words.IsDistinct(lemma) || lexicon.Words.IsIrrealisModifier(lemma))
            {
                return false;
            }

            if (child.Is("det") && lemma is "the" or "this" or "that" or "these" or "those")
            {
                definite = true;
            }

            if (((child.Is("nmod") && reader.CaseOf(child) == "of") || child.Relation is "compound" or "amod" or "nmod:poss") && reader.Clause.MentionAt(child) is not null)
            {
                return false; // "the meeting of the security council", "the Arab League summit": a meeting of its own
            }
        }

        return definite;
    }

    /// <summary>
    /// An operation noun that is the object of a verb ("A and B conducted the raids"): its agents are the verb's
    /// subjects, one operation carried out together even where it names no target. Owners of the noun itself
    /// ("Turkish and Iranian strikes") may be two sides acting apart, and say nothing without a target.
    /// </summary>
    private static bool ConductedTogether(ClauseReader reader, SyntaxWord trigger) =>
        ClauseReader.IsNominal(trigger) && !reader.ActsAsVerb(trigger) && trigger.Is("obj") && reader.Clause.Tree.HeadOf(trigger) is { } verb && ClauseReader.IsVerbal(verb)
        && reader.Clause.Tree.Children(verb).Any(c => c.Is("nsubj"))
        && !reader.Clause.Tree.Children(trigger).Any(c => c.Relation is "amod" or "compound" or "nmod:poss" && reader.Clause.MentionAt(c) is not null);

    /// <summary>
    /// The discourse rule for attacks. An attack stated with its attacker opens a chain; a later definite mention of
    /// an attack ("the strikes", "the attack") within two sentences of the chain's last one continues it. Such a
    /// mention that names its targets but no attacker takes the chain's attackers ("The missile strikes targeting X
    /// came after ..."); one that names its attackers but no target takes the chain's targets ("A and B conducted the
    /// strikes"); an accusation of such an attack with no attacker named accuses the chain's attackers ("condemned
    /// the strikes"). An attack stated with another attacker starts a new chain. True when an argument came from the chain.
    /// </summary>
    private bool FollowChain(SentenceView view, ClauseReader reader, SyntaxWord trigger, TriggerRow row, RelationSink sink, ref List<Endpoint> sources, ref List<Endpoint> targets)
    {
        var sentence = view.Sentence.Index;
        var chain = sink.Attacks is { } open && sentence - open.Sentence <= 2 ? open : null;
        if (row.Edge == EdgeTypes.Accused)
        {
            if (targets.Count > 0 && !row.Options.Reported && AllegedAttacks(reader, trigger).Any())
            {
                // "blamed X for a drone strike", "accused X of the bombing": the accused is the attacker an accusation of "the
                // strike" in the next sentence names; a claim, so no attack is read from it and the attack chain stays as it was
                sink.Alleged = new AttackChain(targets, [], sentence);
                return false;
            }

            if (!row.Options.Event || targets.Count > 0)
            {
                return false;
            }

            var referred = reader.PatientWords(trigger).Where(w => RefersBack(reader, w)).ToList();
            if (sink.Alleged is { } alleged && sentence - alleged.Sentence == 1 && referred.Count > 0 && (chain is null || chain.Sentence < alleged.Sentence))
            {
                var accusing = sources;
                targets = [.. alleged.Attackers.Where(a => !accusing.Contains(a))];
                return targets.Count > 0;
            }

            // an accusation reaches back one sentence, or two for one attack named in the singular ("the strike": the chain's
            // last one), and to the chain alone: a condemnation of "the attacks" often sums up several attacks by several hands
            if (chain is null || referred.Count == 0 || (sentence - chain.Sentence > 1 && !referred.All(w => w.Xpos == "NN")))
            {
                return false;
            }

            var accusers = sources;
            var accused = chain.Attackers.Where(a => !accusers.Contains(a)).ToList();
            targets = accused;
            return accused.Count > 0;
        }

        if (row.Edge != EdgeTypes.Attacked)
        {
            return false;
        }

        var definite = RefersBack(reader, trigger) || reader.Clause.Tree.Ancestors(trigger).Take(2).Any(a => RefersBack(reader, a));
        var followed = false;
        if (definite && chain is not null)
        {
            if (sources.Count == 0 && targets.Count > 0 && chain.Attackers.Count > 0 && !chain.Attackers.Any(targets.Contains))
            {
                sources = [.. chain.Attackers];
                followed = true;
            }
            else if (sources.Count > 0 && targets.Count == 0 && chain.Targets.Count > 0 && !chain.Targets.Any(sources.Contains))
            {
                targets = [.. chain.Targets];
                followed = true;
                if (chain.Attackers.Count == 0)
                {
                    // "Three soldiers were killed in an ambush. The X Brigade claimed responsibility for the attack": the attack
                    // stated without its attacker is named by the claim, and later mentions ("condemned the attack") accuse X
                    sink.Attacks = chain with { Attackers = sources, Sentence = sentence };
                    return true;
                }
            }
        }

        if (sources.Count > 0 && !followed && (chain is null || !definite || !sources.SequenceEqual(chain.Attackers)))
        {
            sink.Attacks = new AttackChain(sources, targets, sentence); // an attack with its own attacker: a new chain
        }
        else if (sources.Count == 0 && targets.Count > 0 && (chain is null || chain.Attackers.Count == 0) && !definite)
        {
            // an attack stated with its victims but no attacker ("two soldiers were killed in an ambush"): a chain without
            // attackers, which a definite mention with an attacker of its own in the next two sentences completes; it does
            // not displace an attack whose attacker the article named
            sink.Attacks = new AttackChain([], targets, sentence);
        }
        else if (chain is not null && definite)
        {
            sink.Attacks = chain with { Sentence = sentence, Targets = chain.Targets.Count > 0 ? chain.Targets : targets };
        }

        return followed;
    }

    /// <summary>
    /// The attack an accusation holds its target responsible for: an attack noun in the for- or of-phrase of the accusing verb
    /// or of its object ("blamed Turkey for a drone strike", "accused the group of the bombing") that names no attacker of its own.
    /// </summary>
    private IEnumerable<SyntaxWord> AllegedAttacks(ClauseReader reader, SyntaxWord trigger)
    {
        var tree = reader.Clause.Tree;
        var holders = new List<SyntaxWord> { trigger };
        holders.AddRange(tree.Children(trigger).Where(c => c.Is("obj")));
        foreach (var holder in holders)
        {
            foreach (var phrase in tree.Children(holder))
            {
                if ((phrase.Is("obl") || phrase.Is("nmod")) && reader.CaseOf(phrase) is "for" or "of"
                    && lexicon.Lookup(phrase.Form, phrase.Lemma, "NOUN").Any(r => r.Edge == EdgeTypes.Attacked)
                    && reader.Clause.MentionAt(phrase) is null && !reader.AgentWords(phrase).SelectMany(reader.Actors).Any())
                {
                    yield return phrase;
                }
            }
        }
    }

    /// <summary>
    /// A sentence the rules do not read (it names no one) continues the attack chain when it refers to the attack by a
    /// definite noun phrase ("The attack comes one day before ...").
    /// </summary>
    public void Continue(Sentence sentence, RelationSink sink)
    {
        if (sink.Attacks is not { } chain || sentence.Index - chain.Sentence > 2)
        {
            return;
        }

        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !lexicon.Lookup(tokens[i].Text, tokens[i].Norm, "NOUN").Any(r => r.Edge == EdgeTypes.Attacked))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 4) && tokens[j].IsWord; j--)
            {
                if (tokens[j].Norm is "the" or "this" or "these" or "those")
                {
                    sink.Attacks = chain with { Sentence = sentence.Index };
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A word that names an attack by a definite noun phrase ("the strikes", "the missile and drone strikes", "these
    /// attacks"): an attack noun form with "the", "this", "these" or "those" at most four words before it and no
    /// name, verb or punctuation between.
    /// </summary>
    private bool RefersBack(ClauseReader reader, SyntaxWord word)
    {
        if (!lexicon.Lookup(word.Form, word.Lemma, "NOUN").Any(r => r.Edge == EdgeTypes.Attacked))
        {
            return false;
        }

        var tree = reader.Clause.Tree;
        for (var i = word.Index - 1; i >= Math.Max(0, word.Index - 4); i--)
        {
            var before = tree[i];
            if (before.Form.ToLowerInvariant() is "the" or "this" or "these" or "those")
            {
                return true;
            }

            if (before.Upos is "PUNCT" or "VERB" or "AUX" or "ADP" || reader.Clause.MentionAt(before) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Phrases that one of <paramref name="prepositions"/> introduces, hung on the verb's object ("added X to its terror list").</summary>
    private static IEnumerable<SyntaxWord> PhrasesOnTheObject(ClauseReader reader, SyntaxWord trigger, IReadOnlySet<string> prepositions) =>
        reader.Clause.Tree.Children(trigger).Where(o => o.Is("obj"))
            .SelectMany(o => reader.Clause.Tree.Children(o).Where(c => c.Index > o.Index && c.Is("nmod") && reader.CaseOf(c) is { } p && prepositions.Contains(p)));

    private bool Matches(IReadOnlySet<string> words, SyntaxWord word)
    {
        var lemma = word.Lemma.ToLowerInvariant();
        var form = word.Form.ToLowerInvariant();
        foreach (var entry in words)
        {
            if (entry.StartsWith('@') ? lexicon.Words.Class(entry[1..]).Contains(lemma) || lexicon.Words.Class(entry[1..]).Contains(form) : entry == lemma || entry == form)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The endpoints a role spec yields: the first alternative with any, each alternative the union of its atoms.</summary>
    private List<Endpoint> Resolve(ClauseReader reader, SyntaxWord trigger, RoleSpec spec, TriggerRow row, bool source)
    {
        foreach (var alternative in spec.Alternatives)
        {
            var result = new List<Endpoint>();
            foreach (var atom in alternative)
            {
                foreach (var mention in Mentions(reader, trigger, atom, row))
                {
                    if (Endpoint(mention, atom, row.Edge, source) is { } endpoint && !result.Contains(endpoint))
                    {
                        result.Add(endpoint);
                    }
                }
            }

            if (result.Count > 0)
            {
                return result;
            }
        }

        return [];
    }

    private IEnumerable<Mention> Mentions(ClauseReader reader, SyntaxWord trigger, RoleAtom atom, TriggerRow row)
    {
        var clause = reader.Clause;
        // what an agreement is about is said of the noun itself: "signed the deal in Baghdad" is where, not what
        foreach (var word in reader.RoleWords(trigger, atom, ownPhrasesOnly: row.Edge == EdgeTypes.Concerns))
        {
            if (row.Edge == EdgeTypes.Concerns && atom.Kind == RoleKind.Preposition && clause.MentionAt(word) is null)
            {
                // "an agreement on customs procedures at the X crossing", "provides for patrols along the X border": what the
                // phrase is about is the place or border named inside it; an in-phrase of an accord a verb governs may say where
                // it was signed ("signed an agreement on trade in Baghdad"), whatever the attachment
                var signedWhere = clause.Tree.HeadOf(trigger) is { } governor && ClauseReader.IsVerbal(governor);
                foreach (var inner in clause.Tree.Subtree(word).Where(w => w.Index != word.Index && !w.Is("nsubj") && !w.Is("nsubj:pass")
                    && !(signedWhere && reader.CaseOf(w) == "in")))
                {
                    if (clause.MentionAt(inner) is { Label: NodeLabels.Place or NodeLabels.Border } named)
                    {
                        yield return named;
                    }
                }

                continue;
            }

            if (atom.Kind is RoleKind.Self or RoleKind.Purpose or RoleKind.Content)
            {
                if (clause.MentionAt(word) is { } own)
                {
                    yield return own;
                }

                continue;
            }

            // the noun a participle modifies is its patient, not the noun's conjuncts ("Iranian-backed groups and America")
            var actors = atom.Kind == RoleKind.Patient && word.Index == trigger.Head && reader.IsPassive(trigger) ? reader.ActorsOfWordAlone(word) : reader.Actors(word);
            if (actors.Count == 0 && row.Options.Event && clause.MentionAt(word) is null && lexicon.IsEventNoun(word.Lemma))
            {
                // "described the Russian shelling as terror": the accused is the one who shelled
                actors = [.. reader.AgentWords(word).SelectMany(reader.Actors)];
            }
            else if (actors.Count == 0 && atom.Kind == RoleKind.Agent && clause.MentionAt(word) is null && ClauseReader.IsNominal(word))
            {
                // "a Turkish drone strike killed X": the agent of the event noun in subject position
                if (lexicon.IsEventNoun(word.Lemma))
                {
                    actors = [.. reader.AgentWords(word).SelectMany(reader.Actors)];
                }
                else if (word.Is("nsubj") || word.Is("obl:agent"))
                {
                    // "missiles fired by X hit Y": an instrument's own agent
                    actors = [.. reader.AgentWords(word).SelectMany(reader.Actors)];
                }
            }

            foreach (var actor in actors)
            {
                yield return actor;
            }
        }

        if (atom.Kind == RoleKind.Patient && row.Options.Event)
        {
            foreach (var referred in reader.ReferenceWords(trigger).SelectMany(reader.Actors))
            {
                yield return referred;
            }
        }
    }

    /// <summary>
    /// A destination named by a common noun for a site: "travelled to the Rabia crossing", "toured the Domiz camp", "visited
    /// the docks of Umm Qasr", "visited troops in Sinjar" name the place the noun is compounded with or that its phrase
    /// names; "visited the crossing", "toured the camp" with a definite noun and no name refer to the place an earlier
    /// sentence (up to <see cref="SiteReach"/> back) or this one named with that noun ("the Rabia crossing", "Domiz Camp").
    /// A site nobody named is no destination.
    /// </summary>
    private List<Endpoint> NamedSites(SentenceView view, ClauseReader reader, SyntaxWord trigger, TriggerRow row)
    {
        var clause = reader.Clause;
        foreach (var atom in row.Target.Alternatives.SelectMany(a => a))
        {
            foreach (var word in reader.RoleWords(trigger, atom))
            {
                if (word.Upos is not ("NOUN" or "PROPN") || clause.MentionAt(word) is not null)
                {
                    continue;
                }

                var children = clause.Tree.Children(word);
                if (word.Index > 0 && clause.Tree[word.Index - 1].Upos == "NUM")
                {
                    continue; // "the Jeddah 1 centre": a numbered site is one of several named after the place, not the place
                }

                // "the Rabia crossing", "Basra's port", "the docks of Umm Qasr", "troops in Sinjar"
                var site = children.Where(c => c.Index < word.Index && c.Relation is "compound" or "amod" or "nmod:poss")
                    .Concat(children.Where(c => c.Index > word.Index && c.Is("nmod") && reader.CaseOf(c) is "of" or "in" or "at"))
                    .Select(c => clause.MentionAt(c)).FirstOrDefault(m => m is { Label: NodeLabels.Place });
                if (site is null && children.Any(c => c.Is("det") && c.Lemma.ToLowerInvariant() is "the" or "this" or "that"))
                {
                    site = EarlierSite(view, word);
                }

                if (site is not null && Endpoint(site, atom, row.Edge, false) is { } endpoint)
                {
                    return [endpoint];
                }
            }
        }

        return [];
    }

    private const int SiteReach = 3;

    /// <summary>The last place named with the noun for its site ("the Rabia crossing", "Domiz Camp") before the word, in this sentence or the last few.</summary>
    private static Mention? EarlierSite(SentenceView view, SyntaxWord noun)
    {
        var lemma = noun.Lemma.ToLowerInvariant();
        var form = noun.Form.ToLowerInvariant();
        var context = view.Context;
        var here = noun.Start;
        for (var s = view.Sentence.Index; s >= Math.Max(0, view.Sentence.Index - SiteReach); s--)
        {
            var tokens = context.Sentences[s].Tokens;
            foreach (var place in context.MentionsIn(s).Where(m => m.Label == NodeLabels.Place && m.End <= here).OrderByDescending(m => m.Start))
            {
                var last = place.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
                var next = tokens.FirstOrDefault(t => t.Start >= place.End);
                if (last == lemma || last == form || (next.IsWord && (next.Norm == lemma || next.Norm == form)))
                {
                    return place;
                }
            }
        }

        return null;
    }

    /// <summary>The endpoint for a mention in a role, or null when the role or the edge does not take its label (a capital stands for its state where only an actor fits).</summary>
    private Endpoint? Endpoint(Mention mention, RoleAtom atom, EdgeType edge, bool source)
    {
        var allowed = source ? edge.Sources : edge.Targets;
        if (Fits(mention.Label, atom, allowed))
        {
            return Relations.Endpoint.Of(mention);
        }

        if (mention.Label == NodeLabels.Place && gazetteer.IsCapital(mention.Canonical) && gazetteer.Place(mention.Canonical)?.Country is { } state && Fits(NodeLabels.Country, atom, allowed))
        {
            return new Endpoint(NodeLabels.Country, state, mention.Confidence * 0.9);
        }

        return null;
    }

    private static bool Fits(string label, RoleAtom atom, IReadOnlySet<string> allowed) =>
        allowed.Contains(label) && (atom.Labels is null || atom.Labels.Contains(label));

    /// <summary>Where the event happened: a place in an in- or at-phrase of the trigger (or of its light verb).</summary>
    private static string? PlaceOf(SentenceView view, ClauseReader reader, SyntaxWord trigger)
    {
        var tree = reader.Clause.Tree;
        var own = tree.Children(trigger);
        var ofHead = tree.HeadOf(trigger) is { } head && ClauseReader.IsNominal(trigger) && ClauseReader.IsVerbal(head) ? tree.Children(head) : [];

        // the trigger's phrases, then those of its verb, then (in the same order) those hung on an argument that names an actor:
        // "met with X in Amman on Monday" parsed with "in Amman" under X: a named participant is not where it is
        // by its own description, so a place phrase hung on an argument that names an actor is where the event was
        return PlaceAmong(view, reader, own) ?? PlaceAmong(view, reader, ofHead) ?? PlaceUnderActors(view, reader, own) ?? PlaceUnderActors(view, reader, ofHead);
    }

    private static string? PlaceUnderActors(SentenceView view, ClauseReader reader, IReadOnlyList<SyntaxWord> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Relation is "nsubj" or "obj" or "obl" or "iobj"
                && reader.Clause.MentionAt(argument) is { Role: MentionRole.Actor, Label: NodeLabels.Person or NodeLabels.Organization or NodeLabels.Country }
                && PlaceAmong(view, reader, reader.Clause.Tree.Children(argument)) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static string? PlaceAmong(SentenceView view, ClauseReader reader, IReadOnlyList<SyntaxWord> words)
    {
        foreach (var child in words)
        {
            if ((child.Is("obl") || child.Is("nmod")) && reader.CaseOf(child) is "in" or "at" && reader.Clause.MentionAt(child) is { Label: NodeLabels.Place } place)
            {
                return view.Context.Draft(place.Label, place.Canonical).Id;
            }
        }

        return null;
    }
}
