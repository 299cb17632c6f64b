namespace GraphExplorer.Core.Model;

/// <summary>
/// One relationship type of the graph: its name, whether direction matters, which labels it may join.
/// </summary>
/// <param name="Name">The Neo4j relationship type, e.g. <c>MET_WITH</c>.</param>
/// <param name="Symmetric">True when A→B and B→A are the same fact (stored with ordered endpoints).</param>
/// <param name="Sources">Labels allowed at the source end.</param>
/// <param name="Targets">Labels allowed at the target end.</param>
/// <param name="Meaning">One line for analysts, shown in the catalog and the Browser guide.</param>
public sealed record EdgeType(string Name, bool Symmetric, IReadOnlySet<string> Sources, IReadOnlySet<string> Targets, string Meaning)
{
    /// <summary>Whether an edge of this type may join nodes with these labels.</summary>
    public bool Allows(string sourceLabel, string targetLabel) =>
        (Sources.Contains(sourceLabel) && Targets.Contains(targetLabel))
        || (Symmetric && Sources.Contains(targetLabel) && Targets.Contains(sourceLabel));

    public override string ToString() => Name;
}
