using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// SIGNED: "A signed the agreement (with B)" (both sign), "A and B signed", "the deal signed by A".
/// Persons and organizations sign; states that sign are parties (see <see cref="AgreementRule"/>).
/// </summary>
internal sealed partial class SigningRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["sign", "inked"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var agreements = view.Mentions.Where(m => m.Label == NodeLabels.Agreement).ToList();
        if (agreements.Count == 0)
        {
            return;
        }

        var date = Triggers.Date(view);
        foreach (var (start, end, match) in Triggers.Find(view, Signed()))
        {
            var agreement = agreements.OrderBy(a => Math.Abs(a.Start - end)).First();
            var signers = new List<Mention>();
            if (match.Value.EndsWith("by ", StringComparison.Ordinal))
            {
                signers.AddRange(view.CoordinatedAfter(end));
            }
            else
            {
                signers.AddRange(view.SubjectsBefore(start));
                if (signers.Count == 0 && TwoOfficials().IsMatch(view.Text[..(start - view.Sentence.Start)]))
                {
                    // "X held talks with Y, and the two leaders signed": the two persons the sentence has named
                    var persons = view.Mentions.Where(m => m.Label == NodeLabels.Person && m.End <= start).DistinctBy(m => m.Canonical).ToList();
                    if (persons.Count == 2)
                    {
                        signers.AddRange(persons);
                    }
                }
                // "signed the agreement with B": B signs too
                var with = view.Text.IndexOf(" with ", agreement.End - view.Sentence.Start, StringComparison.Ordinal);
                if (agreement.Start >= end && with >= 0 && view.Absolute(with) - agreement.End <= 2)
                {
                    signers.AddRange(view.CoordinatedAfter(view.Absolute(with) + 6));
                }
            }

            foreach (var signer in signers)
            {
                if (signer.Label != NodeLabels.Country)
                {
                    sink.Add(EdgeTypes.Signed, Endpoint.Of(signer), Endpoint.Of(agreement), view.Sentence, 0.9, date, Triggers.PlaceAfter(view, end));
                }

                if (signer.Label != NodeLabels.Person && agreement.Canonical.Length > 0)
                {
                    sink.Add(EdgeTypes.PartyTo, Endpoint.Of(signer), Endpoint.Of(agreement), view.Sentence, 0.8, date);
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:the\s+two|both)\s+(?:leaders|ministers|officials|presidents|premiers|prime\s+ministers)\s+(?:also\s+|then\s+|later\s+)?$")]
    private static partial Regex TwoOfficials();

    [GeneratedRegex(@"\b(?:signed|signs|inked)\s+(?:(?:in|at)\s+\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?\s+(?:on\s+\w+\s+)?(?=by\s))?(?:by\s+)?|\bsign\s+(?=(?:the|a|an)\b)")]
    private static partial Regex Signed();
}
