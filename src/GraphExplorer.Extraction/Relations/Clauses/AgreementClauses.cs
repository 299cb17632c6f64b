using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Lexicon;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Relations.Clauses;

/// <summary>
/// What a sentence's tree says about an agreement phrase before the agreement is named: the parties the
/// lexicon's PARTY_TO rows give it ("A and B, after months of talks, signed an agreement", "a pact agreed by
/// A and B", "an agreement between A and B"), and whether it is signed, concluded or agreed at all.
/// Agreement resolution names an accord by its parties; these are the parties it reads off the tree when
/// the words right around the phrase do not name them.
/// </summary>
internal static class AgreementClauses
{
    /// <summary>The party mentions (states, bodies, capitals) the tree gives the agreement whose head word spans [start, end).</summary>
    public static List<Mention> Parties(ExtractionContext context, Sentence sentence, int start, int end, Gazetteer gazetteer) =>
        Read(context, sentence, start, end, gazetteer).Parties;

    /// <summary>True when the tree makes the agreement the object of a signature, conclusion or agreement ("signed a rail transit protocol").</summary>
    public static bool IsConcluded(ExtractionContext context, Sentence sentence, int start, int end, Gazetteer gazetteer) =>
        Read(context, sentence, start, end, gazetteer).Concluded;

    private static (bool Concluded, List<Mention> Parties) Read(ExtractionContext context, Sentence sentence, int start, int end, Gazetteer gazetteer)
    {
        using var part = PartClock.Start(PartClock.AgreementClauses);
        var parties = new List<Mention>();
        if (sentence.Syntax is not { } parsed || parsed.HeadOfSpan(start, end) is null)
        {
            return (false, parties);
        }

        // the tree the relation rules read, with the parser's systematic errors mended ("signed in May between A and B"
        // with the between-phrase hung on the month)
        var lexicon = TriggerLexicon.Default;
        var mentions = context.MentionsIn(sentence.Index);
        var tree = TreeRepairs.RepairOf(sentence, parsed, mentions, lexicon, gazetteer);
        if (tree.HeadOfSpan(start, end) is not { } agreement)
        {
            return (false, parties);
        }

        var view = new SentenceView(context, sentence, mentions);
        var reader = new ClauseReader(ClauseTree.FromTree(tree, mentions), lexicon, view, gazetteer);
        var concluded = false;
        foreach (var word in tree)
        {
            foreach (var row in lexicon.Lookup(word.Form, word.Lemma, reader.ActsAsVerb(word) ? "VERB" : word.Upos).Where(r => r.Edge == EdgeTypes.PartyTo || r.Edge == EdgeTypes.Signed))
            {
                if (!Targets(reader, word, row).Any(t => t.Index == agreement.Index))
                {
                    continue;
                }

                concluded |= row.Target.Atoms.Any(a => a.Kind != RoleKind.Self);
                if (row.Edge != EdgeTypes.PartyTo || (!row.Options.AnyMood && !reader.IsStated(word)))
                {
                    continue; // "failed to reach a deal", "will sign an accord": no one is a party yet
                }

                foreach (var atom in row.Source.Atoms)
                {
                    foreach (var source in reader.RoleWords(word, atom).SelectMany(reader.Actors))
                    {
                        if (!parties.Contains(source) && (source.Label is NodeLabels.Country or NodeLabels.Organization || (source.Label == NodeLabels.Place && gazetteer.IsCapital(source.Canonical))))
                        {
                            parties.Add(source);
                        }
                    }
                }
            }
        }

        return (concluded, parties);
    }

    /// <summary>The words a row's target roles point at, coordinated agreements included.</summary>
    private static IEnumerable<SyntaxWord> Targets(ClauseReader reader, SyntaxWord trigger, TriggerRow row)
    {
        foreach (var atom in row.Target.Atoms)
        {
            foreach (var word in reader.RoleWords(trigger, atom))
            {
                yield return word;
                foreach (var conjunct in reader.Clause.Tree.Children(word, "conj"))
                {
                    yield return conjunct;
                }
            }
        }
    }
}
