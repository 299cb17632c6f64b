using System.Text.Json;
using GraphExplorer.Core.Text;

namespace GraphExplorer.TestSupport;

/// <summary>
/// An alias worth splitting off, chosen by rule from a served graph (<c>GET /api/graph</c>'s JSON): the first entity by
/// id, other than those left out, with an alias that gives an id of its own and that names the entity in every sentence
/// of at least one of its facts (the longest of its names found there), so splitting it off moves facts with it.
/// </summary>
/// <param name="EntityId">The entity the alias is split off.</param>
/// <param name="EntityName">Its name.</param>
/// <param name="Alias">The alias.</param>
/// <param name="MovingFacts">How many facts name the entity by the alias alone: they go to the new entity.</param>
public sealed record SplitCandidate(string EntityId, string EntityName, string Alias, int MovingFacts)
{
    public static SplitCandidate Find(JsonElement graph, params string[] leaveOut)
    {
        var nodes = graph.GetProperty("nodes").EnumerateArray()
            .Select(n => (Id: n.GetProperty("id").GetString()!, Name: n.GetProperty("name").GetString()!, Label: n.GetProperty("label").GetString()!,
                Aliases: n.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList()))
            .OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var facts = graph.GetProperty("relationships").EnumerateArray()
            .Select(r => (Ends: new[] { r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()! },
                Sentences: r.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()!).ToList()))
            .ToList();
        foreach (var node in nodes.Where(n => !leaveOut.Contains(n.Id)))
        {
            string[] names = [node.Name, .. node.Aliases];
            foreach (var alias in node.Aliases.Where(a => NameKey.Normalize(a) != NameKey.Normalize(node.Name) && !ids.Contains(NameKey.EntityId(node.Label, a))))
            {
                var moving = facts.Count(f => f.Ends.Contains(node.Id) && f.Sentences.Count > 0
                    && f.Sentences.TrueForAll(sentence => NamedBy(sentence, names) is { } used && NameKey.Normalize(used) == NameKey.Normalize(alias)));
                if (moving > 0)
                {
                    return new SplitCandidate(node.Id, node.Name, alias, moving);
                }
            }
        }

        throw new InvalidOperationException("no entity of the served graph has an alias that names it alone in one of its facts");
    }

    private static string? NamedBy(string sentence, IEnumerable<string> names) =>
        names.Where(n => n.Length > 0 && sentence.Contains(n, StringComparison.OrdinalIgnoreCase)).OrderByDescending(n => n.Length).FirstOrDefault();
}
