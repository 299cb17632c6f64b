using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Extraction.Syntax.Parsing;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>Accuracy and speed of a syntax model on gold-tokenized sentences.</summary>
/// <param name="Words">Words scored (all of them, punctuation included).</param>
/// <param name="Upos">Share of words with the gold UPOS.</param>
/// <param name="Uas">Share of words with the gold head.</param>
/// <param name="Las">Share of words with the gold head and the gold relation, subtype included.</param>
/// <param name="Seconds">
/// Processor time spent tagging and parsing on the one evaluating thread (the process's CPU time over
/// the timed loop, so a busy machine does not count other programs' turns against the parser).
/// </param>
public sealed record SyntaxScores(int Words, double Upos, double Uas, double Las, double Seconds)
{
    /// <summary>Elapsed (wall-clock) time of the same loop; above <see cref="Seconds"/> when the machine is busy.</summary>
    public double WallSeconds { get; init; }

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
    /// features included, model loading and lemmas excluded), and compares with the gold annotation;
    /// <paramref name="predictions"/>, when given, receives the predicted trees as CoNLL-U.
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

        // Timed: features, tagging and parsing of every sentence; the results are copied out and compared after.
        var tags = new int[sentences.Count][];
        var arcs = new int[sentences.Count][];
        var labels = new int[sentences.Count][];
        // The best of three runs, so a stray pause (another program, a collection) does not count.
        var seconds = double.MaxValue;
        var wallSeconds = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var wall = Stopwatch.StartNew();
            for (var s = 0; s < sentences.Count; s++)
            {
                buffer.Load(forms[s]);
                model.Analyze(buffer, workspace);
                tags[s] = buffer.Tags[..buffer.Count];
                arcs[s] = buffer.Heads[..buffer.Count];
                labels[s] = buffer.Labels[..buffer.Count];
            }

            seconds = Math.Min(seconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
            wallSeconds = Math.Min(wallSeconds, wall.Elapsed.TotalSeconds);
        }

        int words = 0, upos = 0, heads = 0, labelled = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var gold = sentences[s].Words;
            if (predictions is not null)
            {
                tags[s].CopyTo(buffer.Tags, 0);
                arcs[s].CopyTo(buffer.Heads, 0);
                labels[s].CopyTo(buffer.Labels, 0);
                buffer.Count = gold.Count;
                predictions.Write(Conllu(model, buffer, sentences[s]));
            }

            for (var i = 0; i < gold.Count; i++)
            {
                words++;
                upos += model.Tagger.Tags.Upos[tags[s][i]] == gold[i].Upos ? 1 : 0;
                if (arcs[s][i] == gold[i].Head)
                {
                    heads++;
                    labelled += model.Parser.System.Labels[labels[s][i]] == gold[i].Relation ? 1 : 0;
                }
            }
        }

        return new SyntaxScores(words, Ratio(upos, words), Ratio(heads, words), Ratio(labelled, words), seconds) { WallSeconds = wallSeconds };
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
