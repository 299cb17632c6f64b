using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>Training on a small slice of the treebank: deterministic, and a model that parses.</summary>
public sealed class TrainingTests
{
    [Fact]
    public void The_same_slice_and_seed_give_a_byte_identical_model()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var slice = train.Take(300).ToList();
        var dev = train.Skip(300).Take(60).ToList();
        var options = new SyntaxTrainingOptions { Folds = 2, TaggerEpochs = 2, ParserEpochs = 2, Seed = 7 };
        var first = Save(SyntaxTrainer.Train(slice, dev, options, TextWriter.Null));
        var second = Save(SyntaxTrainer.Train(slice, dev, options, TextWriter.Null));
        Assert.Equal(first, second);

        var model = SyntaxModel.Load(new MemoryStream(first));
        var scores = SyntaxEvaluator.Evaluate(model, dev);
        Assert.True(scores.Uas > 0.4, $"a model trained on 300 sentences should do better than {scores}");
    }

    [Fact]
    public void A_malformed_treebank_line_names_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(new StringReader("# text = a\n1\ta\ta\tX\tX\t_\t0\troot\n"), "bad.conllu"));
        Assert.Equal("bad.conllu: line 2: expected 10 tab-separated columns, found 8.", error.Message);
    }

    [Fact]
    public void Multiword_tokens_and_empty_nodes_are_skipped()
    {
        const string text = "# sent_id = s1\n# text = I can't\n1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n\n";
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(text)));
        Assert.Equal(["I", "ca", "n't"], sentence.Words.Select(w => w.Form));
        Assert.Equal([1, -1, 1], sentence.Words.Select(w => w.Head));
        Assert.Equal("s1", sentence.Id);
    }

    private static byte[] Save(SyntaxModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
