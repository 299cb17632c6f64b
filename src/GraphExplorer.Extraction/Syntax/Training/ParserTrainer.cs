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
}
