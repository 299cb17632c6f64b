using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// Numbers the evidence of a graph for a report: each distinct sentence once, in the order the
/// relationships cite it, so a table cell says "[1, 3]" and the list below explains each number.
/// </summary>
internal sealed class Citations
{
    private readonly Dictionary<Evidence, int> numbers = [];
    private readonly List<Evidence> ordered = [];

    public Citations(IEnumerable<Relationship> relationships)
    {
        foreach (var evidence in relationships.SelectMany(r => r.Evidence))
        {
            if (numbers.TryAdd(evidence, ordered.Count + 1))
            {
                ordered.Add(evidence);
            }
        }
    }

    /// <summary>Every cited sentence with its number, in number order.</summary>
    public IEnumerable<(int Number, Evidence Evidence)> All => ordered.Select((e, i) => (i + 1, e));

    /// <summary>The numbers of a relationship's evidence.</summary>
    public IReadOnlyList<int> Of(Relationship relationship) => [.. relationship.Evidence.Select(e => numbers[e]).Distinct()];
}
