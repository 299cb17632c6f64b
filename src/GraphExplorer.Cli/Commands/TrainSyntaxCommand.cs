using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>train-syntax --train FILE --dev FILE -o FILE [--seed N] [--epochs N] [--beam K]</c>: trains the syntax model
/// (tagger and parser) on a CoNLL-U treebank, printing development scores after every epoch and the
/// training time, and writes the model file. The same files and options give a byte-identical model.
/// </summary>
internal static class TrainSyntaxCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "Training treebank (CoNLL-U), e.g. ../shared/ud/en_ewt/en_ewt-ud-train.conllu", Required = true };
        train.AcceptExistingOnly();
        var dev = new Option<FileInfo>("--dev") { Description = "Development treebank (CoNLL-U) for the per-epoch scores", Required = true };
        dev.AcceptExistingOnly();
        var output = new Option<FileInfo>("--output", "-o") { Description = "Model file to write", Required = true };
        var defaults = new SyntaxTrainingOptions();
        var seed = new Option<int>("--seed") { Description = "Random seed (sentence order, error exploration)", DefaultValueFactory = _ => defaults.Seed };
        var epochs = new Option<int>("--epochs") { Description = "Parser training epochs", DefaultValueFactory = _ => defaults.ParserEpochs };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger training epochs", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var folds = new Option<int>("--folds") { Description = "Cross-training folds for the parser's tags (1: gold tags)", DefaultValueFactory = _ => defaults.Folds };
        var beam = new Option<int>("--beam") { Description = "Parser beam width: 1 trains the greedy parser; wider trains globally (max-violation) and decodes with that beam", DefaultValueFactory = _ => defaults.BeamWidth };
        var taggingCache = new Option<FileInfo?>("--tagging-cache") { Description = "Keep the trained tagger and the cross-trained tags in this file, or read them from it when it exists (same treebank and tagger options only)" };
        var command = new Command("train-syntax", "Train the syntax model (tagger, parser, lemmas) on a UD treebank") { train, dev, output, seed, epochs, taggerEpochs, folds, beam, taggingCache };
        command.SetAction(parse =>
        {
            var trainFile = parse.GetRequiredValue(train);
            var devFile = parse.GetRequiredValue(dev);
            var outputFile = parse.GetRequiredValue(output);
            var options = defaults with { Seed = parse.GetValue(seed), ParserEpochs = parse.GetValue(epochs), TaggerEpochs = parse.GetValue(taggerEpochs), Folds = parse.GetValue(folds), BeamWidth = parse.GetValue(beam), TaggingCache = parse.GetValue(taggingCache)?.FullName };
            if (options.ParserEpochs < 1 || options.TaggerEpochs < 1 || options.Folds < 1)
            {
                Console.Error.WriteLine("train-syntax: --epochs, --tagger-epochs and --folds must be at least 1.");
                return 2;
            }

            if (options.BeamWidth is < 1 or > GraphExplorer.Extraction.Syntax.SyntaxModel.MaxBeamWidth)
            {
                Console.Error.WriteLine($"train-syntax: --beam must be 1 to {GraphExplorer.Extraction.Syntax.SyntaxModel.MaxBeamWidth}.");
                return 2;
            }

            IReadOnlyList<TreebankSentence> trainSentences, devSentences;
            try
            {
                trainSentences = SyntaxFiles.ReadTreebank(trainFile);
                devSentences = SyntaxFiles.ReadTreebank(devFile);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"train-syntax: {e.Message}");
                return 2;
            }

            Console.Out.WriteLine($"training on {trainSentences.Count:N0} sentences ({trainSentences.Sum(s => s.Words.Count):N0} words), dev {devSentences.Count:N0} sentences");
            var stopwatch = Stopwatch.StartNew();
            var description = string.Join('\n',
                $"command: graph-explorer train-syntax --train {trainFile.Name} --dev {devFile.Name} -o {outputFile.Name} --seed {options.Seed} --epochs {options.ParserEpochs} --tagger-epochs {options.TaggerEpochs} --folds {options.Folds}" + (options.BeamWidth > 1 ? $" --beam {options.BeamWidth}" : ""),
                $"train: {trainFile.Name} ({trainSentences.Count} sentences, sha256 {Sha256(trainFile)})",
                $"dev: {devFile.Name} ({devSentences.Count} sentences, sha256 {Sha256(devFile)})",
                "licence: CC BY-SA 4.0, derived from Universal Dependencies English EWT (see MODEL.md)");
            var model = SyntaxTrainer.Train(trainSentences, devSentences, options, Console.Out, description);
            stopwatch.Stop();
            outputFile.Directory?.Create();
            using (var stream = outputFile.Create())
            {
                model.Save(stream);
            }

            outputFile.Refresh();
            Console.Out.WriteLine($"dev: {SyntaxEvaluator.Evaluate(model, devSentences)}");
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training time {stopwatch.Elapsed.TotalMinutes:0.0} min; model {outputFile.FullName} ({outputFile.Length / 1e6:0.00} MB)"));
            return 0;
        });
        return command;
    }

    private static string Sha256(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
