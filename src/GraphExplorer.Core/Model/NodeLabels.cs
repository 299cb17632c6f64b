namespace GraphExplorer.Core.Model;

/// <summary>The node labels of the graph model (see shared/eval/README.md).</summary>
public static class NodeLabels
{
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Country = "Country";
    public const string Place = "Place";
    public const string Border = "Border";
    public const string Agreement = "Agreement";

    /// <summary>The source document; kept out of entity exports and scoring.</summary>
    public const string Article = "Article";

    /// <summary>Every entity label, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Organization, Country, Place, Border, Agreement];

    /// <summary>Persons, organizations and countries: what can meet, sign, accuse, attack.</summary>
    public static IReadOnlySet<string> Actors { get; } = new HashSet<string>(StringComparer.Ordinal) { Person, Organization, Country };

    /// <summary>Where an actor can travel.</summary>
    public static IReadOnlySet<string> Destinations { get; } = new HashSet<string>(StringComparer.Ordinal) { Place, Country };

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
