using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Evaluation;

/// <summary>
/// A port of shared/eval/score.py: matches predicted nodes to gold entities by label and any shared
/// normalized name or alias, counts duplicates as spurious, matches edges by type and matched endpoints
/// (either order for symmetric types), ignores optional items, and checks that evidence is verbatim
/// article text (whitespace collapsed). Pure.
/// </summary>
public static class GraphScorer
{
    private static readonly string[] Types = [.. NodeLabels.All];
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "MET_WITH", "FOUGHT", "COOPERATES_WITH" };
    private static readonly HashSet<string> Core = new(StringComparer.Ordinal) { "MET_WITH", "SIGNED", "ACCUSED" };

    /// <summary>Scores a predicted graph against the gold annotation; <paramref name="articleTexts"/> (id → text) enables the evidence check.</summary>
    public static ScoreReport Score(GoldAnnotation gold, Subgraph predicted, IReadOnlyDictionary<string, string>? articleTexts)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var index = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var e in gold.Entities.Concat(gold.OptionalEntities))
        {
            foreach (var name in e.Aliases.Prepend(e.Name))
            {
                var key = (e.Type, NameKey.Normalize(name));
                if (!index.TryGetValue(key, out var ids))
                {
                    ids = new SortedSet<string>(StringComparer.Ordinal);
                    index[key] = ids;
                }

                ids.Add(e.Id);
            }
        }

        var nodeGold = new Dictionary<string, string?>(StringComparer.Ordinal);
        var spuriousNodes = new List<string>();
        var matched = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var matchOrder = new List<string>();
        foreach (var node in predicted.Nodes)
        {
            if (!Types.Contains(node.Label, StringComparer.Ordinal))
            {
                continue;
            }

            var hits = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var name in node.AllNames)
            {
                if (index.TryGetValue((node.Label, NameKey.Normalize(name)), out var ids))
                {
                    hits.UnionWith(ids);
                }
            }

            var own = index.GetValueOrDefault((node.Label, NameKey.Normalize(node.Name)));
            var g = own is { Count: > 0 } ? own.Min : hits.Count > 0 ? hits.Min : null;
            nodeGold[node.Id] = g;
            if (g is null)
            {
                spuriousNodes.Add($"{node.Label}:{node.Name}");
            }
            else
            {
                if (!matched.TryGetValue(g, out var matchedNames))
                {
                    matchedNames = [];
                    matched[g] = matchedNames;
                    matchOrder.Add(g);
                }

                matchedNames.Add(node.Name);
            }
        }

        var found = gold.Entities.Count(e => matched.ContainsKey(e.Id));
        var duplicates = matchOrder.Where(g => matched[g].Count > 1)
            .Select(g => $"{g} <- [{string.Join(", ", matched[g].Select(n => $"'{n}'"))}]").ToList();
        var spurious = spuriousNodes.Count + matched.Values.Sum(v => v.Count - 1);
        var missedEntities = gold.Entities.Where(e => !matched.ContainsKey(e.Id)).Select(e => e.Id).ToList();

        var goldRelations = new Dictionary<string, (string Type, string A, string B)>(StringComparer.Ordinal);
        var goldOrder = new List<string>();
        foreach (var r in gold.Relations)
        {
            var k = Key(r.Type, r.Source, r.Target);
            if (goldRelations.TryAdd(KeyText(k), k))
            {
                goldOrder.Add(KeyText(k));
            }
        }

        var optional = gold.OptionalRelations.Select(r => KeyText(Key(r.Type, r.Source, r.Target))).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perType = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var spuriousRelations = new List<string>();
        var collapsedTexts = articleTexts is { Count: > 0 } ? articleTexts.Values.Select(Collapse).ToList() : null;
        var evidenceTotal = 0;
        var evidenceOk = 0;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in predicted.Nodes)
        {
            names[node.Id] = node.Name;
        }

        foreach (var r in predicted.Relationships)
        {
            if (!nodeGold.TryGetValue(r.SourceId, out var s) || !nodeGold.TryGetValue(r.TargetId, out var d))
            {
                continue;
            }

            if (collapsedTexts is not null)
            {
                evidenceTotal++;
                if (r.Evidence.Count > 0 && r.Evidence.All(e => e.Sentence.Length > 0 && collapsedTexts.Any(t => t.Contains(Collapse(e.Sentence), StringComparison.Ordinal))))
                {
                    evidenceOk++;
                }
            }

            // like the reference, a type gets a row only when something is counted for it
            var key = s is not null && d is not null ? KeyText(Key(r.Type, s, d)) : null;
            if (key is not null && goldRelations.ContainsKey(key))
            {
                if (seen.Add(key))
                {
                    Counts(perType, r.Type)[0]++;
                }
            }
            else if (key is null || !optional.Contains(key))
            {
                Counts(perType, r.Type)[1]++;
                spuriousRelations.Add($"{r.Type}({names.GetValueOrDefault(r.SourceId)} -> {names.GetValueOrDefault(r.TargetId)})");
            }
        }

        var missedRelations = new List<string>();
        foreach (var k in goldOrder.Where(k => !seen.Contains(k)))
        {
            var (type, a, b) = goldRelations[k];
            Counts(perType, type)[2]++;
            missedRelations.Add($"{type}({a},{b})");
        }

        var rows = new List<TypeFigures>();
        int[] total = [0, 0, 0], core = [0, 0, 0];
        foreach (var (type, c) in perType)
        {
            rows.Add(new TypeFigures(type, Figures.Of(c[0], c[1], c[2]), c[0], c[1], c[2]));
            for (var i = 0; i < 3; i++)
            {
                total[i] += c[i];
                if (Core.Contains(type))
                {
                    core[i] += c[i];
                }
            }
        }

        return new ScoreReport(
            Figures.Of(found, spurious, missedEntities.Count), found, gold.Entities.Count, spurious, rows,
            Figures.Of(core[0], core[1], core[2]), Figures.Of(total[0], total[1], total[2]),
            collapsedTexts is null ? null : evidenceTotal > 0 ? (double)evidenceOk / evidenceTotal : 0.0,
            missedEntities, spuriousNodes, duplicates, missedRelations, spuriousRelations);
    }

    private static int[] Counts(SortedDictionary<string, int[]> perType, string type)
    {
        if (!perType.TryGetValue(type, out var counts))
        {
            counts = [0, 0, 0];
            perType[type] = counts;
        }

        return counts;
    }

    private static (string Type, string A, string B) Key(string type, string source, string target) =>
        Symmetric.Contains(type) && string.CompareOrdinal(source, target) > 0 ? (type, target, source) : (type, source, target);

    private static string KeyText((string Type, string A, string B) key) => $"{key.Type}\u0001{key.A}\u0001{key.B}";

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
