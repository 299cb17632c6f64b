namespace GraphExplorer.Extraction.Syntax.Tagging;

/// <summary>
/// The tagger's classes: each is a pair of a universal tag (UPOS) and a treebank-specific tag (XPOS, the
/// Penn tags in EWT). Predicting the pair gives the parser the finer Penn distinctions (VBN against VBD,
/// IN as preposition or subordinator) while UPOS stays what is reported.
/// </summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string Upos, string Xpos), int> index = [];

    public TagSet(IEnumerable<(string Upos, string Xpos)> tags)
    {
        var upos = new List<string>();
        var xpos = new List<string>();
        foreach (var tag in tags)
        {
            if (index.TryAdd(tag, upos.Count))
            {
                upos.Add(tag.Upos);
                xpos.Add(tag.Xpos);
            }
        }

        Upos = [.. upos];
        Xpos = [.. xpos];
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int Count => Upos.Length;

    /// <summary>The class of a (UPOS, XPOS) pair, or -1 when the training data never had it.</summary>
    public int IndexOf(string upos, string xpos) => index.TryGetValue((upos, xpos), out var i) ? i : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var i = 0; i < Count; i++)
        {
            writer.Write(Upos[i]);
            writer.Write(Xpos[i]);
        }
    }

    public static TagSet Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var tags = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            tags.Add((reader.ReadString(), reader.ReadString()));
        }

        return new TagSet(tags);
    }
}
