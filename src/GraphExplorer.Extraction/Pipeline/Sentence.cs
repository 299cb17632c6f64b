using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Pipeline;

/// <summary>A sentence: its offsets into the article text, its tokens, and whether it is a headline.</summary>
internal sealed class Sentence(int index, int start, int end, string text, bool isHeadline)
{
    public int Index { get; } = index;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>The sentence exactly as it stands in the article text.</summary>
    public string Text { get; } = text;

    public bool IsHeadline { get; } = isHeadline;

    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>
    /// The sentence's dependency tree over UD words (step "parse"), or null when the sentence was not parsed.
    /// Each mention recognized before parsing is one word of the tree that spans the whole mention (a person
    /// with the titles before the name). Step "parse" may leave the tree to be built when it is first read
    /// (<see cref="ParseWhenRead"/>), so that a sentence whose tree no later step reads is never parsed.
    /// </summary>
    public DependencyTree? Syntax
    {
        get
        {
            if (pendingParse is { } parse)
            {
                pendingParse = null;
                syntax = parse();
            }

            return syntax;
        }

        set
        {
            pendingParse = null;
            syntax = value;
        }
    }

    /// <summary>True when the sentence has its tree: it was given one, or one was built when read (never builds it).</summary>
    public bool IsParsed => pendingParse is null && syntax is not null;

    /// <summary>Gives the sentence the tree <paramref name="parse"/> builds, built the first time <see cref="Syntax"/> is read.</summary>
    public void ParseWhenRead(Func<DependencyTree> parse)
    {
        syntax = null;
        pendingParse = parse;
    }

    private DependencyTree? syntax;
    private Func<DependencyTree>? pendingParse;

    /// <summary>The tree repaired last for this sentence (<see cref="Relations.Clauses.TreeRepairs.RepairOf"/>), with what it was repaired from.</summary>
    internal Relations.Clauses.RepairedTree? Repaired { get; set; }

    /// <summary>Office titles read in the sentence ("prime minister", "head").</summary>
    public List<TitleSpan> Titles { get; } = [];

    /// <summary>The paragraph the sentence belongs to (sentences of one paragraph share it).</summary>
    public int Paragraph { get; init; }

    /// <summary>
    /// Whether the sentence is a photo caption kept in the text (<see cref="Core.Text.PhotoCaption"/>): the
    /// whole caption line, credit included; its tokens stop before the credit.
    /// </summary>
    public bool IsCaption { get; init; }
}

/// <summary>An office title found in a sentence: token range, text offsets and kind ("civil", "military", "head").</summary>
internal sealed record TitleSpan(int FirstToken, int LastToken, int Start, int End, string Text, string Kind);
