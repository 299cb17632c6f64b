using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Clauses;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Step "identify": once relations are known, each agreement gets the names that identify it across articles
/// (<see cref="AgreementIdentity"/>): its parties ("Chile–Peru agreement", from its PARTY_TO facts, when two
/// or more) and its year when the text states it ("Pacific Fisheries Treaty (2023)": "the 2023 treaty",
/// "signed in March 2023"), or, when the article reports the accord being concluded ("A has reached an agreement
/// with B", "A and B signed a pact on Sunday") and names no other time, the year of its publication: news reports
/// an accord when it is made. A year also goes into the agreement's id, so that two accords of the same parties and
/// description made in different years (a 2022 and a 2023 security agreement) stay two nodes across articles.
/// </summary>
internal sealed partial class AgreementAliasStep(Gazetteer gazetteer) : IExtractionStep
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

            if ((StatedYear(context, agreement) ?? ReportedYear(context, agreement)) is { } year)
            {
                agreement.Aliases.Add(AgreementIdentity.DatedName(agreement.Canonical, year));
                var undated = agreement.Id;
                agreement.Year = year;
                Rename(context, undated, agreement.Id);
            }
        }
    }

    /// <summary>The facts already written with an agreement's id before its year was known take the dated id.</summary>
    private static void Rename(ExtractionContext context, string from, string to)
    {
        for (var i = 0; i < context.Relationships.Count; i++)
        {
            var r = context.Relationships[i];
            if (r.SourceId == from || r.TargetId == from)
            {
                context.Relationships[i] = (r with { SourceId = r.SourceId == from ? to : r.SourceId, TargetId = r.TargetId == from ? to : r.TargetId }).Canonical();
            }
        }
    }

    /// <summary>
    /// The publication year, when a sentence reports the accord concluded (the tree makes it the object of a signing,
    /// reaching or agreeing) and names no other time: "last March", "in 2019", "two years ago" may lie in another year.
    /// </summary>
    private int? ReportedYear(ExtractionContext context, EntityDraft agreement)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        foreach (var mention in context.Mentions.Where(m => m.Label == NodeLabels.Agreement && m.Canonical == agreement.Canonical))
        {
            var sentence = context.Sentences[mention.SentenceIndex];
            if (!OtherTime().IsMatch(sentence.Text) && AgreementClauses.IsConcluded(context, sentence, mention.Start, mention.End, gazetteer))
            {
                return published.Year;
            }
        }

        return null;
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

    /// <summary>A time other than the news day: a year, a month, "last", "ago", "previous", "earlier", "former", "decade".</summary>
    [GeneratedRegex(@"\b(?:(?:19|20)\d{2}|[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]arch|[Aa]pril|[Jj]une|[Jj]uly|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?|[Ll]ast|ago|[Pp]revious(?:ly)?|[Ee]arlier|[Ff]ormer|decades?|years?)\b")]
    private static partial Regex OtherTime();

    [GeneratedRegex(@"\b(?:signed|reached|concluded|inked|struck|sealed)\s+(?:\w+\s+){0,2}$")]
    private static partial Regex SigningVerbBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,4}in\s+(?:\p{Lu}\p{Ll}+\.?\s+)?((?:19|20)\d{2})\b")]
    private static partial Regex YearAfterObject();

    [GeneratedRegex(@"\b(?:signed|reached|concluded|inked|agreed|struck|sealed|agreed\s+upon)\s+(?:\w+\s+){0,3}(?:in|on)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b")]
    private static partial Regex SigningYear();
}
