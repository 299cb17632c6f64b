using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// The sound correspondences of name-sounds.tsv: the letters romanizations write for one sound (rewrites, in order) and
/// the sounds one spelling writes where another writes other letters (correspondences, one way, never chained).
/// </summary>
internal sealed class NameSounds
{
    private readonly HashSet<(char Sound, char Letter)> correspondences;
    private readonly Dictionary<char, char> groups;

    private NameSounds(IReadOnlyList<(string From, string To)> rewrites, HashSet<(char, char)> correspondences)
    {
        Rewrites = rewrites;
        this.correspondences = correspondences;
        groups = Groups(correspondences);
    }

    /// <summary>Letters written for one sound and the sound, in the order they are replaced.</summary>
    public IReadOnlyList<(string From, string To)> Rewrites { get; }

    /// <summary>Whether a spelling may write <paramref name="letter"/> where another has <paramref name="sound"/>.</summary>
    public bool Corresponds(char sound, char letter) => correspondences.Contains((sound, letter));

    /// <summary>
    /// One letter for each set of sounds that correspondences connect, however indirectly (E, a and i → a): words that
    /// correspond sound by sound have the same letters once grouped, so the group serves as a lookup key.
    /// </summary>
    public char Group(char sound) => groups.TryGetValue(sound, out var group) ? group : sound;

    public static NameSounds Parse(string text)
    {
        var rewrites = new List<(string, string)>();
        var correspondences = new HashSet<(char, char)>();
        foreach (var row in GazetteerFiles.Rows(text))
        {
            var kind = row[0].Trim();
            if (row.Length < 3)
            {
                throw new FormatException($"name-sounds.tsv: a '{kind}' row needs three fields");
            }

            var (first, second) = (row[1].Trim(), row[2].Trim());
            switch (kind)
            {
                case "rewrite" when first.Length > 0 && second.Length > 0:
                    rewrites.Add((first, second));
                    break;
                case "correspond" when first.Length == 1:
                    foreach (var letter in second.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (letter.Length != 1)
                        {
                            throw new FormatException($"name-sounds.tsv: '{letter}' is not one letter");
                        }

                        correspondences.Add((first[0], letter[0]));
                    }

                    break;
                default:
                    throw new FormatException($"name-sounds.tsv: unknown row '{string.Join('\t', row)}'");
            }
        }

        return new NameSounds(rewrites, correspondences);
    }

    /// <summary>The connected sets of corresponding sounds, each named by its smallest lower-case letter (else its smallest).</summary>
    private static Dictionary<char, char> Groups(HashSet<(char Sound, char Letter)> correspondences)
    {
        var parent = new Dictionary<char, char>();
        char Find(char c)
        {
            while (parent.TryGetValue(c, out var p) && p != c)
            {
                c = p;
            }

            return c;
        }

        foreach (var (sound, letter) in correspondences)
        {
            parent.TryAdd(sound, sound);
            parent.TryAdd(letter, letter);
            var (a, b) = (Find(sound), Find(letter));
            if (a != b)
            {
                parent[a > b ? a : b] = a < b ? a : b;
            }
        }

        var members = parent.Keys.GroupBy(Find).ToList();
        var groups = new Dictionary<char, char>();
        foreach (var set in members)
        {
            var name = set.Where(char.IsLower).DefaultIfEmpty(set.Min()).Min();
            foreach (var c in set)
            {
                groups[c] = name;
            }
        }

        return groups;
    }
}
