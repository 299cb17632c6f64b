using System.IO.Compression;
using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Parsing;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The beam of the parser: what it keeps, global training, and how a model records its width.</summary>
public sealed class BeamTests
{
    [Fact]
    public void The_beam_keeps_the_best_candidates_and_the_first_offered_of_equals()
    {
        var beam = new Beam(3);
        beam.Clear();
        beam.Offer(1.0, 0, 5);
        beam.Offer(4.0, 0, 6);
        beam.Offer(2.0, 1, 7);
        beam.Offer(2.0, 2, 8);
        beam.Offer(0.5, 2, 9);
        beam.Offer(4.0, 3, 10);
        Assert.Equal(2.0, beam.Threshold);

        var system = new TransitionSystem(["nsubj", "root"], [0], [], 1);
        var start = new ParserState();
        start.Init(2);
        beam.Start(start);
        beam.Clear();
        beam.Offer(3.0, 0, TransitionSystem.Shift);
        beam.Offer(1.0, 0, system.RightAction[1]);
        beam.Offer(2.0, 0, TransitionSystem.Shift);
        beam.Advance(system);
        Assert.Equal(3, beam.Count);
        Assert.Equal([3.0, 2.0, 1.0], beam.Scores[..3]);
        Assert.Equal([TransitionSystem.Shift, TransitionSystem.Shift, system.RightAction[1]], beam.Actions[..3]);
        Assert.Equal(0, beam.Items[2].Head[1]);
        Assert.Equal(-1, beam.Items[0].Head[1]);
        Assert.Equal(2, beam.Items[0].B);
    }

    [Fact]
    public void Equal_scores_keep_the_candidate_offered_first()
    {
        var system = new TransitionSystem(["nsubj", "root"], [0], [], 1);
        var start = new ParserState();
        start.Init(1);
        var beam = new Beam(1);
        beam.Start(start);
        beam.Clear();
        beam.Offer(2.0, 0, system.RightAction[1]);
        beam.Offer(2.0, 0, TransitionSystem.Shift);
        beam.Advance(system);
        Assert.Equal(system.RightAction[1], beam.Actions[0]);
    }

    [Fact]
    public void Beam_training_is_deterministic_and_the_model_keeps_its_width()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var slice = train.Take(300).ToList();
        var dev = train.Skip(300).Take(60).ToList();
        var options = new SyntaxTrainingOptions { Folds = 2, TaggerEpochs = 2, ParserEpochs = 2, Seed = 7, BeamWidth = 3 };
        var first = Save(SyntaxTrainer.Train(slice, dev, options, TextWriter.Null));
        var second = Save(SyntaxTrainer.Train(slice, dev, options, TextWriter.Null));
        Assert.Equal(first, second);

        var model = SyntaxModel.Load(new MemoryStream(first));
        Assert.Equal(3, model.BeamWidth);
        Assert.Equal("beam 3\n", Entry(first, "decoding.txt"));
        var scores = SyntaxEvaluator.Evaluate(model, dev, rounds: 1);
        Assert.True(scores.Uas > 0.4, $"a beam model trained on 300 sentences should do better than {scores}");

        // Decoded greedily, the same weights give other trees (the model is not a greedy one with a label).
        var greedy = SyntaxEvaluator.Evaluate(model.WithBeam(1), dev, rounds: 1);
        Assert.NotEqual(scores.Uas, greedy.Uas);
    }

    [Fact]
    public void A_greedy_model_file_has_no_decoding_entry_and_loads_greedy()
    {
        var bytes = Save(SyntaxModel.Default.WithBeam(1));
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.Null(zip.GetEntry("decoding.txt"));
        }

        Assert.Equal(1, SyntaxModel.Load(new MemoryStream(bytes)).BeamWidth);
        Assert.Equal(5, SyntaxModel.Load(new MemoryStream(Save(SyntaxModel.Default.WithBeam(5)))).BeamWidth);
    }

    [Fact]
    public void A_bad_decoding_entry_fails_naming_it()
    {
        var bytes = Save(SyntaxModel.Default.WithBeam(2));
        var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("decoding.txt")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("decoding.txt").Open());
            writer.Write("beam 0\n");
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(stream));
        Assert.Contains("decoding.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void Beam_decoding_gives_every_word_one_head_and_the_sentence_one_root(int width)
    {
        var model = SyntaxModel.Default.WithBeam(width);
        string[] sentences =
        [
            "Turkish warplanes struck positions of the PKK in the Qandil mountains on Tuesday, the ministry said.",
            "The delegation, led by the foreign minister, met officials in Baghdad.",
            "Talks",
            "Did Iran and Iraq sign the border agreement that was drafted last year?",
        ];
        foreach (var sentence in sentences)
        {
            var tree = model.Parse(sentence);
            Assert.Single(tree.Words, w => w.Head < 0);
            Assert.All(tree.Words, w => Assert.InRange(w.Head, -1, tree.Words.Count - 1));
            Assert.All(tree.Words, w => Assert.NotEqual(w.Index, w.Head));
        }
    }

    [Fact]
    public void The_shared_and_own_features_make_the_whole_vector_and_the_shared_ones_read_only_S0_and_N0()
    {
        var system = new TransitionSystem(["amod", "nsubj", "obj", "punct", "root"], [0, 1, 3], [2, 3, 4], 4);
        var (words, tags) = Sentence(9);
        var bySpot = new Dictionary<(int S0, int B), (ulong[] Shared, List<ulong[]> Own)>();
        var arcsDiffer = false;
        for (var seed = 1; seed <= 12; seed++)
        {
            foreach (var state in Walk(system, 9, seed))
            {
                var whole = new ulong[ParserFeatures.Max];
                var n = ParserFeatures.Extract(state, words, tags, whole);
                var shared = ParserFeatures.ExtractShared(state, words, tags, new ulong[ParserFeatures.Max]).ToArray();
                var own = ParserFeatures.ExtractOwn(state, words, tags, new ulong[ParserFeatures.Max]).ToArray();
                Assert.Equal(ParserFeatures.SharedCount, shared.Length);
                Assert.Equal(whole[..n].Order(), shared.Concat(own).Order());

                var spot = (state.S0, state.B);
                if (bySpot.TryGetValue(spot, out var seen))
                {
                    Assert.Equal(seen.Shared, shared);
                    arcsDiffer |= !seen.Own.Any(o => o.SequenceEqual(own));
                    seen.Own.Add(own);
                }
                else
                {
                    bySpot[spot] = (shared, [own]);
                }
            }
        }

        // Some configurations reach the same S0 and N0 by other arcs: their own features differ, the shared ones do not.
        Assert.True(arcsDiffer);
    }

    [Fact]
    public void The_beam_scorer_gives_the_scores_of_all_the_features_and_reuses_the_shared_ones()
    {
        var weights = SyntaxModel.Default.Parser.Weights;
        var system = SyntaxModel.Default.Parser.System;
        var (words, tags) = Sentence(14);
        var scorer = new WeightsScorer();
        scorer.Start(weights, words, tags, 14);
        var start = new ParserState();
        start.Init(14);
        var expected = new int[system.Count];
        var actual = new int[system.Count];
        var features = new ulong[ParserFeatures.Max];
        for (var seed = 1; seed <= 6; seed++)
        {
            foreach (var state in Walk(system, 14, seed))
            {
                Array.Fill(actual, 12345);
                scorer.Score(state, -1, actual);
                Array.Clear(expected);
                weights.Score(features.AsSpan(0, ParserFeatures.Extract(state, words, tags, features)), expected);
                Assert.Equal(expected, actual);

                // The same through a step's preparation, as the second of two items.
                Array.Fill(actual, -7);
                scorer.Prepare([start, state], 2);
                scorer.Score(state, 1, actual);
                Assert.Equal(expected, actual);
            }
        }

        Assert.InRange(scorer.Misses, 1, scorer.Lookups - 1);

        // A beam of 4 over one sentence finds most of its items' shared scores kept.
        var fresh = new WeightsScorer();
        fresh.Start(weights, words, tags, 14);
        var beam = new Beam(4);
        beam.Start(start);
        while (beam.Expand(system, fresh, actual))
        {
            beam.Advance(system);
        }

        Assert.True(fresh.Misses * 2 < fresh.Lookups, $"{fresh.Misses} of {fresh.Lookups} scored afresh");
    }

    [Fact]
    public void Pruning_the_parser_keeps_fewer_weights_and_the_width_through_a_file()
    {
        var model = SyntaxModel.Default.WithBeam(3);
        var pruned = model.WithParserPruned(1024);
        Assert.InRange(pruned.ParserWeights, 1, model.ParserWeights - 1);
        Assert.Equal(model.ParserWeights, model.WithParserPruned(1).ParserWeights);
        var loaded = SyntaxModel.Load(new MemoryStream(Save(pruned)));
        Assert.Equal(pruned.ParserWeights, loaded.ParserWeights);
        Assert.Equal(3, loaded.BeamWidth);
        Assert.Contains("pruned below 1024", loaded.Description, StringComparison.Ordinal);
        Assert.True(Save(pruned).Length < Save(model).Length);
    }

    [Fact]
    public void Configurations_with_the_same_group_key_have_the_same_features_in_that_group()
    {
        var system = new TransitionSystem(["amod", "nsubj", "obj", "punct", "root"], [0, 1, 3], [2, 3, 4], 4);
        var (words, tags) = Sentence(10);
        var byKey = new Dictionary<string, ulong[]>();
        var shared = 0;
        var starts = ParserFeatures.OwnGroupStart.ToArray();
        for (var seed = 1; seed <= 40; seed++)
        {
            foreach (var state in Walk(system, 10, seed))
            {
                var own = ParserFeatures.ExtractOwn(state, words, tags, new ulong[ParserFeatures.Max]).ToArray();
                for (var g = 0; g < ParserFeatures.OwnGroups; g++)
                {
                    var features = ParserFeatures.ExtractGroup(g, state, words, tags, new ulong[ParserFeatures.Max]).ToArray();
                    Assert.Equal(own[starts[g]..starts[g + 1]], features);
                    var key = new ulong[ParserFeatures.GroupKeyLength];
                    ParserFeatures.WriteGroupKey(g, state, key);
                    var name = g + ":" + string.Join(",", key);
                    if (byKey.TryGetValue(name, out var seen))
                    {
                        Assert.Equal(seen, features);
                        shared++;
                    }
                    else
                    {
                        byKey[name] = features;
                    }
                }
            }
        }

        // Keys recur (that is what the beam scorer keeps rows for), and always with the same features.
        Assert.True(shared > 0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void A_beam_scored_through_kept_rows_takes_the_steps_of_one_scored_feature_by_feature(int width)
    {
        var weights = SyntaxModel.Default.Parser.Weights;
        var system = SyntaxModel.Default.Parser.System;
        for (var n = 3; n <= 30; n += 9)
        {
            var (words, tags) = Sentence(n);
            var start = new ParserState();
            start.Init(n);
            var kept = new WeightsScorer();
            kept.Start(weights, words, tags, n);
            var plain = new PlainScorer(weights, words, tags);
            var beam = new Beam(width);
            var reference = new Beam(width);
            beam.Start(start);
            reference.Start(start);
            var scores = new int[system.Count];
            while (beam.Expand(system, kept, scores))
            {
                Assert.True(reference.Expand(system, plain, scores));
                beam.Advance(system);
                reference.Advance(system);
                Assert.Equal(reference.Count, beam.Count);
                Assert.Equal(reference.Scores[..reference.Count], beam.Scores[..beam.Count]);
                Assert.Equal(reference.Actions[..reference.Count], beam.Actions[..beam.Count]);
                Assert.Equal(reference.Parents[..reference.Count], beam.Parents[..beam.Count]);
            }

            Assert.False(reference.Expand(system, plain, scores));
            Assert.InRange(kept.GroupMisses, 1, kept.GroupLookups - 1);
        }
    }

    [Fact]
    public void A_margin_drops_the_candidates_far_below_the_best_and_keeps_the_close_ones()
    {
        var system = new TransitionSystem(["nsubj", "root"], [0], [], 1);
        var start = new ParserState();
        start.Init(3);
        var beam = new Beam(4) { Margin = 1.0 };
        beam.Start(start);
        beam.Clear();
        beam.Offer(5.0, 0, TransitionSystem.Shift);
        beam.Offer(4.5, 0, system.RightAction[1]);
        beam.Offer(4.0, 0, TransitionSystem.Shift);
        beam.Offer(1.0, 0, TransitionSystem.Shift);
        beam.Advance(system);
        Assert.Equal(3, beam.Count);
        Assert.Equal([5.0, 4.5, 4.0], beam.Scores[..3]);

        // A lead larger than the margin leaves one item: a greedy step.
        beam.Clear();
        beam.Offer(9.0, 0, TransitionSystem.Shift);
        beam.Offer(7.5, 1, TransitionSystem.Shift);
        beam.Advance(system);
        Assert.Equal(1, beam.Count);
    }

    [Fact]
    public void A_narrow_margin_decodes_as_greedy_and_an_infinite_one_as_the_full_beam()
    {
        var dev = Treebank.Train?.Take(40).ToList();
        if (dev is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var model = SyntaxModel.Default;
        var greedy = Trees(model.WithBeam(1), dev);
        var beam = Trees(model.WithBeam(4), dev);
        Assert.NotEqual(greedy, beam);
        Assert.Equal(greedy, Trees(model.WithBeam(4).WithMargin(1e-9), dev));
        Assert.Equal(beam, Trees(model.WithBeam(4).WithMargin(double.PositiveInfinity), dev));
        var between = Trees(model.WithBeam(4).WithMargin(2), dev);
        Assert.NotEqual(greedy, between);
    }

    [Fact]
    public void The_margin_goes_through_the_model_file_and_a_bad_one_fails()
    {
        var model = SyntaxModel.Default.WithBeam(4).WithMargin(2.5);
        var bytes = Save(model);
        Assert.Equal("beam 4 margin 2.5\n", Entry(bytes, "decoding.txt"));
        var loaded = SyntaxModel.Load(new MemoryStream(bytes));
        Assert.Equal(4, loaded.BeamWidth);
        Assert.Equal(2.5, loaded.BeamMargin);
        Assert.Equal(double.PositiveInfinity, SyntaxModel.Load(new MemoryStream(Save(SyntaxModel.Default.WithBeam(3)))).BeamMargin);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxModel.Default.WithMargin(0));

        foreach (var bad in new[] { "beam 4 margin -1\n", "beam 4 margin\n", "beam 4 width 2\n" })
        {
            var stream = new MemoryStream();
            stream.Write(bytes);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("decoding.txt")!.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("decoding.txt").Open());
                writer.Write(bad);
            }

            stream.Position = 0;
            var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(stream));
            Assert.Contains("decoding.txt", error.Message, StringComparison.Ordinal);
        }
    }

    // Heads and labels of every sentence, as one string.
    private static string Trees(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences)
    {
        var buffer = new SentenceBuffer();
        var workspace = new ParserWorkspace();
        var text = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            buffer.Load(sentence.Words.Select(w => w.Form).ToArray());
            model.Analyze(buffer, workspace);
            for (var i = 0; i < buffer.Count; i++)
            {
                text.Append(buffer.Heads[i]).Append(':').Append(buffer.Labels[i]).Append(' ');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // Every feature of a configuration looked up at once: what the kept rows must add up to.
    private sealed class PlainScorer(GraphExplorer.Extraction.Syntax.Learning.SparseWeights weights, ulong[] words, int[] tags) : IActionScorer<int>
    {
        private readonly ulong[] features = new ulong[ParserFeatures.Max];

        public void Prepare(ParserState[] items, int count)
        {
        }

        public void Score(ParserState state, int item, Span<int> scores)
        {
            scores.Clear();
            weights.Score(features.AsSpan(0, ParserFeatures.Extract(state, words, tags, features)), scores);
        }
    }

    private static (ulong[] Words, int[] Tags) Sentence(int n)
    {
        var words = new ulong[n + 1];
        var tags = new int[n + 1];
        words[0] = DependencyParser.RootWord;
        tags[0] = -1;
        var random = new Random(3);
        for (var i = 1; i <= n; i++)
        {
            words[i] = (ulong)random.NextInt64(1, long.MaxValue);
            tags[i] = random.Next(0, 17);
        }

        return (words, tags);
    }

    // The configurations of a random legal action sequence over n words.
    private static IEnumerable<ParserState> Walk(TransitionSystem system, int n, int seed)
    {
        var random = new Random(seed);
        var state = new ParserState();
        state.Init(n);
        while (!state.IsTerminal)
        {
            var copy = new ParserState();
            copy.CopyFrom(state);
            yield return copy;
            var legal = Enumerable.Range(0, system.Count).Where(a => state.IsLegal(system, a)).ToArray();
            state.Apply(system, legal[random.Next(legal.Length)]);
        }
    }

    private static byte[] Save(SyntaxModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static string Entry(byte[] model, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
