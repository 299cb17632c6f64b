namespace GraphExplorer.Core.Model;

/// <summary>
/// The registry of relationship types. Adding an edge type is one entry here (plus the extraction
/// rules that produce it); stores, exports and the query service read this list.
/// </summary>
public static class EdgeTypes
{
    private static readonly HashSet<string> Actors = [.. NodeLabels.Actors];
    private static readonly HashSet<string> Agreements = [NodeLabels.Agreement];
    private static readonly HashSet<string> Destinations = [.. NodeLabels.Destinations];
    private static readonly HashSet<string> Persons = [NodeLabels.Person];
    private static readonly HashSet<string> Offices = [NodeLabels.Organization, NodeLabels.Country];
    private static readonly HashSet<string> AgreementSubjects = [NodeLabels.Border, NodeLabels.Place];
    private static readonly HashSet<string> Parties = [NodeLabels.Country, NodeLabels.Organization];

    public static readonly EdgeType MetWith = new("MET_WITH", true, Actors, Actors, "met, held talks, convened, received");
    public static readonly EdgeType Signed = new("SIGNED", false, Actors, Agreements, "signed the agreement");
    public static readonly EdgeType Accused = new("ACCUSED", false, Actors, Actors, "accused, blamed, denounced, labelled (with the allegation)");
    public static readonly EdgeType Attacked = new("ATTACKED", false, Actors, Actors, "struck, shelled, raided, displaced by force");
    public static readonly EdgeType Fought = new("FOUGHT", true, Actors, Actors, "clashed, exchanged fire");
    public static readonly EdgeType Visited = new("VISITED", false, Actors, Destinations, "travelled to, arrived in");
    public static readonly EdgeType HoldsRole = new("HOLDS_ROLE", false, Persons, Offices, "holds an office in it (with the title)");
    public static readonly EdgeType BackedBy = new("BACKED_BY", false, Actors, Actors, "is supported, armed or sponsored by");
    public static readonly EdgeType PartyTo = new("PARTY_TO", false, Parties, Agreements, "is a party to the agreement");
    public static readonly EdgeType CooperatesWith = new("COOPERATES_WITH", true, Actors, Actors, "coordinates, operates jointly");
    public static readonly EdgeType Concerns = new("CONCERNS", false, Agreements, AgreementSubjects, "the agreement is about it");

    /// <summary>Every edge type, in display order.</summary>
    public static IReadOnlyList<EdgeType> All { get; } =
        [MetWith, Signed, Accused, Attacked, Fought, Visited, HoldsRole, BackedBy, PartyTo, CooperatesWith, Concerns];

    /// <summary>The edge types the core extraction target is judged on.</summary>
    public static IReadOnlyList<EdgeType> Core { get; } = [MetWith, Signed, Accused];

    private static readonly Dictionary<string, EdgeType> ByName = All.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds an edge type by name, case-insensitively.</summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EdgeType? type) =>
        ByName.TryGetValue(name, out type);

    /// <summary>Finds an edge type by name or throws <see cref="ArgumentException"/> naming the known ones.</summary>
    public static EdgeType Get(string name) =>
        TryGet(name, out var type) ? type
            : throw new ArgumentException($"Unknown edge type '{name}'. Known: {string.Join(", ", All)}.", nameof(name));
}
