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
            foreach (var row in lexicon.Lookup(word.Form, word.Lemma, reader.ActsAsVerb(word) ? "VERB" : word.Upos))
            {
                Apply(view, reader, word, row, sink);
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

        if (options.Prepositions is { } prepositions && !tree.Children(trigger).Any(c => reader.CaseOf(c) is { } p && prepositions.Contains(p)))
        {
            return;
        }

        if (options.ActorPrepositions is { } actorPrepositions
            && !actorPrepositions.Any(p => reader.PrepositionWords(trigger, p).Any(w => reader.Actors(w).Any(m => NodeLabels.Actors.Contains(m.Label)))))
        {
            return;
        }

        if (options.Predicate is { } predicate && !reader.PredicateWords(trigger).Any(w => Matches(predicate, w)))
        {
            return;
        }

        if (options.Reported && (trigger.Relation is "amod" or "compound" || (trigger.Xpos == "VBG" && tree.Children(trigger).Any(c => c.Is("mark") && c.Upos == "ADP" || c.Is("mark") && c.Lemma is "on" or "of" or "for" or "about" or "against"))))
        {
            return; // "smuggling networks", "intelligence on smuggling": a modifier or a gerund states no claim about anyone
        }

        var trace = view.Context.Trace;
        if (!options.AnyMood && !reader.IsStated(trigger))
        {
            trace?.Add((view.Sentence.Index, $"{row} at '{trigger.Form}': not stated as a fact"));
            return;
        }

        var sources = Resolve(reader, trigger, row.Source, row, true);
        var targets = Resolve(reader, trigger, row.Target, row, false);
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
                    sink.Add(row.Edge, source, target, view.Sentence, row.Confidence, date, place, allegation: allegation);
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
    /// An operation noun that is the object of a verb ("A and B conducted the raids"): its agents are the verb's
    /// subjects, one operation carried out together even where it names no target. Owners of the noun itself
    /// ("Turkish and Iranian strikes") may be two sides acting apart, and say nothing without a target.
    /// </summary>
    private static bool ConductedTogether(ClauseReader reader, SyntaxWord trigger) =>
        ClauseReader.IsNominal(trigger) && !reader.ActsAsVerb(trigger) && trigger.Is("obj") && reader.Clause.Tree.HeadOf(trigger) is { } verb && ClauseReader.IsVerbal(verb)
        && reader.Clause.Tree.Children(verb).Any(c => c.Is("nsubj"))
        && !reader.Clause.Tree.Children(trigger).Any(c => c.Relation is "amod" or "compound" or "nmod:poss" && reader.Clause.MentionAt(c) is not null);

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
            if (atom.Kind is RoleKind.Self or RoleKind.Purpose)
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
        var candidates = tree.Children(trigger).ToList();
        if (tree.HeadOf(trigger) is { } head && ClauseReader.IsNominal(trigger) && ClauseReader.IsVerbal(head))
        {
            candidates.AddRange(tree.Children(head));
        }

        // "met with X in Amman on Monday" parsed with "in Amman" under X: a named participant is not where it is
        // by its own description, so a place phrase hung on an argument that names an actor is where the event was
        foreach (var argument in candidates.Where(c => c.Relation is "nsubj" or "obj" or "obl" or "iobj" && reader.Clause.MentionAt(c) is { Role: MentionRole.Actor, Label: NodeLabels.Person or NodeLabels.Organization or NodeLabels.Country }).ToList())
        {
            candidates.AddRange(tree.Children(argument));
        }

        foreach (var child in candidates)
        {
            if ((child.Is("obl") || child.Is("nmod")) && reader.CaseOf(child) is "in" or "at" && reader.Clause.MentionAt(child) is { Label: NodeLabels.Place } place)
            {
                return view.Context.Draft(place.Label, place.Canonical).Id;
            }
        }

        return null;
    }
}
