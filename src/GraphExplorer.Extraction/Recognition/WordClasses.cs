namespace GraphExplorer.Extraction.Recognition;

/// <summary>
/// A data file of closed word classes (Gazetteers/relationwords.tsv, anaphora-words.tsv): one "class, word" row per
/// word, read into one set per class, lower case. The reader names the classes it knows, so that a misspelt class in
/// the file fails at load with its line instead of silently emptying a class.
/// </summary>
internal sealed class WordClasses
{
    private readonly Dictionary<string, HashSet<string>> classes = new(StringComparer.Ordinal);

    private WordClasses(IEnumerable<string> classNames)
    {
        foreach (var name in classNames)
        {
            classes[name] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="fileName"/>; an unknown class or a row without a word fails with its line.</summary>
    public static WordClasses Load(string fileName, string text, IReadOnlyList<string> classNames)
    {
        var words = new WordClasses(classNames);
        foreach (var row in GazetteerFiles.Rows(text))
        {
            if (row.Length < 2 || row[1].Trim().Length == 0 || !words.classes.TryGetValue(row[0].Trim(), out var set))
            {
                throw new InvalidDataException($"{fileName}: expected one of the classes {string.Join(", ", classNames)} and a word in '{string.Join('\t', row)}'.");
            }

            set.Add(row[1].Trim().ToLowerInvariant());
        }

        return words;
    }

    /// <summary>The words of one class.</summary>
    public IReadOnlySet<string> Class(string name) => classes.TryGetValue(name, out var set) ? set : throw new ArgumentException($"Unknown word class '{name}'.", nameof(name));

    /// <summary>Whether <paramref name="word"/> (any case) is in class <paramref name="name"/>.</summary>
    public bool Contains(string name, string word) => Class(name).Contains(word.ToLowerInvariant());
}
