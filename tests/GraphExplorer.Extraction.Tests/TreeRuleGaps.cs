namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Constructions the retired surface-window rules found and the dependency-tree rules (issue 10) do not
/// read yet. Each test that names this reason is a known gap, kept visible as skipped rather than deleted
/// or rewritten to pass; remove the Skip when the tree rules read the construction.
/// </summary>
internal static class TreeRuleGaps
{
    public const string NotYetReadOffTheTree =
        "known gap of the tree rules (issue 10): the surface rules found this construction, the rules over the parse do not yet";
}
