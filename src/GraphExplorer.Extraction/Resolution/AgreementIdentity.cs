using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// What identifies an agreement whatever it is called: its parties, its subject and its year. Read from its
/// names: "Iran–Iraq border security agreement" (parties joined by an en dash, as resolution names accords),
/// "Pacific Fisheries Treaty (2023)" (a year in parentheses), "2008 Strategic Framework Agreement".
/// Two agreements are one when nothing of this disagrees and either their parties and subjects agree or
/// they share a proper name.
/// </summary>
internal sealed partial record AgreementIdentity(IReadOnlySet<string>? Parties, IReadOnlySet<string> Subject, int? Year, IReadOnlySet<string> ProperKeys)
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "accord", "accords", "treaty", "pact", "deal", "memorandum", "understanding", "protocol", "mou", "of", "on", "the", "and", "to", "for",
    };

    /// <summary>Words that say nothing of what an accord is about ("joint", "signed", "new").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "joint", "signed", "new", "historic", "landmark", "recent", "previous", "latest", "bilateral", "first", "fragile", "final", "initial",
        "draft", "formal", "official", "interim", "comprehensive", "tentative", "a", "an", "this", "that", "its", "their",
    };

    public static AgreementIdentity Of(Entity agreement)
    {
        IReadOnlySet<string>? parties = null;
        var subject = new HashSet<string>(StringComparer.Ordinal);
        int? year = null;
        var proper = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in agreement.AllNames)
        {
            var rest = name;
            if (PartyPrefix(name) is { } prefix)
            {
                parties ??= prefix.Parties;
                rest = name[prefix.Length..].Trim();
            }

            if (IsProperName(rest))
            {
                proper.Add(NameKey.Normalize(YearInParentheses().Replace(rest, "")));
            }

            if (YearOf(name) is { } y)
            {
                year ??= y;
            }

            foreach (var word in NameKey.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Heads.Contains(word) && !Fillers.Contains(word) && !char.IsDigit(word[0]) && NewsDates.Month(word) == 0)
                {
                    subject.Add(Stem(word));
                }
            }
        }

        return new AgreementIdentity(parties, subject, year, proper);
    }

    /// <summary>
    /// The identity keys of one name (<see cref="AgreementIdentityKeys"/>): its parties ("parties:iran|iraq") and its proper
    /// name ("name:strategic framework agreement"), read as <see cref="Of"/> reads them. The identity of an agreement
    /// has its parties and proper names from its names, so two agreements that are the same (<see cref="SameAgreement"/>:
    /// the same parties, or a shared proper name) share a key of their names.
    /// </summary>
    public static IEnumerable<string> KeysOf(string name)
    {
        var rest = name;
        if (PartyPrefix(name) is { } prefix)
        {
            yield return "parties:" + string.Join('|', prefix.Parties.Order(StringComparer.Ordinal));
            rest = name[prefix.Length..].Trim();
        }

        if (IsProperName(rest))
        {
            yield return "name:" + NameKey.Normalize(YearInParentheses().Replace(rest, ""));
        }
    }

    /// <summary>Nothing of the two identities disagrees: parties, year, subject.</summary>
    public bool Agrees(AgreementIdentity other) =>
        (Parties is null || other.Parties is null || Parties.SetEquals(other.Parties))
        && (Year is null || other.Year is null || Year == other.Year)
        && (Subject.Count == 0 || other.Subject.Count == 0 || Subject.IsSubsetOf(other.Subject) || other.Subject.IsSubsetOf(Subject));

    /// <summary>The same accord: nothing disagrees, and the same parties, or a shared proper name.</summary>
    public bool SameAgreement(AgreementIdentity other) =>
        Agrees(other) && ((Parties is not null && other.Parties is not null) || ProperKeys.Overlaps(other.ProperKeys));

    /// <summary>The name that states only the parties: "Chile–Peru agreement" (sorted, en dash).</summary>
    public static string PartiesName(IEnumerable<string> parties) => string.Join('–', parties.Order(StringComparer.Ordinal)) + " agreement";

    /// <summary>The name with its year: "Pacific Fisheries Treaty (2023)".</summary>
    public static string DatedName(string name, int year) => $"{name} ({year})";

    /// <summary>"Iran–Iraq border security agreement": the parties before the first space after the dashes, and the prefix length.</summary>
    private static (IReadOnlySet<string> Parties, int Length)? PartyPrefix(string name)
    {
        if (!name.Contains('–', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = name.Split('–');
        var last = segments[^1].Split(' ');
        var partyWords = last.TakeWhile(w => w.Length > 0 && (char.IsUpper(w[0]) || Vocabulary.NameConnectors.Contains(w))).ToList();
        while (partyWords.Count > 0 && Vocabulary.NameConnectors.Contains(partyWords[^1]))
        {
            partyWords.RemoveAt(partyWords.Count - 1);
        }

        if (partyWords.Count == 0 || segments[..^1].Any(s => s.Length == 0 || !char.IsUpper(s[0])))
        {
            return null;
        }

        var lastParty = string.Join(' ', partyWords);
        var parties = segments[..^1].Append(lastParty).Select(p => NameKey.Normalize(p)).ToHashSet(StringComparer.Ordinal);
        var length = name.Length - segments[^1].Length + lastParty.Length;
        return (parties, length);
    }

    /// <summary>A name of its own ("Strategic Framework Agreement", "Sinjar Agreement"), not a description ("border security agreement").</summary>
    private static bool IsProperName(string name)
    {
        var words = YearInParentheses().Replace(name, "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !char.IsDigit(w[0]) && NewsDates.Month(w) == 0 && w is not ("The" or "the")).ToList();
        return words.Count >= 2 && words.Any(w => char.IsUpper(w[0]) && !Heads.Contains(w.ToLowerInvariant()))
            && words.All(w => char.IsUpper(w[0]) || Vocabulary.NameConnectors.Contains(w) || Heads.Contains(w));
    }

    private static int? YearOf(string name) =>
        YearWord().Match(name) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Stem(string word) => word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    [GeneratedRegex(@"\((?:19|20)\d{2}\)")]
    private static partial Regex YearInParentheses();

    [GeneratedRegex(@"\b((?:19|20)\d{2})\b")]
    private static partial Regex YearWord();
}
