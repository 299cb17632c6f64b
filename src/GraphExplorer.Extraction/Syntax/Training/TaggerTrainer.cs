using GraphExplorer.Extraction.Syntax.Learning;
using GraphExplorer.Extraction.Syntax.Tagging;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>Trains the part-of-speech tagger: tag dictionary, ambiguity classes, then the perceptron passes.</summary>
internal static class TaggerTrainer
{
    /// <summary>The tag pairs of a treebank, most frequent first (ties by name), so class ids are stable.</summary>
    public static TagSet TagSetOf(IReadOnlyList<TreebankSentence> sentences) =>
        new(sentences.SelectMany(s => s.Words)
            .GroupBy(w => (w.Upos, w.Xpos))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Upos, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Xpos, StringComparer.Ordinal)
            .Select(g => g.Key));

    /// <summary>Trains the first (left-to-right) pass with its tag dictionary and ambiguity classes.</summary>
    public static PosTagger TrainFirst(
        IReadOnlyList<TreebankSentence> train,
        TagSet tags,
        SyntaxTrainingOptions options,
        Func<PosTagger, string>? evaluate = null,
        TextWriter? log = null)
    {
        var dictionary = Dictionary(train, tags, options);
        var ambiguity = Ambiguity(train, tags);
        var gold = GoldOf(train, tags);
        var first = new AveragedPerceptron(tags.Count, 1 << 18);
        return Run(first, null, train, gold, dictionary, ambiguity, tags, options, new SentenceBuffer(), "tagger", evaluate, log, null);
    }

    /// <summary>
    /// Trains the second pass over <paramref name="first"/>'s dictionary and classes. It learns from
    /// <paramref name="firstPassTags"/>, the first pass's tags of each training sentence as they are on
    /// unseen text (cross-trained), so it does not learn to trust them more than it should.
    /// </summary>
    public static PosTagger TrainSecond(
        PosTagger first,
        IReadOnlyList<TreebankSentence> train,
        IReadOnlyList<int[]> firstPassTags,
        SyntaxTrainingOptions options,
        Func<PosTagger, string>? evaluate = null,
        TextWriter? log = null)
    {
        var gold = GoldOf(train, first.Tags);
        var second = new AveragedPerceptron(first.Tags.Count, 1 << 18);
        return Run(second, first.First, train, gold, first.Dictionary, first.Ambiguity, first.Tags, options, new SentenceBuffer(), "tagger pass 2", evaluate, log, firstPassTags);
    }

    private static int[][] GoldOf(IReadOnlyList<TreebankSentence> train, TagSet tags) =>
        [.. train.Select(s => s.Words.Select(w => tags.IndexOf(w.Upos, w.Xpos)).ToArray())];

    private static PosTagger Run(
        AveragedPerceptron model,
        SparseWeights? firstPass,
        IReadOnlyList<TreebankSentence> train,
        int[][] gold,
        UlongMap dictionary,
        UlongMap ambiguity,
        TagSet tags,
        SyntaxTrainingOptions options,
        SentenceBuffer buffer,
        string name,
        Func<PosTagger, string>? evaluate,
        TextWriter? log,
        IReadOnlyList<int[]>? right)
    {
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        PosTagger? tagger = null;
        for (var epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            random.Shuffle(order);
            long seen = 0, correct = 0;
            foreach (var index in order)
            {
                var sentence = train[index];
                buffer.Load(sentence.Words.Select(w => w.Form).ToArray());
                var history = buffer.Tags;
                for (var i = 0; i < buffer.Count; i++)
                {
                    var known = dictionary.Get(buffer.Raw[i], -1);
                    if (known >= 0)
                    {
                        history[i] = known;
                        continue;
                    }

                    var n = TaggerFeatures.Extract(buffer, i, history, right?[index], ambiguity, features);
                    Array.Clear(scores);
                    model.Score(features[..n], scores);
                    var predicted = ArgMax(scores);
                    var expected = gold[index][i];
                    model.Update(features[..n], expected, predicted);
                    model.Tick();
                    history[i] = predicted;
                    seen++;
                    correct += predicted == expected ? 1 : 0;
                }
            }

            var weights = model.Average();
            tagger = firstPass is null
                ? new PosTagger(tags, weights, null, dictionary, ambiguity)
                : new PosTagger(tags, firstPass, weights, dictionary, ambiguity);
            if (log is not null)
            {
                var dev = evaluate is null ? "" : " " + evaluate(tagger);
                log.WriteLine($"{name} epoch {epoch}: train {(double)correct / Math.Max(1, seen):0.0000}{dev} ({weights.Rows:N0} features, {weights.Entries:N0} weights)");
            }
        }

        return tagger!;
    }

    private static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Frequent words whose tag hardly ever varies: tagged by lookup.</summary>
    private static UlongMap Dictionary(IReadOnlyList<TreebankSentence> train, TagSet tags, SyntaxTrainingOptions options)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var word in train.SelectMany(s => s.Words))
        {
            var key = FeatureHash.Of(SentenceBuffer.Fold(word.Form));
            if (!counts.TryGetValue(key, out var byTag))
            {
                byTag = [];
                counts[key] = byTag;
            }

            var tag = tags.IndexOf(word.Upos, word.Xpos);
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }

        var pairs = new List<(ulong, int)>();
        foreach (var (key, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= options.DictionaryMinCount && count >= total * options.DictionaryMinShare)
            {
                pairs.Add((key, tag));
            }
        }

        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new UlongMap(pairs);
    }

    /// <summary>
    /// Each word seen in training → the id of the set of tags it took (each at least 5% of its uses), keyed
    /// both by the lower-cased form and, apart, by the form as written (<see cref="TaggerFeatures.AsWritten"/>):
    /// "Housing" and "housing" are tagged differently often enough for the difference to matter.
    /// </summary>
    private const int MinAmbiguityCount = 5;

    private static UlongMap Ambiguity(IReadOnlyList<TreebankSentence> train, TagSet tags)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        void Count(ulong key, int tag)
        {
            if (!counts.TryGetValue(key, out var byTag))
            {
                byTag = [];
                counts[key] = byTag;
            }

            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }

        foreach (var word in train.SelectMany(s => s.Words))
        {
            var folded = SentenceBuffer.Fold(word.Form);
            var tag = tags.IndexOf(word.Upos, word.Xpos);
            Count(FeatureHash.OfLower(folded), tag);
            Count(TaggerFeatures.AsWritten(FeatureHash.Of(folded)), tag);
        }

        var words = new List<(ulong Key, string Set)>();
        foreach (var (key, byTag) in counts)
        {
            // Rare words stay out: their class would be their training tag itself, which the perceptron
            // would learn to trust and then miss on new text.
            var total = byTag.Values.Sum();
            if (total >= MinAmbiguityCount)
            {
                words.Add((key, string.Join(",", byTag.Where(p => p.Value >= total * 0.05).Select(p => p.Key).Order())));
            }
        }

        // Ids by the set's text, so they do not depend on dictionary order.
        var ids = words.Select(w => w.Set).Distinct().Order(StringComparer.Ordinal).Select((set, i) => (set, i)).ToDictionary(p => p.set, p => p.i + 1, StringComparer.Ordinal);
        var pairs = words.Select(w => (w.Key, ids[w.Set])).OrderBy(p => p.Key).ToList();
        return new UlongMap(pairs);
    }
}
