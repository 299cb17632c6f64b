using System.Buffers;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Lexicon;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// BACKED_BY from a backer hyphened to a backing participle (relationwords.tsv, class "backing": "Iran-backed",
/// "Turkish-sponsored", "Russia-aligned"):
/// - inside one name: "Iran-backed militias", "Turkish-backed Syrian National Army" recognized as one organization;
/// - before the name it describes: "the Iranian-backed militia Kataib Hezbollah";
/// - in an apposition after the name: "Kataib Hezbollah, an Iran-backed group", "X, a broad coalition of Iran-backed militias".
/// The backer is a state (by name or adjective) or an organization. These read word order, not the tree: a hyphened
/// adjective at the head of a sentence is where the parser errs most. A backer written as a phrase of its own
/// ("militias backed by X", "X, supported by Y") is read off the tree by the lexicon's "back" rows.
/// </summary>
internal sealed class BackingRule(Gazetteer gazetteer, RelationWords words) : IRelationRule
{
    /// <summary>Words between the participle and the name it introduces ("militia", "armed group").</summary>
    private const int MaxDescriptionWords = 3;

    /// <summary>Words between an apposition's comma and the backer ("a broad coalition of").</summary>
    private const int MaxAppositionWords = 5;

    private readonly IReadOnlySet<string> participles = words.Class("backing");

    private readonly SearchValues<string> keywords = SearchValues.Create([.. words.Class("backing")], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => keywords;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var backed in view.Mentions.Where(m => m.Label == NodeLabels.Organization && !view.Excluded.Contains(m)))
        {
            if (BackerInName(backed.Surface) is { } country)
            {
                sink.Add(EdgeTypes.BackedBy, Endpoint.Of(backed), new Endpoint(NodeLabels.Country, country, 0.9), view.Sentence, 0.85);
            }
        }

        var tokens = view.Sentence.Tokens;
        foreach (var backer in view.Mentions.Where(m => m.Label is NodeLabels.Country or NodeLabels.Organization))
        {
            var at = TokenStartingAt(tokens, backer.End);
            if (at < 0 || !IsHyphen(tokens[at]) || at + 1 >= tokens.Count || !participles.Contains(tokens[at + 1].Norm))
            {
                continue;
            }

            // a title's body is backed as well ("a spokesman for the Iran-backed X": X holds the office and Iran backs X)
            foreach (var backed in view.Mentions.Where(m => m.Label == NodeLabels.Organization && (!view.Excluded.Contains(m) || view.TitleBodies.Contains(m)) && (m.End <= backer.Start || m.Start >= backer.End)))
            {
                if (Introduces(view, at + 1, backed) || DescribedBy(view, backed, backer))
                {
                    sink.Add(EdgeTypes.BackedBy, Endpoint.Of(backed), Endpoint.Of(backer), view.Sentence, 0.8);
                }
            }
        }
    }

    /// <summary>"Iran-backed militias", "the Turkish-backed Syrian National Army": the state a name's own first words name as its backer.</summary>
    private string? BackerInName(string name)
    {
        var hyphen = name.IndexOfAny(['-', '‑']);
        if (hyphen <= 0)
        {
            return null;
        }

        var word = name[..hyphen].Trim();
        word = word.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? word[4..] : word;
        var rest = name[(hyphen + 1)..];
        var participle = rest.Split(' ', 2);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c == '.')
            || !participles.Contains(participle[0].ToLowerInvariant()) || participle.Length < 2 || participle[1].Trim().Length == 0)
        {
            return null; // the backing must qualify a name that goes on ("Iran-backed militias", not a bare "Iran-backed")
        }

        return gazetteer.CountryOfDemonym(word) ?? gazetteer.Country(word)?.Name;
    }

    /// <summary>"the Iranian-backed militia Kataib Hezbollah", "the Iranian-supported Asaib Ahl al-Haq": up to a few lower-case nouns after the participle, then the name.</summary>
    private static bool Introduces(SentenceView view, int participle, Mention backed)
    {
        var tokens = view.Sentence.Tokens;
        var next = TokenStartingAtOrAfter(tokens, backed.Start);
        if (next <= participle || next - participle - 1 > MaxDescriptionWords || tokens[next].Start != backed.Start)
        {
            return false;
        }

        for (var i = participle + 1; i < next; i++)
        {
            if (!IsDescriptionWord(view, tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"X, an Iran-backed group", "X, a broad coalition of Iran-backed militias": the apposition right after the name.</summary>
    private static bool DescribedBy(SentenceView view, Mention backed, Mention backer)
    {
        var tokens = view.Sentence.Tokens;
        var first = TokenStartingAtOrAfter(tokens, backed.End);
        if (first < 0 || tokens[first].Text != "," || tokens[first].Start > backer.Start)
        {
            return false;
        }

        // an apposition describes one thing ("X, an Iran-backed group"); without the article the comma may run a list
        // ("the army, Iran-backed militias and US-backed forces")
        var backerToken = TokenStartingAtOrAfter(tokens, backer.Start);
        if (backerToken - first - 1 > MaxAppositionWords || backerToken <= first + 1 || tokens[first + 1].Norm is not ("a" or "an"))
        {
            return false;
        }

        for (var i = first + 1; i < backerToken; i++)
        {
            if (!(IsDescriptionWord(view, tokens[i]) || tokens[i].Norm is "a" or "an" or "the" or "of"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case word of a noun phrase, never a verb or a relative pronoun: "X, which fought the US-backed Y" describes Y, not X.</summary>
    private static bool IsDescriptionWord(SentenceView view, Token token)
    {
        if (!token.IsWord || token.IsCapitalized)
        {
            return false;
        }

        var word = view.Sentence.Syntax?.WordAt(token.Start);
        return word is null ? token.Norm is not ("which" or "who" or "that" or "and" or "or")
            : word.Upos is not ("VERB" or "AUX" or "PRON" or "ADP" or "CCONJ" or "SCONJ" or "DET" or "PART" or "ADV");
    }

    private static bool IsHyphen(Token token) => token.Text is "-" or "‑" or "–";

    private static int TokenStartingAt(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == offset)
            {
                return i;
            }
        }

        return -1;
    }

    private static int TokenStartingAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return -1;
    }
}
