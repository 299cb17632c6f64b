using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Extraction.Syntax.Parsing;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>Accuracy and speed of a syntax model on gold-tokenized sentences.</summary>
/// <param name="Words">Words scored (all of them, punctuation included).</param>
/// <param name="Upos">Share of words with the gold UPOS.</param>
/// <param name="Uas">Share of words with the gold head.</param>
/// <param name="Las">Share of words with the gold head and the gold relation, subtype included.</param>
/// <param name="Seconds">Time spent tagging and parsing, on one thread: for each sentence the fastest of the timed rounds.</param>
public sealed record SyntaxScores(int Words, double Upos, double Uas, double Las, double Seconds)
{
    /// <summary>Words tagged and parsed per second.</summary>
    public double TokensPerSecond => Seconds > 0 ? Words / Seconds : 0;

    /// <summary>How long loading the model took (set by the caller that loaded it; null when not measured).</summary>
    public TimeSpan? ModelLoad { get; init; }

    /// <summary>The process's peak working set in bytes at the end of the evaluation (null when not measured).</summary>
    public long? PeakMemory { get; init; }

    /// <summary>The one line <c>eval-syntax</c> prints.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"UPOS {Upos:0.000} UAS {Uas:0.000} LAS {Las:0.000} tokens/s {TokensPerSecond:0}")
        + (ModelLoad is { } load ? string.Create(CultureInfo.InvariantCulture, $" model load {load.TotalSeconds:0.00} s") : "")
        + (PeakMemory is { } memory ? string.Create(CultureInfo.InvariantCulture, $" peak memory {memory / 1e6:0} MB") : "");
}

/// <summary>Scores a model against a treebank with its gold tokenization (CoNLL 2018 style: every word counts).</summary>
public static class SyntaxEvaluator
{
    /// <summary>
    /// Tags and parses every sentence on the calling thread, timing only the tagging and parsing (word
    /// features included, model loading and lemmas excluded), and compares with the gold annotation. One
    /// untimed pass over the file warms up the compiler; then each sentence is timed in every one of
    /// <paramref name="rounds"/> passes and its fastest time counts, so that the turns other programs take on a
    /// busy machine, which land on a few sentences of a pass, count little (the analysis is deterministic: every
    /// pass gives the same trees).
    /// </summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences, TextWriter? predictions = null, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var buffer = new SentenceBuffer();
        var workspace = new ParserWorkspace();
        var forms = sentences.Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        foreach (var sentence in forms)
        {
            buffer.Load(sentence);
            model.Analyze(buffer, workspace);
        }

        var fastest = new long[forms.Length];
        Array.Fill(fastest, long.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < forms.Length; s++)
            {
                var started = Stopwatch.GetTimestamp();
                buffer.Load(forms[s]);
                model.Analyze(buffer, workspace);
                fastest[s] = Math.Min(fastest[s], Stopwatch.GetTimestamp() - started);
            }
        }

        int words = 0, upos = 0, heads = 0, labelled = 0;
        long ticks = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            buffer.Load(forms[s]);
            model.Analyze(buffer, workspace);
            ticks += fastest[s];
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

        return new SyntaxScores(words, Ratio(upos, words), Ratio(heads, words), Ratio(labelled, words), (double)ticks / Stopwatch.Frequency);
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
