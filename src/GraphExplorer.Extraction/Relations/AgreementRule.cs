using System.Buffers;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// PARTY_TO from the parties agreement resolution read into an agreement's name ("an agreement between A
/// and B", "A and B signed an agreement" name the "A–B agreement"), and from the states a named accord
/// carries in its name ("the US-Iraq Strategic Framework Agreement"); SIGNED from the persons and bodies a sentence calls
/// the signatories of an accord named before ("the two signatories, A and B", anaphora resolution). The signatures, parties and subjects
/// the tree states are the lexicon's (sign, reach, conclude, "agreement between", "agreement on"). An accord the tree
/// found unsigned (<see cref="SentenceView.Unsigned"/>: a draft, "was not signed", "under discussion") has none of these.
/// </summary>
internal sealed class AgreementRule(Gazetteer gazetteer) : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["agreement", "accord", "deal", "pact", "treaty", "memorandum", "protocol", "signator"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var fact in view.Context.AgreementParties.Where(f => f.SentenceIndex == view.Sentence.Index && !view.Unsigned.Contains(f.Agreement)))
        {
            foreach (var party in fact.Parties)
            {
                sink.Add(EdgeTypes.PartyTo, Endpoint.Of(party), Endpoint.Of(fact.Agreement), view.Sentence, 0.85, view.Date);
                if (fact.Signers)
                {
                    sink.Add(EdgeTypes.Signed, Endpoint.Of(party), Endpoint.Of(fact.Agreement), view.Sentence, 0.8, view.Date);
                }
            }
        }

        foreach (var named in view.Mentions.Where(m => m.Label == NodeLabels.Agreement && m.Known == false && char.IsUpper(m.Surface.TrimStart()[0]) && !view.Unsigned.Contains(m)))
        {
            foreach (var state in StatesInName(named.Surface))
            {
                sink.Add(EdgeTypes.PartyTo, new Endpoint(NodeLabels.Country, state, 0.8), Endpoint.Of(named), view.Sentence, 0.75, view.Date);
            }
        }
    }

    /// <summary>"US-Iraq Strategic Framework Agreement": the states joined by a hyphen or dash at the head of the name (two or more).</summary>
    private List<string> StatesInName(string name)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.All(char.IsDigit)).FirstOrDefault();
        if (first is null)
        {
            return [];
        }

        var parts = first.Split(['-', '–', '‑', '/'], StringSplitOptions.RemoveEmptyEntries);
        var states = parts.Select(StateNamed).ToList();
        return parts.Length >= 2 && states.All(s => s is not null) ? [.. states.OfType<string>().Distinct()] : [];
    }

    /// <summary>The state a word names by name, alias ("US") or adjective, or null.</summary>
    private string? StateNamed(string word)
    {
        var tokens = Tokenizer.Tokenize(word, 0, word.Length);
        return tokens.Count > 0 && gazetteer.LongestMatch(tokens, 0, e => e.Label == NodeLabels.Country && e.Kind is EntryKind.Name or EntryKind.Demonym) is { } match
            && match.EndToken == tokens.Count - 1 ? match.Entry.Canonical : null;
    }
}
