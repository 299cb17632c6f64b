using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// When two written person names can be one person. Words compare by sound (<see cref="NameKey.SoundKey"/>:
/// Fuad/Fouad, Qasim/Qassem, Kanaani/Kanani, Kadhim/Kazem) or as spellings of one name listed in
/// transliterations.tsv (Mohammed/Muhammad, Rezaei/Rida); a hyphened pair may stand for one word
/// (Amir-Abdollahian/Amirabdollahian); particles that spellings keep or drop (al-, bin) do not count.
/// </summary>
internal static class PersonNames
{
    private static readonly Dictionary<string, int> Spellings = LoadSpellings(GazetteerFiles.Read("transliterations.tsv"));

    /// <summary>Two name words are spellings of one name.</summary>
    public static bool WordsMatch(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (ka, kb) = (NameKey.SoundKey(a), NameKey.SoundKey(b));
        return ka == kb || (Spellings.TryGetValue(ka, out var ca) && Spellings.TryGetValue(kb, out var cb) && ca == cb);
    }

    /// <summary>
    /// A key that two name words share exactly when <see cref="WordsMatch"/> holds for them (the spelling group's
    /// number, else the sound key), so that names can be looked up by a word instead of compared one by one.
    /// </summary>
    public static string MatchKey(string word)
    {
        var key = NameKey.SoundKey(word);
        return Spellings.TryGetValue(key, out var group) ? "#" + group.ToString(System.Globalization.CultureInfo.InvariantCulture) : key;
    }

    /// <summary>
    /// The name's comparison words, lower case, without particles that spellings keep or drop; a second reading
    /// joins each hyphened pair into one word ("Rezaei-Nejad" → "rezaeinejad").
    /// </summary>
    public static List<List<string>> Readings(string name)
    {
        var bare = PersonResolver.WithoutInsertions(name);
        var tokens = Tokenizer.Tokenize(bare, 0, bare.Length);
        var plain = new List<string>();
        var joined = new List<string>();
        var anyJoin = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || Vocabulary.IsComparisonNoise(t.Norm))
            {
                continue;
            }

            plain.Add(t.Norm);
            var hyphened = i >= 2 && tokens[i - 1].Text is "-" or "‐" or "‑" && tokens[i - 1].Start == tokens[i - 2].End && t.Start == tokens[i - 1].End
                && tokens[i - 2].IsWord && !Vocabulary.IsComparisonNoise(tokens[i - 2].Norm) && joined.Count > 0;
            if (hyphened)
            {
                joined[^1] += t.Norm;
                anyJoin = true;
            }
            else
            {
                joined.Add(t.Norm);
            }
        }

        return anyJoin ? [plain, joined] : [plain];
    }

    /// <summary>Both names say the same words, each spelt its own way ("Qasem al-Araji" / "Qasim al-Araji").</summary>
    public static bool SameName(string a, string b) =>
        Readings(a).Any(x => Readings(b).Any(y => x.Count == y.Count && x.Zip(y).All(p => WordsMatch(p.First, p.Second))));

    /// <summary>
    /// The shorter name (two words or more) can be the same person as the fuller one: the same surname, and its
    /// given names among the fuller one's in order ("Tayyip Erdogan" / "Recep Tayyip Erdogan"). With
    /// <paramref name="firstNameMustMatch"/> the first given name must be the fuller one's first too, unless the
    /// fuller name is no Arabic-style chain: in "Thabet Muhammad al-Abbasi" the second name is the father's.
    /// </summary>
    public static bool Compatible(string shorter, string fuller, bool firstNameMustMatch)
    {
        foreach (var s in Readings(shorter))
        {
            foreach (var f in Readings(fuller))
            {
                if (s.Count < 2 || f.Count < s.Count || !WordsMatch(s[^1], f[^1]))
                {
                    continue;
                }

                var first = WordsMatch(s[0], f[0]);
                if (firstNameMustMatch && !first && IsNameChain(fuller))
                {
                    continue;
                }

                if (Subsequence(s, f))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Either name is the other or a shorter form of it.</summary>
    public static bool OnePerson(string a, string b, bool firstNameMustMatch) =>
        SameName(a, b) || Compatible(a, b, firstNameMustMatch) || Compatible(b, a, firstNameMustMatch);

    /// <summary>How many comparison words the name has (particles aside).</summary>
    public static int WordCount(string name) => Readings(name)[0].Count;

    /// <summary>An Arabic-style name chain: an article particle or "bin" ties its parts ("Thabet Muhammad al-Abbasi").</summary>
    private static bool IsNameChain(string name) =>
        Tokenizer.Tokenize(name, 0, name.Length).Any(t => t.IsWord && Vocabulary.IsComparisonNoise(t.Norm))
        && Readings(name)[0].Count >= 3;

    private static bool Subsequence(List<string> shorter, List<string> fuller)
    {
        // the surnames matched; the given names of the shorter appear among the fuller one's, in order
        var j = 0;
        for (var i = 0; i < shorter.Count - 1; i++)
        {
            while (j < fuller.Count - 1 && !WordsMatch(shorter[i], fuller[j]))
            {
                j++;
            }

            if (j >= fuller.Count - 1)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static Dictionary<string, int> LoadSpellings(string text)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var row in GazetteerFiles.Rows(text))
        {
            id++;
            foreach (var spelling in row.Select(c => c.Trim()).Where(c => c.Length > 0))
            {
                map.TryAdd(NameKey.SoundKey(spelling), id);
            }
        }

        return map;
    }
}
