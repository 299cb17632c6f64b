using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations.Clauses;
using GraphExplorer.Extraction.Relations.Lexicon;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Step "relate": reads the facts every sentence states. The phrase rules go first: office titles
/// (HOLDS_ROLE; they also mark title bodies that no other relation may take as an argument) and backers
/// named inside a name. Then, in a sentence that holds a trigger of the lexicon, <see cref="EventRule"/> reads
/// every trigger's arguments off the sentence's tree (and marks the accords it leaves unsigned), and last come the
/// parties agreement resolution found (<see cref="AgreementRule"/>), but for those unsigned accords
/// (step "parse" folded the mentions into single words; <see cref="TreeRepairs"/> mends systematic parser errors;
/// <see cref="ClauseTree"/> places the mentions on it).
/// </summary>
internal sealed class RelateStep(Gazetteer gazetteer, TriggerLexicon lexicon) : IExtractionStep
{
    private readonly IRelationRule[] phraseRules = [new RoleRule(gazetteer, lexicon.Words), new BackingRule(gazetteer, lexicon.Words)];

    // after the tree's rules, which mark the accords the sentence leaves unsigned (drafts, "was not signed")
    private readonly AgreementRule agreements = new(gazetteer);
    private readonly EventRule events = new(lexicon, gazetteer);

    public RelateStep(Gazetteer gazetteer)
        : this(gazetteer, TriggerLexicon.Default)
    {
    }

    /// <summary>
    /// A "sentence" that names more entities than this is a list, a table or a link farm run together, not a
    /// statement of facts: its entities are kept, its relations are not sought. The rules compare mentions with
    /// each other, so without this bound one hostile line of a million names would take hours.
    /// </summary>
    internal const int MaxMentionsPerSentence = 64;

    public string Name => "relate";

    // the parts of this step's work the benchmark's profile times (PartClock)
    private const string RoleRulePart = "relate: role rule";
    private const string BackingRulePart = "relate: backing rule";
    private const string EventRulePart = "relate: event rule";
    private const string AgreementRulePart = "relate: agreement rule";

    public void Run(ExtractionContext context)
    {
        var sink = new RelationSink(context);
        var offices = new Dictionary<string, Endpoint>(StringComparer.Ordinal);
        var bySentence = context.Mentions.GroupBy(m => m.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var sentence in context.Sentences)
        {
            if (!bySentence.TryGetValue(sentence.Index, out var mentions) || mentions.Count == 0 || mentions.Count > MaxMentionsPerSentence)
            {
                events.Continue(sentence, sink);
                continue;
            }

            var view = new SentenceView(context, sentence, mentions, offices);
            foreach (var rule in phraseRules)
            {
                if (sentence.Text.AsSpan().ContainsAny(rule.Keywords))
                {
                    using var part = PartClock.Start(rule is RoleRule ? RoleRulePart : BackingRulePart);
                    rule.Apply(view, sink);
                }
            }

            if (sentence.Syntax is { } tree && sentence.Tokens.Any(t => t.IsWord && lexicon.IsTriggerForm(t.Norm)))
            {
                var repaired = TreeRepairs.RepairOf(sentence, tree, mentions, lexicon, gazetteer);
                context.ReadTrees?.Add(sentence.Index, repaired);
                var clause = ClauseTree.FromTree(repaired, mentions);
                using var part = PartClock.Start(EventRulePart);
                events.Apply(view, clause, sink);
            }

            if (sentence.Text.AsSpan().ContainsAny(agreements.Keywords))
            {
                using var part = PartClock.Start(AgreementRulePart);
                agreements.Apply(view, sink);
            }
        }

        context.Relationships.AddRange(sink.All);
    }
}
