using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction.Relations.Clauses;

/// <summary>
/// A sentence's dependency tree with its mentions placed on it: each mention sits on one word (its head:
/// the word of its span whose head lies outside the span), and each word knows the mention it carries. In
/// the pipeline the tree is the one step "parse" made with mentions folded into single words
/// (<see cref="MentionFolding"/>), so a folded word carries the mention it was made of; a mention added
/// later (an agreement, a resolved reference) sits on its head word.
/// </summary>
internal sealed class ClauseTree
{
    private readonly Mention?[] mentionAt;
    private readonly Dictionary<Mention, SyntaxWord> wordOf;

    private ClauseTree(DependencyTree tree, Mention?[] mentionAt, Dictionary<Mention, SyntaxWord> wordOf)
    {
        Tree = tree;
        this.mentionAt = mentionAt;
        this.wordOf = wordOf;
    }

    public DependencyTree Tree { get; }

    /// <summary>The mention a word carries, or null.</summary>
    public Mention? MentionAt(SyntaxWord word) => mentionAt[word.Index];

    /// <summary>
    /// The other mentions of the same span and label as the one a word carries: the several persons a plural
    /// reference ("the two ministers") was resolved to.
    /// </summary>
    public IEnumerable<Mention> CoReferentsAt(SyntaxWord word) =>
        mentionAt[word.Index] is { } carried
            ? wordOf.Keys.Where(m => !ReferenceEquals(m, carried) && m.Start == carried.Start && m.End == carried.End && m.Label == carried.Label && wordOf[m].Index == word.Index)
                .OrderBy(m => m.Canonical, StringComparer.Ordinal)
            : [];

    /// <summary>The word a mention sits on, or null when none of its words is in the tree.</summary>
    public SyntaxWord? WordOf(Mention mention) => wordOf.GetValueOrDefault(mention);

    /// <summary>
    /// Places mentions on a tree. A word that holds several mentions (a person folded with a title and the
    /// state the title names) carries the one that ends where the word ends, else the longest; actors
    /// before modifiers.
    /// </summary>
    public static ClauseTree FromTree(DependencyTree tree, IEnumerable<Mention> mentions)
    {
        using var part = PartClock.Start(PartClock.ClauseTree);
        var at = new Mention?[tree.Count];
        var of = new Dictionary<Mention, SyntaxWord>();
        var placed = new List<(Mention Mention, SyntaxWord Head)>();
        foreach (var mention in mentions)
        {
            if (mention.End > mention.Start && tree.HeadOfSpan(mention.Start, mention.End) is { } head)
            {
                of[mention] = head;
                placed.Add((mention, head));
            }
        }

        foreach (var (mention, head) in placed
            .OrderByDescending(p => p.Mention.End == p.Head.End)
            .ThenBy(p => p.Mention.Role == MentionRole.Actor ? 0 : 1)
            .ThenByDescending(p => p.Mention.End - p.Mention.Start)
            .ThenBy(p => p.Mention.Start))
        {
            at[head.Index] ??= mention;
        }

        return new ClauseTree(tree, at, of);
    }
}
