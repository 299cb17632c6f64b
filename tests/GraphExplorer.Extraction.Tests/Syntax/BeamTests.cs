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
