namespace GraphExplorer.Extraction.Pipeline;

/// <summary>How a mention may take part in relations.</summary>
internal enum MentionRole
{
    /// <summary>A full noun phrase naming the entity: it can be an argument of a relation.</summary>
    Actor,

    /// <summary>An adjective ("Iraqi") or a qualifier inside a bigger phrase: it names the entity but is no argument.</summary>
    Modifier,

    /// <summary>The body of a title ("head of the X"): only HOLDS_ROLE uses it.</summary>
    TitleBody,
}

/// <summary>A span of the article text recognized as naming an entity.</summary>
internal sealed class Mention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Surface { get; init; }

    public required string Label { get; set; }

    /// <summary>The canonical name of the entity this mention names (after resolution).</summary>
    public required string Canonical { get; set; }

    public MentionRole Role { get; set; } = MentionRole.Actor;

    public int SentenceIndex { get; init; }

    /// <summary>How sure recognition is, 0..1.</summary>
    public double Confidence { get; set; } = 0.9;

    /// <summary>True when the mention came from a gazetteer (known name) rather than open-class cues.</summary>
    public bool Known { get; init; }

    /// <summary>A town from the GeoNames gazetteer: a person's name the article uses wins over it ("Abbasi said").</summary>
    public bool Yields { get; init; }

    /// <summary>For persons: the title read right before or after the name ("Prime Minister").</summary>
    public string? Title { get; set; }

    /// <summary>Whether the surface should be kept as an alias of the entity.</summary>
    public bool KeepAlias { get; set; } = true;

    public string Key => EntityDraft.KeyOf(Label, Canonical);

    public override string ToString() => $"{Label}:{Canonical} '{Surface}' [{Start},{End}) {Role}";

    /// <summary>
    /// A mention is equal only to itself; its hash is made of its span, which never changes, so the sets and maps keyed by
    /// mentions that every sentence builds do not ask the runtime for an identity hash of each new mention.
    /// </summary>
    public override int GetHashCode() => HashCode.Combine(Start, End);
}
