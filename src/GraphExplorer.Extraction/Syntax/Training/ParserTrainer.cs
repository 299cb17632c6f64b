using GraphExplorer.Extraction.Syntax.Learning;
using GraphExplorer.Extraction.Syntax.Parsing;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>
/// Trains the arc-eager parser online with the dynamic oracle and error exploration (Goldberg and Nivre
/// 2012): at each configuration the model's best legal action is compared with the best zero-cost one;
/// a costly prediction updates the perceptron, and from <see cref="SyntaxTrainingOptions.ExplorationStart"/>
/// on training follows the wrong action with <see cref="SyntaxTrainingOptions.ExplorationProbability"/>,
/// so the model learns to recover from its own mistakes. Gold trees are projectivized by lifting.
/// </summary>
internal static class ParserTrainer
{
    /// <summary>A training sentence by position (0 = root): word hashes, predicted tags, gold heads and labels.</summary>
    internal sealed record Example(ulong[] Words, int[] Tags, int[] Heads, int[] Labels);

    public static TransitionSystem SystemOf(IReadOnlyList<TreebankSentence> train)
    {
        var labels = train.SelectMany(s => s.Words).Select(w => w.Relation).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var left = new SortedSet<int>();
        var right = new SortedSet<int>();
        foreach (var sentence in train)
        {
            var heads = Projectivizer.Lift(sentence.Words.Select(w => w.Head).ToArray());
            for (var d = 0; d < heads.Length; d++)
            {
                if (heads[d] < 0)
                {
                    continue;
                }

                (d < heads[d] ? left : right).Add(index[sentence.Words[d].Relation]);
            }
        }

        var root = Array.IndexOf(labels, "root");
        if (root < 0)
        {
            throw new InvalidDataException("The training treebank has no 'root' relation.");
        }

        return new TransitionSystem(labels, left, right, root);
    }

    /// <summary>The example of one sentence with the given tags (gold tree projectivized).</summary>
    public static Example ExampleOf(TransitionSystem system, TreebankSentence sentence, int[] tags)
    {
        var n = sentence.Words.Count;
        var buffer = new SentenceBuffer();
        buffer.Load(sentence.Words.Select(w => w.Form).ToArray());
        var words = new ulong[n + 1];
        var tagArray = new int[n + 1];
        var heads = new int[n + 1];
        var labels = new int[n + 1];
        words[0] = DependencyParser.RootWord;
        tagArray[0] = -1;
        heads[0] = -1;
        labels[0] = -1;
        var lifted = Projectivizer.Lift(sentence.Words.Select(w => w.Head).ToArray());
        for (var i = 0; i < n; i++)
        {
            words[i + 1] = buffer.Lower[i];
            tagArray[i + 1] = tags[i];
            heads[i + 1] = lifted[i] + 1;
            labels[i + 1] = Array.IndexOf(system.Labels, sentence.Words[i].Relation);
        }

        return new Example(words, tagArray, heads, labels);
    }

    public static DependencyParser Train(
        TransitionSystem system,
        IReadOnlyList<Example> examples,
        SyntaxTrainingOptions options,
        Func<DependencyParser, string>? evaluate,
        TextWriter? log)
    {
        if (options.BeamWidth > 1)
        {
            return TrainBeam(system, examples, options, evaluate, log);
        }

        var model = new AveragedPerceptron(system.Count, 1 << 20);
        var oracle = new ArcEagerOracle(system);
        var state = new ParserState();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        var scores = new float[system.Count];
        var costs = new int[system.Count];
        DependencyParser? parser = null;
        for (var epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            random.Shuffle(order);
            long steps = 0, errors = 0;
            var explore = epoch >= options.ExplorationStart;
            foreach (var index in order)
            {
                var example = examples[index];
                state.Init(example.Words.Length - 1);
                oracle.SetGold(example.Heads, example.Labels);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    Array.Clear(scores);
                    model.Score(features[..n], scores);
                    var least = oracle.Costs(state, costs);
                    var predicted = -1;
                    var gold = -1;
                    for (var a = 0; a < system.Count; a++)
                    {
                        if (costs[a] == int.MaxValue)
                        {
                            continue;
                        }

                        if (predicted < 0 || scores[a] > scores[predicted])
                        {
                            predicted = a;
                        }

                        if (costs[a] == least && (gold < 0 || scores[a] > scores[gold]))
                        {
                            gold = a;
                        }
                    }

                    steps++;
                    var next = predicted;
                    if (costs[predicted] > least)
                    {
                        errors++;
                        model.Update(features[..n], gold, predicted);
                        if (!explore || random.NextDouble() >= options.ExplorationProbability)
                        {
                            next = gold;
                        }
                    }

                    model.Tick();
                    state.Apply(system, next);
                }
            }

            parser = new DependencyParser(system, model.Average(options.PruneBelow));
            if (log is not null)
            {
                var dev = evaluate is null ? "" : " " + evaluate(parser);
                log.WriteLine($"parser epoch {epoch}: {(double)errors / Math.Max(1, steps):0.0000} of steps wrong{dev} ({parser.Weights.Rows:N0} features, {parser.Weights.Entries:N0} weights, {started.Elapsed.TotalSeconds:0}s)");
            }
        }

        return parser!;
    }

    /// <summary>
    /// Global training (Zhang and Clark 2008; Zhang and Nivre 2011): each sentence is decoded with a beam under the
    /// current weights beside its gold action sequence (the static oracle's, on the projectivized tree), and where the
    /// beam's best prefix outscores the gold prefix of the same length by the most (max-violation, Huang et al. 2012),
    /// the gold prefix's features are rewarded and the best prefix's penalized, action by action. Averaged per sentence.
    /// </summary>
    private static DependencyParser TrainBeam(
        TransitionSystem system,
        IReadOnlyList<Example> examples,
        SyntaxTrainingOptions options,
        Func<DependencyParser, string>? evaluate,
        TextWriter? log)
    {
        var width = options.BeamWidth;
        var model = new AveragedPerceptron(system.Count, 1 << 20);
        var golds = examples.Select(e => GoldActions(system, e)).ToArray();
        var beam = new Beam(width);
        var scorer = new PerceptronScorer(model);
        var start = new ParserState();
        var gold = new ParserState();
        var replay = new ParserState();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        var scores = new float[system.Count];
        var parents = new List<int[]>();
        var actions = new List<int[]>();
        var predicted = new List<int>();
        DependencyParser? parser = null;
        for (var epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            random.Shuffle(order);
            long updates = 0, fellOut = 0;
            foreach (var index in order)
            {
                var example = examples[index];
                var goldActions = golds[index];
                var n = example.Words.Length - 1;
                scorer.Start(example.Words, example.Tags);
                start.Init(n);
                gold.Init(n);
                beam.Start(start);
                var goldInBeam = new bool[width];
                var nextGoldInBeam = new bool[width];
                goldInBeam[0] = true;
                double goldScore = 0;
                var worst = double.NegativeInfinity;
                var worstStep = 0;
                var lost = false;
                var step = 0;
                while (true)
                {
                    var live = beam.Expand(system, scorer, scores);
                    var goldAction = step < goldActions.Length ? goldActions[step] : -1;
                    if (goldAction >= 0)
                    {
                        scorer.Score(gold, -1, scores);
                        goldScore += scores[goldAction];
                        gold.Apply(system, goldAction);
                    }

                    if (!live && goldAction < 0)
                    {
                        break;
                    }

                    beam.Advance(system);
                    step++;
                    parents.Add(beam.Parents[..beam.Count]);
                    actions.Add(beam.Actions[..beam.Count]);
                    var goldKept = false;
                    for (var c = 0; c < beam.Count; c++)
                    {
                        nextGoldInBeam[c] = goldInBeam[beam.Parents[c]] && beam.Actions[c] == goldAction;
                        goldKept |= nextGoldInBeam[c];
                    }

                    (goldInBeam, nextGoldInBeam) = (nextGoldInBeam, goldInBeam);
                    if (!goldInBeam[0] && beam.Scores[0] - goldScore >= worst)
                    {
                        worst = beam.Scores[0] - goldScore;
                        worstStep = step;
                    }

                    if (!goldKept && !lost)
                    {
                        lost = true;
                        fellOut++;
                    }
                }

                if (worstStep > 0)
                {
                    updates++;

                    // The best item at the worst step, traced back to its actions.
                    predicted.Clear();
                    for (int t = worstStep - 1, item = 0; t >= 0; t--)
                    {
                        predicted.Add(actions[t][item]);
                        item = parents[t][item];
                    }

                    predicted.Reverse();
                    replay.Init(n);
                    var t0 = 0;
                    while (t0 < worstStep && predicted[t0] == (t0 < goldActions.Length ? goldActions[t0] : -1))
                    {
                        if (predicted[t0] >= 0)
                        {
                            replay.Apply(system, predicted[t0]);
                        }

                        t0++;
                    }

                    gold.CopyFrom(replay);
                    for (var t = t0; t < worstStep; t++)
                    {
                        if (predicted[t] >= 0)
                        {
                            var f = ParserFeatures.Extract(replay, example.Words, example.Tags, features);
                            model.Adjust(features[..f], predicted[t], -1f);
                            replay.Apply(system, predicted[t]);
                        }

                        if (t < goldActions.Length)
                        {
                            var f = ParserFeatures.Extract(gold, example.Words, example.Tags, features);
                            model.Adjust(features[..f], goldActions[t], 1f);
                            gold.Apply(system, goldActions[t]);
                        }
                    }
                }

                parents.Clear();
                actions.Clear();
                model.Tick();
            }

            parser = new DependencyParser(system, model.Average(options.PruneBelow), width);
            if (log is not null)
            {
                var dev = evaluate is null ? "" : " " + evaluate(parser);
                log.WriteLine($"parser epoch {epoch} (beam {width}): {(double)updates / Math.Max(1, examples.Count):0.0000} of sentences updated, gold lost from the beam in {(double)fellOut / Math.Max(1, examples.Count):0.0000}{dev} ({parser.Weights.Rows:N0} features, {parser.Weights.Entries:N0} weights, {started.Elapsed.TotalSeconds:0}s)");
            }
        }

        return parser!;
    }

    /// <summary>The static oracle's action sequence for an example's (projectivized) gold tree.</summary>
    internal static int[] GoldActions(TransitionSystem system, Example example)
    {
        var oracle = new ArcEagerOracle(system);
        oracle.SetGold(example.Heads, example.Labels);
        var state = new ParserState();
        state.Init(example.Words.Length - 1);
        var result = new List<int>();
        while (!state.IsTerminal)
        {
            var action = oracle.Static(state);
            result.Add(action);
            state.Apply(system, action);
        }

        return [.. result];
    }
}

/// <summary>Scores with the weights being trained (their current values, not averaged), every feature looked up each time.</summary>
internal sealed class PerceptronScorer(AveragedPerceptron model) : IActionScorer<float>
{
    private readonly ulong[] features = new ulong[ParserFeatures.Max];
    private ulong[] words = [];
    private int[] tags = [];

    /// <summary>Binds the scorer to the words and tags of one sentence, by position (0 = root).</summary>
    public void Start(ulong[] sentenceWords, int[] sentenceTags)
    {
        words = sentenceWords;
        tags = sentenceTags;
    }

    /// <summary>Nothing to prepare: the training tables are scored item by item.</summary>
    public void Prepare(ParserState[] items, int count)
    {
    }

    public void Score(ParserState state, int item, Span<float> scores)
    {
        var n = ParserFeatures.Extract(state, words, tags, features);
        scores.Clear();
        model.Score(features.AsSpan(0, n), scores);
    }
}
