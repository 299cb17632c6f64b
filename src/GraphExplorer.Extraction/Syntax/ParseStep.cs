using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Relations.Clauses;
using GraphExplorer.Extraction.Relations.Lexicon;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// Step "parse": gives every sentence that can state a fact its dependency tree (<see cref="Sentence.Syntax"/>):
/// UD words with absolute offsets into the article text, lemmas, UPOS and Penn tags, heads and full relations. It
/// runs after recognition and parses each sentence with its mentions folded into single words
/// (<see cref="MentionFolding"/>): a folded word spans its whole mention ("Iraqi Foreign Minister Fuad
/// Hussein" is one proper noun of the tree). The surface tokens (<see cref="Sentence.Tokens"/>) stay as they were.
/// Parsing is most of the pipeline's work, so a sentence no later step can read a fact from keeps a null tree
/// (<see cref="MayStateFact"/>).
/// </summary>
internal sealed class ParseStep(SyntaxModel model, TriggerLexicon lexicon) : IExtractionStep
{
    private readonly IReadOnlySet<string> backing = lexicon.Words.Class("backing");

    public ParseStep(SyntaxModel model)
        : this(model, TriggerLexicon.Default)
    {
    }

    public string Name => "parse";

    /// <summary>
    /// Gives each sentence that may state a fact the tree it is parsed into when a later step first reads it: most of
    /// them are (the relation rules read every such sentence with a mention), and one that only names nothing
    /// ("Analysts said the talks were unlikely to succeed") is never parsed. The tree is the one this step would build
    /// now: the mentions are frozen as recognition left them (resolution may relabel a mention afterwards), and
    /// the surnames are those of the persons named so far.
    /// </summary>
    public void Run(ExtractionContext context)
    {
        var surnames = MentionFolding.FullNameSurnames(context);
        foreach (var sentence in context.Sentences)
        {
            if (MayStateFact(sentence))
            {
                var mentions = Frozen(context.MentionsIn(sentence.Index));
                sentence.ParseWhenRead(() => MentionFolding.Parse(model, context, sentence, mentions, surnames));
            }
        }
    }

    /// <summary>Copies of the mentions with what folding reads of them (span, surface, label, role), which later steps may change on the originals.</summary>
    private static Mention[] Frozen(IReadOnlyList<Mention> mentions)
    {
        var copies = new Mention[mentions.Count];
        for (var i = 0; i < copies.Length; i++)
        {
            var m = mentions[i];
            copies[i] = new Mention { Start = m.Start, End = m.End, Surface = m.Surface, Label = m.Label, Canonical = m.Canonical, Role = m.Role, SentenceIndex = m.SentenceIndex };
        }

        return copies;
    }

    /// <summary>
    /// True when a later step may read the sentence's tree: it holds an inflection of a trigger of the lexicon
    /// (the relation rules read a trigger's arguments off the tree, and agreement resolution reads who signed
    /// or is party to an accord off a signing or agreeing word), or a backing participle ("Iran-backed", whose
    /// rule asks the tree which words describe a name). Decided from the surface tokens alone, before any parsing.
    /// </summary>
    public bool MayStateFact(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.IsWord && (lexicon.IsTriggerForm(token.Norm) || backing.Contains(token.Norm)))
            {
                return true;
            }
        }

        return false;
    }
}
