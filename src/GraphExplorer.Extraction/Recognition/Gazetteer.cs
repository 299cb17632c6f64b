using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>
/// The known names, loaded once from the embedded TSV data files (Gazetteers/*.tsv): countries with
/// aliases, demonyms, capitals and armed forces; places with their country and regional government;
/// organizations; office titles; common given names. Immutable after loading, so shared across threads.
/// </summary>
internal sealed class Gazetteer
{
    private const int MaxPhraseWords = 9;
    private readonly Dictionary<string, List<GazetteerEntry>> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryInfo> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceInfo> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> regionAdjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> organizationCountries = new(StringComparer.Ordinal);
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitals = new(StringComparer.Ordinal);

    private readonly HashSet<string> personNouns = new(StringComparer.Ordinal);

    private static readonly Lazy<Gazetteer> Embedded = new(() => Load(GazetteerFiles.Read));

    /// <summary>The gazetteer built from the assembly's embedded data files.</summary>
    public static Gazetteer Default => Embedded.Value;

    public IReadOnlyDictionary<string, CountryInfo> Countries => countries;

    public IReadOnlyDictionary<string, PlaceInfo> Places => places;

    /// <summary>Builds a gazetteer from data files given by name ("countries.tsv", ...).</summary>
    public static Gazetteer Load(Func<string, string> readFile)
    {
        var gazetteer = new Gazetteer();
        foreach (var row in Rows(readFile("countries.tsv")))
        {
            gazetteer.AddCountry(row);
        }

        foreach (var row in Rows(readFile("places.tsv")))
        {
            gazetteer.AddPlace(row);
        }

        foreach (var row in Rows(readFile("organizations.tsv")))
        {
            gazetteer.AddOrganization(row);
        }

        foreach (var row in Rows(readFile("titles.tsv")))
        {
            gazetteer.Add(row[0], new GazetteerEntry(EntryKind.Title, "", row[0], [], Column(row, 1) ?? "civil"));
        }

        foreach (var row in Rows(readFile("givennames.tsv")))
        {
            gazetteer.givenNames.Add(Tokenizer.Fold(row[0]));
        }

        foreach (var row in Rows(readFile("personnouns.tsv")))
        {
            gazetteer.personNouns.Add(KeyOf(row[0]));
        }

        return gazetteer;
    }

    /// <summary>The longest phrase starting at word token <paramref name="start"/> that passes <paramref name="accept"/>.</summary>
    public (int EndToken, GazetteerEntry Entry)? LongestMatch(IReadOnlyList<Token> tokens, int start, Func<GazetteerEntry, bool> accept)
    {
        (int, GazetteerEntry)? best = null;
        var key = tokens[start].Norm;
        var words = 1;
        var i = start;
        while (true)
        {
            if (phrases.TryGetValue(key, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (accept(entry) && CaseFits(entry, tokens, start, i))
                    {
                        best = (i, entry);
                        break;
                    }
                }
            }

            // the next word, across at most one joiner mark (hyphen, dot, apostrophe)
            var next = i + 1;
            if (next < tokens.Count && !tokens[next].IsWord && Tokenizer.IsJoiner(tokens[next]) && tokens[next].Start == tokens[i].End
                && (tokens[next].Text != "." || tokens[i].Text.Length <= 4))
            {
                next++;
            }

            if (next >= tokens.Count || !tokens[next].IsWord || ++words > MaxPhraseWords || !prefixes.Contains(key))
            {
                return best;
            }

            key = key + " " + tokens[next].Norm;
            i = next;
        }
    }

    public string? CountryOfDemonym(string word) => demonyms.GetValueOrDefault(Tokenizer.Fold(word));

    public string? RegionOfAdjective(string word) => regionAdjectives.GetValueOrDefault(Tokenizer.Fold(word));

    public bool IsCapital(string place) => capitals.Contains(place);

    public bool IsGivenName(string word) => givenNames.Contains(Tokenizer.Fold(word));

    /// <summary>A noun that describes a private person ("student", "activist", "Kurd"), by its lower-case norm; a plural counts too.</summary>
    public bool IsPersonNoun(string norm) => personNouns.Contains(norm) || (norm.Length > 3 && norm[^1] == 's' && personNouns.Contains(norm[..^1]));

    public CountryInfo? Country(string name) => countries.GetValueOrDefault(name);

    public PlaceInfo? Place(string name) => places.GetValueOrDefault(name);

    /// <summary>The country a known organization belongs to, if any.</summary>
    public string? CountryOfOrganization(string name) => organizationCountries.GetValueOrDefault(name);

    /// <summary>The country that contains a place or is the place (a country's own name).</summary>
    public string? CountryOf(string label, string name) => label switch
    {
        NodeLabels.Country => name,
        NodeLabels.Place => places.GetValueOrDefault(name)?.Country,
        _ => null,
    };

    private static bool CaseFits(GazetteerEntry entry, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (entry.Kind == EntryKind.Title)
        {
            return true;
        }

        var w = 0;
        for (var i = start; i <= end && w < entry.Words.Length; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var want = entry.Words[w++];
            var have = tokens[i].Text;
            if (want.Length >= 2 && want.All(c => !char.IsLetter(c) || char.IsUpper(c)) && want.Any(char.IsLetter))
            {
                if (have.Any(c => char.IsLetter(c) && !char.IsUpper(c)))
                {
                    return false;
                }
            }
            else if (char.IsUpper(want[0]) && !char.IsUpper(have[0]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddCountry(string[] row)
    {
        var name = row[0];
        var demonymList = Split(Column(row, 2));
        var capital = Column(row, 3);
        var forces = Column(row, 4) ?? (demonymList.Count > 0 ? demonymList[0] + " Armed Forces" : name + " Armed Forces");
        countries[name] = new CountryInfo(name, demonymList, capital, forces);
        AddName(NodeLabels.Country, name, name, "country");
        foreach (var alias in Split(Column(row, 1)))
        {
            AddName(NodeLabels.Country, name, alias, "country");
        }

        foreach (var demonym in demonymList)
        {
            demonyms.TryAdd(Tokenizer.Fold(demonym), name);
            Add(demonym, new GazetteerEntry(EntryKind.Demonym, NodeLabels.Country, name, Words(demonym), "demonym"));
        }

        if (capital is not null)
        {
            places.TryAdd(capital, new PlaceInfo(capital, name, null, []));
            capitals.Add(capital);
            AddName(NodeLabels.Place, capital, capital, "capital");
        }
    }

    private void AddPlace(string[] row)
    {
        var name = row[0];
        var adjectives = Split(Column(row, 4));
        places[name] = new PlaceInfo(name, Column(row, 2), Column(row, 3), adjectives);
        AddName(NodeLabels.Place, name, name, "place");
        foreach (var alias in Split(Column(row, 1)))
        {
            AddName(NodeLabels.Place, name, alias, "place");
        }

        foreach (var adjective in adjectives)
        {
            regionAdjectives.TryAdd(Tokenizer.Fold(adjective), name);
        }
    }

    private void AddOrganization(string[] row)
    {
        var name = row[0];
        var kind = Column(row, 3) ?? "group";
        if (Column(row, 2) is { } country)
        {
            organizationCountries[name] = country;
        }

        AddName(NodeLabels.Organization, name, name, kind);
        foreach (var alias in Split(Column(row, 1)))
        {
            AddName(NodeLabels.Organization, name, alias, kind);
        }
    }

    private void AddName(string label, string canonical, string phrase, string category) =>
        Add(phrase, new GazetteerEntry(EntryKind.Name, label, canonical, Words(phrase), category));

    private void Add(string phrase, GazetteerEntry entry)
    {
        var key = KeyOf(phrase);
        if (key.Length == 0)
        {
            return;
        }

        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
        {
            prefixes.Add(key[..space]);
        }

        if (!phrases.TryGetValue(key, out var list))
        {
            list = [];
            phrases[key] = list;
        }

        // names before demonyms before titles, so "US" is the country before it is an adjective
        list.Add(entry);
        list.Sort((a, b) => a.Kind.CompareTo(b.Kind));
    }

    /// <summary>The lookup key of a phrase: its words' norms joined by single spaces.</summary>
    public static string KeyOf(string phrase) =>
        string.Join(' ', Tokenizer.Tokenize(phrase, 0, phrase.Length).Where(t => t.IsWord).Select(t => t.Norm));

    private static string[] Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase, 0, phrase.Length).Where(t => t.IsWord).Select(t => t.Text)];

    private static string? Column(string[] row, int index) =>
        index < row.Length && !string.IsNullOrWhiteSpace(row[index]) ? row[index].Trim() : null;

    private static List<string> Split(string? cell) =>
        cell is null ? [] : [.. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IEnumerable<string[]> Rows(string text) => GazetteerFiles.Rows(text);
}
