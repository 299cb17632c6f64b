namespace GraphExplorer.Extraction.Recognition;

/// <summary>What a gazetteer phrase stands for.</summary>
internal enum EntryKind
{
    /// <summary>A name or alias of an entity.</summary>
    Name,

    /// <summary>A nationality adjective ("Iraqi") standing for its country.</summary>
    Demonym,

    /// <summary>An office title ("prime minister").</summary>
    Title,
}

/// <summary>One phrase of a gazetteer: the entity (or title) it names and the case its words must have.</summary>
/// <param name="Kind">Name, demonym or title.</param>
/// <param name="Label">Node label of the entity (empty for titles).</param>
/// <param name="Canonical">The entity's canonical name (the title itself for titles).</param>
/// <param name="Words">The phrase's words as written in the data file, for case checks.</param>
/// <param name="Category">Organization kind, title kind ("civil", "military", "head"), or empty.</param>
internal sealed record GazetteerEntry(EntryKind Kind, string Label, string Canonical, string[] Words, string Category);

/// <summary>What the gazetteer knows about a country.</summary>
internal sealed record CountryInfo(string Name, IReadOnlyList<string> Demonyms, string? Capital, string ArmedForces);

/// <summary>What the gazetteer knows about a place below state level.</summary>
internal sealed record PlaceInfo(string Name, string? Country, string? Government, IReadOnlyList<string> Adjectives);
