using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Step "resolve": within the article, ties mentions to entities: acronyms defined in parentheses,
/// surname-only persons, names that are aliases of a known entity, borders and agreements, anaphora
/// (<see cref="AnaphoraResolver"/>); finds the
/// country the article is mostly about; builds one entity draft per resolved entity with its aliases.
/// </summary>
internal sealed partial class ResolveStep(Gazetteer gazetteer) : IExtractionStep
{
    private readonly BorderResolver borders = new(gazetteer);
    private readonly AgreementResolver agreements = new(gazetteer);

    public string Name => "resolve";

    public void Run(ExtractionContext context)
    {
        AcronymResolver.Resolve(context);
        PersonResolver.Resolve(context);
        AdoptKnownNames(context);
        PlaceResolver.Resolve(context);
        context.MainCountry = context.Mentions.Where(m => m.Label == NodeLabels.Country)
            .GroupBy(m => m.Canonical).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Start)).Select(g => g.Key).FirstOrDefault();
        AddFederalGovernment(context);
        borders.Resolve(context);
        agreements.Resolve(context);
        AnaphoraResolver.Resolve(context, gazetteer);
        context.SortMentions();
        foreach (var mention in context.Mentions)
        {
            var draft = context.Draft(mention.Label, mention.Canonical);
            if (mention.KeepAlias && mention.Role != MentionRole.Modifier && AliasOf(mention.Surface) is { } alias)
            {
                draft.Aliases.Add(alias);
            }
        }
    }

    /// <summary>"The federal government" with no state named is the government of the state the article is about.</summary>
    private static void AddFederalGovernment(ExtractionContext context)
    {
        if (context.MainCountry is not { } state)
        {
            return;
        }

        foreach (var sentence in context.Sentences)
        {
            foreach (System.Text.RegularExpressions.Match m in FederalGovernment().Matches(sentence.Text))
            {
                var start = sentence.Start + m.Index;
                if (context.MentionsIn(sentence.Index).Any(x => x.Start <= start && start < x.End) || (m.Index > 0 && char.IsUpper(sentence.Text[Math.Max(0, m.Index - 2)])))
                {
                    continue;
                }

                context.Mentions.Add(new Mention
                {
                    Start = start,
                    End = start + m.Length,
                    Surface = m.Value,
                    Label = NodeLabels.Country,
                    Canonical = state,
                    SentenceIndex = sentence.Index,
                    Confidence = 0.7,
                    KeepAlias = false,
                });
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:federal|central)\s+government\b")]
    private static partial System.Text.RegularExpressions.Regex FederalGovernment();

    /// <summary>An open-class name equal to an alias of a gazetteer entity in the article takes that entity's canonical name.</summary>
    private static void AdoptKnownNames(ExtractionContext context)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in context.Mentions.Where(m => m.Known))
        {
            known.TryAdd(m.Label + "|" + NameKey.Normalize(m.Surface), m.Canonical);
            known.TryAdd(m.Label + "|" + NameKey.Normalize(m.Canonical), m.Canonical);
        }

        foreach (var m in context.Mentions.Where(m => !m.Known))
        {
            if (known.TryGetValue(m.Label + "|" + NameKey.Normalize(m.Canonical), out var canonical))
            {
                m.Canonical = canonical;
            }
        }
    }

    /// <summary>The surface as an alias: without a leading "the" and a trailing possessive.</summary>
    internal static string? AliasOf(string surface)
    {
        var alias = surface.Trim();
        if (alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            alias = alias[4..];
        }

        if (alias.EndsWith("’s", StringComparison.Ordinal) || alias.EndsWith("'s", StringComparison.Ordinal))
        {
            alias = alias[..^2];
        }

        alias = alias.Trim().TrimEnd(',', '.', ';', ':');
        return alias.Length > 1 ? alias : null;
    }
}
