using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Extraction.Syntax.Parsing;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>Accuracy and speed of a syntax model on gold-tokenized sentences.</summary>
/// <param name="Words">Words scored (all of them, punctuation included).</param>
/// <param name="Upos">Share of words with the gold UPOS.</param>
/// <param name="Uas">Share of words with the gold head.</param>
/// <param name="Las">Share of words with the gold head and the gold relation, subtype included.</param>
/// <param name="Seconds">Time spent tagging and parsing, on one thread.</param>
public sealed record SyntaxScores(int Words, double Upos, double Uas, double Las, double Seconds)
{
    /// <summary>Words tagged and parsed per second.</summary>
    public double TokensPerSecond => Seconds > 0 ? Words / Seconds : 0;

    /// <summary>The one line <c>eval-syntax</c> prints.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"UPOS {Upos:0.000} UAS {Uas:0.000} LAS {Las:0.000} tokens/s {TokensPerSecond:0}");
}

/// <summary>Scores a model against a treebank with its gold tokenization (CoNLL 2018 style: every word counts).</summary>
public static class SyntaxEvaluator
{
    /// <summary>
    /// Tags and parses every sentence on the calling thread, timing only the tagging and parsing (word
    /// features included, model loading and lemmas excluded), and compares with the gold annotation.
    /// </summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences, TextWriter? predictions = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var buffer = new SentenceBuffer();
        var workspace = new ParserWorkspace();
        var forms = sentences.Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();

        // Warm-up: JIT and caches, outside the timing.
        foreach (var sentence in forms.Take(50))
        {
            buffer.Load(sentence);
            model.Analyze(buffer, workspace);
        }

        int words = 0, upos = 0, heads = 0, labelled = 0;
        var elapsed = TimeSpan.Zero;
        var stopwatch = new Stopwatch();
        for (var s = 0; s < sentences.Count; s++)
        {
            stopwatch.Restart();
            buffer.Load(forms[s]);
            model.Analyze(buffer, workspace);
            stopwatch.Stop();
            elapsed += stopwatch.Elapsed;
            var gold = sentences[s].Words;
            predictions?.Write(Conllu(model, buffer, sentences[s]));
            for (var i = 0; i < gold.Count; i++)
            {
                words++;
                var tag = buffer.Tags[i];
                upos += model.Tagger.Tags.Upos[tag] == gold[i].Upos ? 1 : 0;
                if (buffer.Heads[i] == gold[i].Head)
                {
                    heads++;
                    labelled += model.Parser.System.Labels[buffer.Labels[i]] == gold[i].Relation ? 1 : 0;
                }
            }
        }

        return new SyntaxScores(words, Ratio(upos, words), Ratio(heads, words), Ratio(labelled, words), elapsed.TotalSeconds);
    }

    private static string Conllu(SyntaxModel model, SentenceBuffer buffer, TreebankSentence sentence)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"# sent_id = {sentence.Id}\n# text = {sentence.Text}\n");
        for (var i = 0; i < buffer.Count; i++)
        {
            var word = sentence.Words[i];
            var upos = model.Tagger.Tags.Upos[buffer.Tags[i]];
            var xpos = model.Tagger.Tags.Xpos[buffer.Tags[i]];
            var lemma = model.Lemmatizer.Lemma(word.Form, upos, xpos);
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}\t{word.Form}\t{lemma}\t{upos}\t{xpos}\t_\t{buffer.Heads[i] + 1}\t{model.Parser.System.Labels[buffer.Labels[i]]}\t_\t_\n");
        }

        return builder.Append('\n').ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
