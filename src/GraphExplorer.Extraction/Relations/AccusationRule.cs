using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// ACCUSED with the allegation: "A accused B of X", "A blamed B for X", "A denounced “X” ... a reference
/// to B", "B, which A has accused of X", "..., accusing them of X" (the sentence's subject accuses the
/// group just named), and "A said ... B working for / linked to Z" (an allegation reported by A).
/// </summary>
internal sealed partial class AccusationRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["accus", "blam", "denounc", "condemn", "label", "brand", "working for", "working with", "linked to", "tied to", "affiliated with", "on behalf of", "spying for", "responsible for"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        foreach (var (start, end, match) in Triggers.Find(view, Verb()))
        {
            var rest = view.Context.Text[end..view.Sentence.End];
            Mention? accuser, accused;
            if (Pronoun().Match(rest) is { Success: true } pronoun)
            {
                // "..., accusing them of": the clause's subject accuses the last actor named before
                accuser = view.ActorArguments.FirstOrDefault(m => m.End <= start);
                accused = view.ActorArguments.LastOrDefault(m => m.End <= start && m != accuser);
                if (accused is null && view.ActorBefore(start) is { } subject && view.GroupAnaphorAt(end, [subject]) is { } group)
                {
                    // "X accused the groups of ...": the groups named before
                    (accuser, accused) = (subject, group);
                }

                Emit(view, sink, accuser, accused, Allegation(rest[pronoun.Length..]), date, 0.8);
                continue;
            }

            var relative = RelativeWhich().Match(view.Context.Text[view.Sentence.Start..start]);
            if (relative.Success)
            {
                // "B, which A has accused of X"
                accuser = view.ActorBefore(start);
                accused = view.ActorArguments.LastOrDefault(m => m.End <= view.Absolute(relative.Index));
                Emit(view, sink, accuser, accused, Allegation(Of().Match(rest) is { Success: true } o ? rest[(o.Index + o.Length)..] : rest), date, 0.75);
                continue;
            }

            if (RelativeSubject().IsMatch(view.Context.Text[view.Sentence.Start..start]))
            {
                continue; // "..., which labelled X": the subject is the thing before "which", not an actor named earlier
            }

            accuser = view.ActorBefore(start);
            if (accuser is not null && view.ReducedGap(accuser.End, start) is var gap && (gap.Contains(',', StringComparison.Ordinal) || gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4))
            {
                accuser = null;
            }

            var accusedAll = view.CoordinatedAfter(end);
            if (accusedAll.Count == 0 || view.GapWords(end, accusedAll[0].Start) > 3)
            {
                accusedAll = (FarObject(view, end) ?? view.GroupAnaphorAt(end)) is { } far ? [far] : [];
            }

            // the allegation follows the (last) accused: "accused X and Y of <allegation>"
            var afterAccused = accusedAll.Count > 0 ? view.Context.Text[accusedAll[^1].End..view.Sentence.End] : rest;
            if (DescriptionAfter().Match(afterAccused) is { Success: true } description)
            {
                afterAccused = afterAccused[description.Length..]; // "blamed X, an umbrella of Y, for Z"
            }

            var allegation = Of().Match(afterAccused) is { Success: true } of && of.Index < 40 ? Allegation(afterAccused[(of.Index + of.Length)..])
                : Quote().Match(rest) is { Success: true } q && q.Index < 5 ? q.Groups[1].Value : null;
            foreach (var one in accusedAll)
            {
                Emit(view, sink, accuser, one, allegation, date, match.Value.StartsWith("denounc", StringComparison.Ordinal) ? 0.75 : 0.85);
            }
        }

        foreach (var (start, end, _) in Triggers.Find(view, ReportedAllegation()))
        {
            // "A said ... B (were|are) working for Z": the group B is accused by the speaker A
            var accused = view.ActorArguments.LastOrDefault(m => m.End <= start && m.Label == NodeLabels.Organization);
            var speech = view.Text.IndexOf(" said ", StringComparison.Ordinal);
            if (accused is null || speech < 0 || view.Absolute(speech) > accused.Start)
            {
                continue;
            }

            var accuser = view.ActorBefore(view.Absolute(speech) + 1);
            Emit(view, sink, accuser, accused, Allegation(view.Context.Text[start..view.Sentence.End]), date, 0.65);
        }
    }

    private static Mention? FarObject(SentenceView view, int end)
    {
        // "denounced “...” in northern Iraq, a reference to B": the first actor further on
        var rest = view.Context.Text[end..view.Sentence.End];
        var reference = ReferenceTo().Match(rest);
        return reference.Success ? view.ActorAfter(end + reference.Index + reference.Length, 3) : null;
    }

    private static void Emit(SentenceView view, RelationSink sink, Mention? accuser, Mention? accused, string? allegation, DateOnly? date, double confidence)
    {
        if (accuser is not null && accused is not null && accuser != accused)
        {
            sink.Add(EdgeTypes.Accused, Endpoint.Of(accuser), Endpoint.Of(accused), view.Sentence, confidence, date, allegation: allegation);
        }
    }

    private static string? Allegation(string rest)
    {
        var text = rest.Trim();
        var stop = text.IndexOfAny([',', ';']);
        if (stop > 0)
        {
            text = text[..stop];
        }

        var clause = NextClause().Match(text);
        if (clause.Success)
        {
            text = text[..clause.Index]; // "blamed X for the attack and vowed a response"
        }

        text = text.TrimEnd('.', '”', '"', ' ');
        return text.Length > 0 ? text : null;
    }

    [GeneratedRegex(@"\b(?:accused|accuses|accusing|accuse|blamed|blames|blaming|denounced|denounces|condemned|condemns|labels|labelled|labeled|branded|brands)\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"^\s*(?:them|it|him|her|the group|the groups)\s+(?:of|for)\s+")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@",\s*which\s+(?:\S+\s+){1,5}(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:long\s+)?$")]
    private static partial Regex RelativeWhich();

    [GeneratedRegex(@"(?:,\s*which|\bthat|\bwho)\s+(?:also\s+|has\s+|have\s+|had\s+)?$")]
    private static partial Regex RelativeSubject();

    [GeneratedRegex(@"\s+(?:and|but)\s+(?:also\s+)?(?:vowed|said|says|warned|called|pledged|promised|threatened|urged|demanded|added|denied|insisted|stressed|vows|calls)\b")]
    private static partial Regex NextClause();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?,\s*(?:an?|the|which|who)\s[^,;]*,")]
    private static partial Regex DescriptionAfter();

    [GeneratedRegex(@"\b(?:of|for)\s+")]
    private static partial Regex Of();

    [GeneratedRegex(@"^\s*[“""]([^”""]+)[”""]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"\b(?:a reference to|referring to|targeting|aimed at)\s+")]
    private static partial Regex ReferenceTo();

    [GeneratedRegex(@"\b(?:working for|working with|linked to|tied to|affiliated with|acting on behalf of|spying for|responsible for)\b")]
    private static partial Regex ReportedAllegation();
}
