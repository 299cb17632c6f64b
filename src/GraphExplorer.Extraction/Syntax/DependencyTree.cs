using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// The dependency tree of one sentence: its words in order, each with its head and relation, and the
/// walks the relation rules need (children, ancestors, subtrees, the word at a character offset, the
/// words of a span and the span's syntactic head). Immutable.
/// </summary>
public sealed class DependencyTree : IReadOnlyList<SyntaxWord>
{
    private readonly SyntaxWord[] words;
    private readonly SyntaxWord[][] children;

    // True when the words follow one another in the text (each starts at or after the end of the one before): then the
    // words a span overlaps are consecutive, and found by binary search (HeadOfSpan, which the rules ask for every mention).
    private readonly bool ordered;

    /// <summary>A tree over <paramref name="words"/>, whose indexes are their positions and whose heads are valid indexes or -1.</summary>
    public DependencyTree(IReadOnlyList<SyntaxWord> words)
        : this([.. words ?? throw new ArgumentNullException(nameof(words))], copied: true)
    {
    }

    private DependencyTree(SyntaxWord[] words, bool copied)
    {
        _ = copied;
        this.words = words;
        var counts = new int[words.Length];
        ordered = true;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            ordered &= word.Start <= word.End && (i == 0 || words[i - 1].End <= word.Start);
            if (word.Index != i)
            {
                throw new ArgumentException($"Word '{word.Form}' has index {word.Index} at position {i}.", nameof(words));
            }

            if (word.Head < -1 || word.Head >= words.Length || word.Head == i)
            {
                throw new ArgumentException($"Word '{word.Form}' has an invalid head {word.Head}.", nameof(words));
            }

            if (word.Head < 0)
            {
                Root ??= word;
                continue;
            }

            counts[word.Head]++;
        }

        // each word's dependents in sentence order, in arrays of their exact size
        children = new SyntaxWord[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            children[i] = counts[i] == 0 ? [] : new SyntaxWord[counts[i]];
            counts[i] = 0;
        }

        foreach (var word in words)
        {
            if (word.Head >= 0)
            {
                children[word.Head][counts[word.Head]++] = word;
            }
        }
    }

    /// <summary>A tree over an array that no one else holds (the tree keeps it instead of copying it).</summary>
    internal static DependencyTree Own(SyntaxWord[] words) => new(words, copied: false);

    /// <summary>The root word (the first word whose head is -1), or null for an empty tree.</summary>
    public SyntaxWord? Root { get; }

    /// <summary>The words, in sentence order.</summary>
    public IReadOnlyList<SyntaxWord> Words => words;

    /// <inheritdoc />
    public int Count => words.Length;

    /// <inheritdoc />
    public SyntaxWord this[int index] => words[index];

    /// <summary>The head of <paramref name="word"/>, or null for the root.</summary>
    public SyntaxWord? HeadOf(SyntaxWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Head >= 0 ? words[word.Head] : null;
    }

    /// <summary>The dependents of <paramref name="word"/>, in sentence order.</summary>
    public IReadOnlyList<SyntaxWord> Children(SyntaxWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return children[word.Index];
    }

    /// <summary>The dependents of <paramref name="word"/> whose relation is <paramref name="relation"/> or a subtype of it.</summary>
    public IEnumerable<SyntaxWord> Children(SyntaxWord word, string relation) => Children(word).Where(c => c.Is(relation));

    /// <summary>The first dependent with <paramref name="relation"/> (or a subtype), or null.</summary>
    public SyntaxWord? Child(SyntaxWord word, string relation) => Children(word).FirstOrDefault(c => c.Is(relation));

    /// <summary>The heads above <paramref name="word"/>, nearest first, up to the root.</summary>
    public IEnumerable<SyntaxWord> Ancestors(SyntaxWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var steps = 0;
        for (var head = word.Head; head >= 0 && steps++ < words.Length; head = words[head].Head)
        {
            yield return words[head];
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="word"/> or above it.</summary>
    public bool Dominates(SyntaxWord ancestor, SyntaxWord word)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        ArgumentNullException.ThrowIfNull(word);
        if (ancestor.Index == word.Index)
        {
            return true;
        }

        var steps = 0;
        for (var head = word.Head; head >= 0 && steps++ < words.Length; head = words[head].Head)
        {
            if (head == ancestor.Index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word and everything below it, in sentence order.</summary>
    public IReadOnlyList<SyntaxWord> Subtree(SyntaxWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var result = new List<SyntaxWord>();
        var pending = new Stack<SyntaxWord>();
        pending.Push(word);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            result.Add(next);
            foreach (var child in children[next.Index])
            {
                pending.Push(child);
            }
        }

        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    /// <summary>The word whose characters include the absolute offset <paramref name="offset"/>, or null (spaces, outside).</summary>
    public SyntaxWord? WordAt(int offset)
    {
        int low = 0, high = words.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var word = words[middle];
            if (offset < word.Start)
            {
                high = middle - 1;
            }
            else if (offset >= word.End)
            {
                low = middle + 1;
            }
            else
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The words that overlap the absolute span [<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
    public IReadOnlyList<SyntaxWord> WordsIn(int start, int end) => [.. words.Where(w => w.Start < end && w.End > start)];

    /// <summary>
    /// The syntactic head of a span (a mention): the word of the span whose head lies outside it (the
    /// highest such word when the span is not one subtree), or null when no word overlaps the span.
    /// </summary>
    public SyntaxWord? HeadOfSpan(int start, int end)
    {
        SyntaxWord? best = null;
        var bestDepth = int.MaxValue;
        // in ordered words, those before the first that ends after the span's start cannot overlap it, nor can those
        // from the first that starts at or after its end: the same words are visited in the same order as by a full scan
        var first = ordered ? FirstEndingAfter(start) : 0;
        for (var i = first; i < words.Length; i++)
        {
            var word = words[i];
            if (ordered && word.Start >= end)
            {
                break;
            }

            if (word.Start >= end || word.End <= start || (word.Head >= 0 && words[word.Head].Start < end && words[word.Head].End > start))
            {
                continue;
            }

            var depth = Depth(word);
            if (depth < bestDepth)
            {
                best = word;
                bestDepth = depth;
            }
        }

        return best;
    }

    /// <summary>The index of the first word that ends after <paramref name="offset"/> (the count when none does), for ordered words.</summary>
    private int FirstEndingAfter(int offset)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].End > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>How many heads are above <paramref name="word"/> (as many as <see cref="Ancestors"/> yields).</summary>
    private int Depth(SyntaxWord word)
    {
        var steps = 0;
        for (var head = word.Head; head >= 0 && steps < words.Length; head = words[head].Head)
        {
            steps++;
        }

        return steps;
    }

    /// <summary>The tree as CoNLL-U lines (ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ _), for debugging and tests.</summary>
    public string ToConllu()
    {
        var builder = new StringBuilder();
        foreach (var w in words)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{w.Index + 1}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t{w.Head + 1}\t{w.Relation}\t_\t_\n");
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public IEnumerator<SyntaxWord> GetEnumerator() => ((IEnumerable<SyntaxWord>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
