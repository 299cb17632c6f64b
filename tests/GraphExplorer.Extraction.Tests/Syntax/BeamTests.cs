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
