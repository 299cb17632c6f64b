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

    /// <summary>
    /// Two name words are spellings of one name: the same sound (<see cref="NameKey.SoundKey"/>), one spelling group of
    /// transliterations.tsv, or letter for letter corresponding transliterations (<see cref="Correspond"/>: Ahmed/Ahmad,
    /// Awad/Awadh).
    /// </summary>
    public static bool WordsMatch(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (ka, kb) = (NameKey.SoundKey(a), NameKey.SoundKey(b));
        return ka == kb || (Spellings.TryGetValue(ka, out var ca) && Spellings.TryGetValue(kb, out var cb) && ca == cb) || Correspond(a, b);
    }

    /// <summary>
    /// The keys under which a name word is looked up: two words for which <see cref="WordsMatch"/> holds share one of them
    /// (the spelling group's number or the sound key, and the loose key of <see cref="Segments"/>), so that names can be
    /// found by a word instead of compared one by one; a shared key only proposes a match, <see cref="WordsMatch"/> decides.
    /// </summary>
    public static IEnumerable<string> MatchKeys(string word)
    {
        var key = NameKey.SoundKey(word);
        yield return Spellings.TryGetValue(key, out var group) ? "#" + group.ToString(System.Globalization.CultureInfo.InvariantCulture) : key;
        yield return "≈" + LooseKey(Segments(word));
    }

    /// <summary>
    /// Two words written letter for letter as transliterations of one name: the same number of sounds (<see cref="Segments"/>),
    /// each pair of sounds equal or one of the correspondences of name-sounds.tsv that romanizations disagree on: an
    /// unstressed vowel written e for a or for i (Ahmed/Ahmad, Hamed/Hamid), dh for d, z or th (Awadh/Awad, Kadhim/Kazim,
    /// Dhiab/Thiab), w for v or u (Jawad/Javad, Marwan/Maruan), q for k or g (Qasim/Gasim), g for j (Gamal/Jamal). A sound
    /// never stands for another than these (Hasan is not Husin, Kamal is not Gamal) and correspondences do not chain.
    /// </summary>
    public static bool Correspond(string a, string b)
    {
        var (sa, sb) = (Segments(a), Segments(b));
        if (sa.Length != sb.Length || sa.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < sa.Length; i++)
        {
            if (sa[i] != sb[i] && !Sounds.Corresponds(sa[i], sb[i]) && !Sounds.Corresponds(sb[i], sa[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A word as its sounds: accents and apostrophes dropped, the rewrites of name-sounds.tsv in order (dj → j, dh → D,
    /// th → T, gh and q → Q, ou and oo → u, ee, ei and ai → i, w and v → W, e → E, o → u), doubled letters once, a final h
    /// after a vowel dropped, a final y read as i. Capitals are sounds whose letter depends on the name.
    /// </summary>
    private static string Segments(string word)
    {
        var folded = NameKey.Normalize(word);
        var letters = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        var s = letters.ToString();
        foreach (var (from, to) in Sounds.Rewrites)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        var builder = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 2 && builder[^1] == 'h' && builder[^2] is 'a' or 'i' or 'u' or 'E')
        {
            builder.Length--;
        }

        if (builder.Length > 2 && builder[^1] == 'y')
        {
            builder[^1] = 'i';
        }

        return builder.ToString();
    }

    /// <summary>The segments with each group of corresponding sounds folded into one letter, so that corresponding words share it.</summary>
    private static string LooseKey(string segments)
    {
        var chars = segments.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Sounds.Group(chars[i]);
        }

        return new string(chars);
    }

    private static readonly NameSounds Sounds = NameSounds.Parse(GazetteerFiles.Read("name-sounds.tsv"));

    /// <summary>
    /// The name's comparison words, lower case, without particles that spellings keep or drop; a second reading
    /// joins each hyphened pair into one word ("Rezaei-Nejad" → "rezaeinejad"), and further readings join two given
    /// names side by side ("Gholam Reza" → "gholamreza").
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

        var bases = anyJoin ? new List<List<string>> { plain, joined } : [plain];
        foreach (var reading in bases.ToList())
        {
            if (ServantCompounds(reading) is { } compound)
            {
                bases.Add(compound);
            }
        }

        // "Gholam Reza Mirzayi" / "Gholamreza Mirzaei": a compound given name is written joined or split, so two given
        // names side by side may also read as one word (the surname, last, never joins); "Hossein Ali Mirza-Khani" /
        // "Hosseinali Mirzakhani" joins both
        var readings = new List<List<string>>(bases);
        foreach (var reading in bases)
        {
            for (var k = 0; k + 2 < reading.Count; k++)
            {
                readings.Add([.. reading[..k], reading[k] + reading[k + 1], .. reading[(k + 2)..]]);
            }
        }

        return readings;
    }

    /// <summary>
    /// The reading with each servant compound written as one word without its article: "Abd al-Rahim", "Abdul Rahim",
    /// "Abdel Rahim" and "Abdulrahim" all read "abdrahim" (a servant particle of particles.tsv, alone or joined to an
    /// article particle, before the name it governs; never the surname itself); null when the name holds none.
    /// </summary>
    private static List<string>? ServantCompounds(List<string> words)
    {
        List<string>? compound = null;
        for (var i = 0; i < words.Count; i++)
        {
            var servant = Vocabulary.ServantStem(words[i]);
            if (servant is null)
            {
                continue;
            }

            compound ??= [.. words];
            var at = compound.Count - (words.Count - i);
            if (servant.Value.Tail.Length >= 3)
            {
                compound[at] = servant.Value.Stem + servant.Value.Tail; // "abdulrahim"
            }
            else if (servant.Value.Tail.Length == 0 && i + 2 < words.Count)
            {
                compound[at] = servant.Value.Stem + words[i + 1]; // "abd rahim", "abdul rahim"
                compound.RemoveAt(at + 1);
                i++;
            }
        }

        return compound is not null && !compound.SequenceEqual(words) ? compound : null;
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
