using System.Buffers;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// PARTY_TO from the parties agreement resolution read into an agreement's name ("an agreement between A
/// and B", "A and B signed an agreement" name the "A–B agreement"). The signatures, parties and subjects the
/// tree states are the lexicon's (sign, reach, conclude, "agreement between", "agreement on").
/// </summary>
internal sealed class AgreementRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["agreement", "accord", "deal", "pact", "treaty", "memorandum", "protocol"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var fact in view.Context.AgreementParties.Where(f => f.SentenceIndex == view.Sentence.Index))
        {
            foreach (var party in fact.Parties)
            {
                sink.Add(EdgeTypes.PartyTo, Endpoint.Of(party), Endpoint.Of(fact.Agreement), view.Sentence, 0.85, view.Date);
            }
        }
    }
}
