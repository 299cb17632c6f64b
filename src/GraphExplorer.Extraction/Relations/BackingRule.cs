using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// BACKED_BY inside one name: "Iran-backed militias", "Turkish-backed Syrian National Army" recognized as one
/// organization whose own words name its backer (a state by name or adjective, or a known organization).
/// A backer written as a word of its own ("militias backed by X", "the Iran-backed Y" where Y is the name)
/// is read off the tree by the lexicon's "back" rows.
/// </summary>
internal sealed partial class BackingRule(Gazetteer gazetteer) : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["backed", "supported", "sponsored", "funded", "aligned", "allied"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var backed in view.Mentions.Where(m => m.Label is NodeLabels.Organization && !view.Excluded.Contains(m)))
        {
            var match = Backed().Match(backed.Surface);
            if (!match.Success || match.Index + match.Length >= backed.Surface.Length)
            {
                continue; // the backing must qualify a name that goes on ("Iran-backed militias", not a bare "Iran-backed")
            }

            var word = match.Groups["x"].Value;
            var country = gazetteer.CountryOfDemonym(word) ?? gazetteer.Country(word)?.Name;
            if (country is not null)
            {
                sink.Add(EdgeTypes.BackedBy, Endpoint.Of(backed), new Endpoint(NodeLabels.Country, country, 0.9), view.Sentence, 0.85);
            }
        }
    }

    [GeneratedRegex(@"^(?:the\s+)?(?<x>[A-Z][\p{L}.]*[\p{L}.])[-‑](?:backed|supported|sponsored|funded|aligned|allied)\b")]
    private static partial Regex Backed();
}
