using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// People of one article (by their place in a list) filed under the keys of their surnames: the sound key and the
/// transliteration class. Two surnames that <see cref="PersonNames.WordsMatch"/> share a key, so looking a name up
/// here finds every person it can be, without comparing it with every person of the article: a long article
/// names more and more people, and comparing each mention with each of them grew with the square of its length.
/// </summary>
internal sealed class SurnameIndex
{
    private readonly Dictionary<string, List<int>> peopleByKey = new(StringComparer.Ordinal);

    /// <summary>The keys of a surname word: one word matches another when they share one.</summary>
    public static IEnumerable<string> KeysOfWord(string word)
    {
        var sound = NameKey.SoundKey(word);
        yield return "sound:" + sound;
        if (PersonNames.SpellingClassOf(sound) is { } spelling)
        {
            yield return "spelling:" + spelling.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The keys of a name's surname in each of its readings.</summary>
    public static IEnumerable<string> KeysOfName(string name) =>
        PersonNames.Readings(name).Where(r => r.Count > 0).SelectMany(r => KeysOfWord(r[^1])).Distinct(StringComparer.Ordinal);

    /// <summary>Files person <paramref name="person"/> under these keys.</summary>
    public void Add(int person, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!peopleByKey.TryGetValue(key, out var people))
            {
                peopleByKey[key] = people = [];
            }

            if (people.Count == 0 || people[^1] != person)
            {
                people.Add(person);
            }
        }
    }

    /// <summary>The people filed under any of these keys, in the order of the list.</summary>
    public List<int> Candidates(IEnumerable<string> keys)
    {
        var found = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (peopleByKey.TryGetValue(key, out var people))
            {
                found.UnionWith(people);
            }
        }

        return [.. found];
    }
}
