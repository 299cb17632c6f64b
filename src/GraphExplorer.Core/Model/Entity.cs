namespace GraphExplorer.Core.Model;

/// <summary>A resolved node of the graph: a person, organization, country, place, border or agreement.</summary>
/// <param name="Id">Stable id derived from label and canonical name, e.g. <c>person:qasim-al-araji</c>.</param>
/// <param name="Label">One of <see cref="NodeLabels.All"/>.</param>
/// <param name="Name">The canonical (fullest) name.</param>
/// <param name="Aliases">Other surface forms seen for it, sorted, without the name itself.</param>
public sealed record Entity(string Id, string Label, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    public bool Equals(Entity? other) =>
        other is not null && Id == other.Id && Label == other.Label && Name == other.Name && Aliases.SequenceEqual(other.Aliases);

    public override int GetHashCode() => HashCode.Combine(Id, Label, Name, Aliases.Count);
}
