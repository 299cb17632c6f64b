using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Step "relate": runs every relation rule over every sentence. The role rule goes first because it
/// marks title bodies ("head of the X") that no other relation may take as an argument.
/// </summary>
internal sealed class RelateStep(Gazetteer gazetteer) : IExtractionStep
{
    private readonly IRelationRule[] rules =
    [
        new RoleRule(gazetteer), new MeetingRule(), new SigningRule(), new AgreementRule(), new AccusationRule(), new AttackRule(),
        new FightRule(), new VisitRule(), new BackingRule(gazetteer), new CooperationRule(),
    ];

    /// <summary>
    /// A "sentence" that names more entities than this is a list, a table or a link farm run together, not a
    /// statement of facts: its entities are kept, its relations are not sought. The rules compare mentions with
    /// each other, so without this bound one hostile line of a million names would take hours.
    /// </summary>
    internal const int MaxMentionsPerSentence = 64;

    public string Name => "relate";

    public void Run(ExtractionContext context)
    {
        var sink = new RelationSink(context);
        var bySentence = context.Mentions.GroupBy(m => m.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var sentence in context.Sentences)
        {
            if (!bySentence.TryGetValue(sentence.Index, out var mentions) || mentions.Count == 0 || mentions.Count > MaxMentionsPerSentence)
            {
                continue;
            }

            var view = new SentenceView(context, sentence, mentions);
            foreach (var rule in rules)
            {
                if (sentence.Text.AsSpan().ContainsAny(rule.Keywords))
                {
                    rule.Apply(view, sink);
                }
            }
        }

        context.Relationships.AddRange(sink.All);
    }
}
