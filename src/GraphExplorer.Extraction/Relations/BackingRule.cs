using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// BACKED_BY: "X-backed Y" (X a state by name or adjective, or a known organization), including
/// "X-backed militias of the Y"; "Y, backed/supported/funded/armed by X".
/// </summary>
internal sealed partial class BackingRule(Gazetteer gazetteer) : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["backed", "supported", "sponsored", "funded", "aligned", "allied", "armed by", "financed", "prox"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var (start, end, match) in Triggers.Find(view, Backed()))
        {
            var backer = Backer(view, start, match.Groups["x"].Value);
            if (backer is null)
            {
                continue;
            }

            // the backed group: a mention spanning the adjective ("US-backed Kurdish forces"), the next one, or "militias of the Y"
            var backed = view.ActorArguments.FirstOrDefault(m => m.Start <= start && m.End > end)
                ?? view.ArgumentAfter(end, 1, Triggers.IsActor);
            if (backed is null)
            {
                var of = GenericOf().Match(view.Context.Text[end..view.Sentence.End]);
                if (of.Success)
                {
                    backed = view.ArgumentAfter(end + of.Length, 0, Triggers.IsActor);
                }
            }

            backed ??= Described(view, start);
            if (backed is not null)
            {
                sink.Add(EdgeTypes.BackedBy, Endpoint.Of(backed), backer.Value, view.Sentence, 0.85);
            }
        }

        foreach (var (start, end, _) in Triggers.Find(view, BackedBy()))
        {
            var backed = view.ActorBefore(start);
            var backer = view.ActorAfter(end, 2);
            if (backed is not null && backer is not null && view.Between(backed.End, start).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
            {
                sink.Add(EdgeTypes.BackedBy, Endpoint.Of(backed), Endpoint.Of(backer), view.Sentence, 0.8);
            }
        }
    }

    /// <summary>"Y, an X-backed group" / "Y is an X-backed militia": the adjective describes the actor Y the phrase is said of.</summary>
    private static Mention? Described(SentenceView view, int start)
    {
        var description = Description().Match(view.Context.Text[view.Sentence.Start..start]);
        if (!description.Success)
        {
            return null;
        }

        var at = view.Absolute(description.Index);
        return view.ActorArguments.LastOrDefault(a => a.End <= at && AcronymOnly().IsMatch(view.Between(a.End, at)));
    }

    private Endpoint? Backer(SentenceView view, int start, string word)
    {
        var mention = view.Mentions.FirstOrDefault(m => m.Start == start && m.Label is NodeLabels.Country or NodeLabels.Organization);
        if (mention is not null && mention.End <= start + word.Length + 1)
        {
            return new Endpoint(mention.Label, mention.Canonical, mention.Confidence);
        }

        var country = gazetteer.CountryOfDemonym(word) ?? gazetteer.Country(word)?.Name;
        return country is null ? null : new Endpoint(NodeLabels.Country, country, 0.9);
    }

    [GeneratedRegex(@"\b(?<x>[A-Z][\p{L}.]*[\p{L}.])[-‑](?:backed|supported|sponsored|funded|aligned|allied)\b")]
    private static partial Regex Backed();

    [GeneratedRegex(@"(?:,|\s(?:is|was|are|were|remains|became))\s+(?:an?|the|one\s+of\s+the|another)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex Description();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?$")]
    private static partial Regex AcronymOnly();

    [GeneratedRegex(@"^\s+(?:\w+\s+){0,2}(?:militias|militia|groups|group|forces|factions|fighters|proxies|units)\s+(?:of|from|such\s+as|including|like)\s+(?:the\s+)?")]
    private static partial Regex GenericOf();

    [GeneratedRegex(@"\b(?:backed|supported|sponsored|funded|armed|financed)\s+by\s+(?:the\s+)?|\bproxies\s+of\s+(?:the\s+)?|\bproxy\s+of\s+(?:the\s+)?")]
    private static partial Regex BackedBy();
}
