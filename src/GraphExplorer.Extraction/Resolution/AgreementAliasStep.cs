using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Step "identify": once relations are known, each agreement gets the names that identify it across articles
/// (<see cref="AgreementIdentity"/>): its parties ("Chile–Peru agreement", from its PARTY_TO facts, when two
/// or more) and its year when the text states it ("Pacific Fisheries Treaty (2023)": "the 2023 treaty",
/// "signed in March 2023").
/// </summary>
internal sealed partial class AgreementAliasStep : IExtractionStep
{
    public string Name => "identify";

    public void Run(ExtractionContext context)
    {
        var agreements = context.Entities.Values.Where(d => d.Label == NodeLabels.Agreement && d.Canonical.Length > 0).ToList();
        if (agreements.Count == 0)
        {
            return;
        }

        var byId = context.Entities.Values.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var agreement in agreements)
        {
            var parties = context.Relationships
                .Where(r => r.Type == EdgeTypes.PartyTo.Name && r.TargetId == agreement.Id && byId.ContainsKey(r.SourceId))
                .Select(r => byId[r.SourceId].Canonical).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count >= 2)
            {
                agreement.Aliases.Add(AgreementIdentity.PartiesName(parties));
            }

            if (StatedYear(context, agreement) is { } year)
            {
                agreement.Aliases.Add(AgreementIdentity.DatedName(agreement.Canonical, year));
            }
        }
    }

    /// <summary>The year a mention of the agreement carries ("the 2008 framework agreement") or its sentence states for its signing.</summary>
    private static int? StatedYear(ExtractionContext context, EntityDraft agreement)
    {
        foreach (var mention in context.Mentions.Where(m => m.Label == NodeLabels.Agreement && m.Canonical == agreement.Canonical))
        {
            if (YearIn().Match(mention.Surface) is { Success: true } own)
            {
                return int.Parse(own.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var sentence = context.Sentences[mention.SentenceIndex];
            var after = context.Text[mention.End..sentence.End];
            if (SigningYear().Match(after) is { Success: true } signed && signed.Index < 60)
            {
                return int.Parse(signed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            // "signed a maritime agreement in 2019"
            var before = context.Text[sentence.Start..mention.Start];
            if (SigningVerbBefore().IsMatch(before) && YearAfterObject().Match(after) is { Success: true } inYear)
            {
                return int.Parse(inYear.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b((?:19|20)\d{2})\b")]
    private static partial Regex YearIn();

    [GeneratedRegex(@"\b(?:signed|reached|concluded|inked|struck|sealed)\s+(?:\w+\s+){0,2}$")]
    private static partial Regex SigningVerbBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,4}in\s+(?:\p{Lu}\p{Ll}+\.?\s+)?((?:19|20)\d{2})\b")]
    private static partial Regex YearAfterObject();

    [GeneratedRegex(@"\b(?:signed|reached|concluded|inked|agreed|struck|sealed|agreed\s+upon)\s+(?:\w+\s+){0,3}(?:in|on)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b")]
    private static partial Regex SigningYear();
}
