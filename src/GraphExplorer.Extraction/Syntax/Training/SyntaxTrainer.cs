using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Extraction.Syntax.Lemmatization;
using GraphExplorer.Extraction.Syntax.Parsing;
using GraphExplorer.Extraction.Syntax.Tagging;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>
/// Trains a whole syntax model from a treebank: lemma tables, the tagger, tags for the parser's training
/// sentences by cross-training (each fold tagged by a tagger that never saw it, so the parser learns on
/// tags as wrong as they will be on new text), then the parser. Single-threaded and deterministic: the
/// same treebank, options and seed give a byte-identical model file.
/// </summary>
public static class SyntaxTrainer
{
    /// <summary>
    /// Trains on <paramref name="train"/>, reporting progress and development scores on <paramref name="dev"/>
    /// to <paramref name="log"/> after every epoch; <paramref name="description"/> is recorded in the model.
    /// </summary>
    public static SyntaxModel Train(
        IReadOnlyList<TreebankSentence> train,
        IReadOnlyList<TreebankSentence> dev,
        SyntaxTrainingOptions options,
        TextWriter log,
        string description = "")
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (train.Count == 0)
        {
            throw new ArgumentException("The training treebank has no sentences.", nameof(train));
        }

        var clock = Stopwatch.StartNew();
        var lemmatizer = Lemmatizer.Learn(train.SelectMany(s => s.Words).Select(w => (w.Form, w.Lemma, w.Upos, w.Xpos)));
        log.WriteLine($"lemmas: {lemmatizer.RuleCount:N0} suffix rules, {lemmatizer.ExceptionCount:N0} exceptions; dev lemma accuracy {LemmaAccuracy(lemmatizer, dev):0.0000}");

        var buffer = new SentenceBuffer();
        var (tagger, predicted) = options.TaggingCache is { } cache && File.Exists(cache)
            ? ReadTagging(cache, train, log)
            : TrainTagging(train, dev, options, buffer, clock, log);
        if (options.TaggingCache is { } path && !File.Exists(path))
        {
            WriteTagging(path, tagger, predicted);
        }

        var devTags = dev.Select(s => TagWith(tagger, s, buffer)).ToArray();
        log.WriteLine($"tagger trained ({clock.Elapsed.TotalSeconds:0}s)");

        var system = ParserTrainer.SystemOf(train);
        var examples = train.Select((s, i) => ParserTrainer.ExampleOf(system, s, predicted[i])).ToArray();
        var parser = ParserTrainer.Train(system, examples, options, p => ParseScores(p, dev, devTags), log);
        log.WriteLine($"parser trained ({clock.Elapsed.TotalSeconds:0}s)");

        // Prune the smallest weights as long as development accuracy holds (within the tolerance).
        tagger = Prune(tagger, t => TagAccuracy(t, dev, buffer), (t, m) => new PosTagger(t.Tags, t.First.Pruned(m), t.Second?.Pruned(m), t.Dictionary, t.Ambiguity), t => t.First.Entries + (t.Second?.Entries ?? 0), "tagger", options, log);
        devTags = dev.Select(s => TagWith(tagger, s, buffer)).ToArray();
        parser = Prune(parser, p => Las(p, dev, devTags), (p, m) => p.WithWeights(p.Weights.Pruned(m)), p => p.Weights.Entries, "parser", options, log);
        return new SyntaxModel(tagger, parser, lemmatizer, description);
    }

    private static (PosTagger Tagger, int[][] Predicted) TrainTagging(
        IReadOnlyList<TreebankSentence> train,
        IReadOnlyList<TreebankSentence> dev,
        SyntaxTrainingOptions options,
        SentenceBuffer buffer,
        Stopwatch clock,
        TextWriter log)
    {
        var tags = TaggerTrainer.TagSetOf(train);
        string DevTagging(PosTagger t) => "dev UPOS " + TagAccuracy(t, dev, buffer).ToString("0.0000", CultureInfo.InvariantCulture);

        // Cross-training: each fold (a contiguous block, so a document's names stay in one fold) is tagged
        // by a first pass that never saw it. Those tags teach the second pass, and the parser learns on
        // them: a little noisier than the final two-pass tagger's, which errs on the side of robustness.
        var folds = Math.Max(1, options.Folds);
        var predicted = new int[train.Count][];
        int FoldOf(int i) => (int)((long)i * folds / train.Count);
        if (folds > 1)
        {
            for (var fold = 0; fold < folds; fold++)
            {
                var rest = Enumerable.Range(0, train.Count).Where(j => FoldOf(j) != fold).Select(j => train[j]).ToArray();
                var foldTagger = TaggerTrainer.TrainFirst(rest, tags, options);
                foreach (var i in Enumerable.Range(0, train.Count).Where(j => FoldOf(j) == fold))
                {
                    predicted[i] = TagWith(foldTagger, train[i], buffer);
                }

                log.WriteLine($"cross-training fold {fold + 1}/{folds} ({clock.Elapsed.TotalSeconds:0}s)");
            }

            log.WriteLine($"cross-trained first-pass tags: UPOS {Accuracy(tags, train, predicted):0.0000} on the training sentences");
        }
        else
        {
            for (var i = 0; i < train.Count; i++)
            {
                predicted[i] = [.. train[i].Words.Select(w => Math.Max(0, tags.IndexOf(w.Upos, w.Xpos)))];
            }
        }

        var tagger = TaggerTrainer.TrainFirst(train, tags, options, DevTagging, log);
        if (options.TwoPassTagger)
        {
            var right = folds > 1 ? predicted : train.Select(s => TagWith(tagger, s, buffer)).ToArray();
            tagger = TaggerTrainer.TrainSecond(tagger, train, right, options, DevTagging, log);
        }

        return (tagger, predicted);
    }

    // The tagging cache: the tagger as the model file keeps it, then the cross-trained tags of each training sentence.
    private static void WriteTagging(string path, PosTagger tagger, int[][] predicted)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        tagger.Write(writer);
        writer.Write(predicted.Length);
        foreach (var sentence in predicted)
        {
            writer.Write(sentence.Length);
            foreach (var tag in sentence)
            {
                writer.Write(tag);
            }
        }
    }

    private static (PosTagger Tagger, int[][] Predicted) ReadTagging(string path, IReadOnlyList<TreebankSentence> train, TextWriter log)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var reader = new BinaryReader(stream);
        var tagger = PosTagger.Read(reader);
        var predicted = new int[reader.ReadInt32()][];
        if (predicted.Length != train.Count)
        {
            throw new InvalidDataException($"The tagging cache {path} holds {predicted.Length} sentences, the training treebank {train.Count}.");
        }

        for (var s = 0; s < predicted.Length; s++)
        {
            predicted[s] = new int[reader.ReadInt32()];
            if (predicted[s].Length != train[s].Words.Count)
            {
                throw new InvalidDataException($"The tagging cache {path} does not match training sentence {s + 1}.");
            }

            for (var i = 0; i < predicted[s].Length; i++)
            {
                predicted[s][i] = reader.ReadInt32();
            }
        }

        log.WriteLine($"tagger and cross-trained tags read from {path}");
        return (tagger, predicted);
    }

    private static int[] TagWith(PosTagger tagger, TreebankSentence sentence, SentenceBuffer buffer)
    {
        buffer.Load(sentence.Words.Select(w => w.Form).ToArray());
        tagger.Tag(buffer);
        return buffer.Tags.AsSpan(0, buffer.Count).ToArray();
    }

    private static T Prune<T>(T model, Func<T, double> score, Func<T, int, T> prune, Func<T, int> size, string name, SyntaxTrainingOptions options, TextWriter log)
    {
        var baseline = score(model);
        var best = model;
        for (var minimum = 1; minimum <= 1 << 14; minimum *= 2)
        {
            var pruned = prune(model, minimum);
            var accuracy = score(pruned);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} pruned below {minimum}: {size(pruned):N0} weights, dev {accuracy:0.0000} (unpruned {baseline:0.0000})"));
            if (accuracy < baseline - options.PruneTolerance)
            {
                break;
            }

            best = pruned;
        }

        return best;
    }

    private static double Las(DependencyParser parser, IReadOnlyList<TreebankSentence> dev, int[][] devTags)
    {
        var buffer = new SentenceBuffer();
        var workspace = new ParserWorkspace();
        long labelled = 0, total = 0;
        for (var s = 0; s < dev.Count; s++)
        {
            buffer.Load(dev[s].Words.Select(w => w.Form).ToArray());
            devTags[s].CopyTo(buffer.Tags, 0);
            parser.Parse(buffer, workspace);
            for (var i = 0; i < buffer.Count; i++)
            {
                total++;
                labelled += buffer.Heads[i] == dev[s].Words[i].Head && parser.System.Labels[buffer.Labels[i]] == dev[s].Words[i].Relation ? 1 : 0;
            }
        }

        return (double)labelled / total;
    }

    private static double Accuracy(TagSet tags, IReadOnlyList<TreebankSentence> sentences, int[][] predicted)
    {
        long right = 0, total = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < predicted[s].Length; i++)
            {
                right += tags.Upos[predicted[s][i]] == sentences[s].Words[i].Upos ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? 0 : (double)right / total;
    }

    private static double TagAccuracy(PosTagger tagger, IReadOnlyList<TreebankSentence> sentences, SentenceBuffer buffer)
    {
        long right = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var tags = TagWith(tagger, sentence, buffer);
            for (var i = 0; i < tags.Length; i++)
            {
                right += tagger.Tags.Upos[tags[i]] == sentence.Words[i].Upos ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? 0 : (double)right / total;
    }

    private static string ParseScores(DependencyParser parser, IReadOnlyList<TreebankSentence> dev, int[][] devTags)
    {
        var buffer = new SentenceBuffer();
        var workspace = new ParserWorkspace();
        long heads = 0, labelled = 0, total = 0;
        for (var s = 0; s < dev.Count; s++)
        {
            buffer.Load(dev[s].Words.Select(w => w.Form).ToArray());
            devTags[s].CopyTo(buffer.Tags, 0);
            parser.Parse(buffer, workspace);
            for (var i = 0; i < buffer.Count; i++)
            {
                total++;
                if (buffer.Heads[i] == dev[s].Words[i].Head)
                {
                    heads++;
                    labelled += parser.System.Labels[buffer.Labels[i]] == dev[s].Words[i].Relation ? 1 : 0;
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"dev UAS {(double)heads / total:0.0000} LAS {(double)labelled / total:0.0000}");
    }

    private static double LemmaAccuracy(Lemmatizer lemmatizer, IReadOnlyList<TreebankSentence> sentences)
    {
        long right = 0, total = 0;
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            total++;
            right += lemmatizer.Lemma(word.Form, word.Upos, word.Xpos) == word.Lemma ? 1 : 0;
        }

        return total == 0 ? 0 : (double)right / total;
    }
}
