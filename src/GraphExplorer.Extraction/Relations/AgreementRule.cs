using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// PARTY_TO from the parties resolution found ("an agreement between A and B", "A and B signed an
/// agreement"); CONCERNS from a border named in the agreement's sentence or a place after "aimed at",
/// "concerning", "on", "over".
/// </summary>
internal sealed partial class AgreementRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["agreement", "accord", "deal", "pact", "treaty", "memorandum", "protocol", "signator"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    private static bool SaysSigned(string sentence) =>
        sentence.Contains("sign", StringComparison.OrdinalIgnoreCase) || sentence.Contains("inked", StringComparison.OrdinalIgnoreCase);

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        foreach (var fact in view.Context.AgreementParties.Where(f => f.SentenceIndex == view.Sentence.Index))
        {
            foreach (var party in fact.Parties)
            {
                sink.Add(EdgeTypes.PartyTo, Endpoint.Of(party), Endpoint.Of(fact.Agreement), view.Sentence, 0.85, date);
                // a body that "reached" or "agreed" an accord is a party; it signs only when the text says so (persons: "its signatories, A and B")
                if (party.Label is NodeLabels.Organization or NodeLabels.Person && SaysSigned(view.Text))
                {
                    sink.Add(EdgeTypes.Signed, Endpoint.Of(party), Endpoint.Of(fact.Agreement), view.Sentence, 0.6, date);
                }
            }
        }

        var agreement = view.Mentions.FirstOrDefault(m => m.Label == NodeLabels.Agreement && m.Canonical.Length > 0);
        if (agreement is null)
        {
            return;
        }

        foreach (var border in view.Mentions.Where(m => m.Label == NodeLabels.Border && m.Start > agreement.End))
        {
            sink.Add(EdgeTypes.Concerns, Endpoint.Of(agreement), Endpoint.Of(border), view.Sentence, 0.8);
        }

        foreach (var (_, end, _) in Triggers.Find(view, Subject()))
        {
            if (end < agreement.End)
            {
                continue;
            }

            var clauseEnd = view.ClauseEnd(end);
            foreach (var place in view.Mentions.Where(m => m.Label == NodeLabels.Place && m.Start >= end && m.Start < clauseEnd && m.Role == Pipeline.MentionRole.Actor))
            {
                sink.Add(EdgeTypes.Concerns, Endpoint.Of(agreement), Endpoint.Of(place), view.Sentence, 0.7);
            }
        }
    }

    [GeneratedRegex(@"\b(?:aimed\s+(?:\w+\s+)?at|aims\s+(?:\w+\s+)?at|concerning|regarding|covering|covers|covered|cover|over|on\s+the\s+future\s+of|to\s+(?:secure|protect|stabilize|stabilise|normalize|normalise)|(?:return|repatriation|repatriations|withdrawal|evacuation)\s+of\s+(?:[\w-]+\s+){0,3}from)\b")]
    private static partial Regex Subject();
}
