using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>An endpoint of a relation: an entity by label and canonical name, with how sure its mention is.</summary>
internal readonly record struct Endpoint(string Label, string Canonical, double Confidence)
{
    public static Endpoint Of(Mention m) => new(m.Label, m.Canonical, m.Confidence);
}

/// <summary>
/// Collects the relations one article states: checks the edge type allows the endpoints' labels, drops
/// self-loops, orders symmetric endpoints, attaches the sentence as evidence, and merges repeats of the
/// same fact (evidence concatenated, the highest confidence kept).
/// </summary>
internal sealed class RelationSink(ExtractionContext context)
{
    /// <summary>
    /// What a photo caption's fact is worth against a reported one: a caption says who stands in a picture,
    /// and the meeting or visit it suggests is the photographer's reading, not the reporter's.
    /// </summary>
    public const double CaptionFactor = 0.6;

    private readonly Dictionary<string, Relationship> relations = new(StringComparer.Ordinal);

    // each fact's evidence, gathered apart from the record: copying the list at every repeat grew with the square of the repeats
    private readonly Dictionary<string, (List<Evidence> List, HashSet<Evidence> Seen)> evidenceByKey = new(StringComparer.Ordinal);

    /// <summary>The attack the article last stated with its attacker, which a later "the strikes" may refer back to (see <see cref="EventRule"/>).</summary>
    public AttackChain? Attacks { get; set; }

    /// <summary>The attack an accusation last held someone responsible for ("blamed X for a drone strike"): its attackers and sentence.</summary>
    public AttackChain? Alleged { get; set; }

    /// <summary>The meeting the article last stated, which a later "the meeting" or "the talks" may refer back to (see <see cref="EventRule"/>).</summary>
    public MeetingChain? Meeting { get; set; }

    public void Add(EdgeType type, Endpoint source, Endpoint target, Sentence sentence, double confidence,
        DateOnly? date = null, string? placeId = null, string? title = null, string? allegation = null)
    {
        if (!type.Allows(source.Label, target.Label) || (source.Label == target.Label && source.Canonical == target.Canonical))
        {
            return;
        }

        var sourceId = context.Draft(source.Label, source.Canonical).Id;
        var targetId = context.Draft(target.Label, target.Canonical).Id;
        var evidence = new Evidence(context.ArticleId, sentence.Text, sentence.Start, sentence.End);
        var score = Math.Round(Math.Clamp(confidence * Math.Min(source.Confidence, target.Confidence) * (sentence.IsCaption ? CaptionFactor : 1), 0, 1), 3);
        var relation = new Relationship(type.Name, sourceId, targetId, [evidence])
        {
            Date = date,
            PlaceId = placeId,
            Title = title,
            Allegation = allegation,
            Confidence = score,
        }.Canonical();
        if (!evidenceByKey.TryGetValue(relation.Key, out var gathered))
        {
            evidenceByKey[relation.Key] = gathered = ([], []);
        }

        if (gathered.Seen.Add(evidence))
        {
            gathered.List.Add(evidence);
        }

        if (relations.TryGetValue(relation.Key, out var existing))
        {
            relation = existing with
            {
                Confidence = Math.Max(existing.Confidence, score),
                Date = existing.Date ?? date,
                PlaceId = existing.PlaceId ?? placeId,
                Title = existing.Title ?? title,
                Allegation = existing.Allegation ?? allegation,
            };
        }

        relations[relation.Key] = relation;
    }

    public IEnumerable<Relationship> All => relations.Values.Select(r => r with { Evidence = [.. evidenceByKey[r.Key].List] });
}

/// <summary>An attack the article stated: its attackers and targets, and the last sentence that referred to it.</summary>
internal sealed record AttackChain(IReadOnlyList<Endpoint> Attackers, IReadOnlyList<Endpoint> Targets, int Sentence);

/// <summary>A meeting the article stated: its participants, and the last sentence that referred to it.</summary>
internal sealed record MeetingChain(IReadOnlyList<Endpoint> Participants, int Sentence);
