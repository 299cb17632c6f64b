using System.CommandLine;
using System.Diagnostics;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>eval-syntax FILE.conllu [--model FILE] [--beam K] [--margin M]</c>: scores the syntax model on a treebank with its gold
/// tokenization and prints one line, <c>UPOS 0.xxx UAS 0.xxx LAS 0.xxx tokens/s N</c> (every word counts,
/// punctuation included; LAS compares full relations with subtypes; speed is tagging plus parsing on one thread,
/// each sentence's fastest of <c>--rounds</c> passes), then how long loading the model took and the process's peak memory.
/// </summary>
internal static class EvalSyntaxCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A CoNLL-U treebank, e.g. ../shared/ud/en_ewt/en_ewt-ud-test.conllu" };
        file.AcceptExistingOnly();
        var model = new Option<FileInfo>("--model") { Description = "A model file written by train-syntax (default: the embedded model)" };
        model.AcceptExistingOnly();
        var output = new Option<FileInfo>("--output", "-o") { Description = "Also write the predicted trees as CoNLL-U to this file" };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the file; each sentence's fastest counts (a busy machine slows some sentences of a pass)", DefaultValueFactory = _ => 3 };
        var beam = new Option<int?>("--beam") { Description = "Decode with this beam width instead of the model's own (1: greedy)" };
        var margin = new Option<double?>("--margin") { Description = "Narrow the beam: drop candidates more than this (in summed weights) below a step's best, so that it branches only at close calls" };
        var command = new Command("eval-syntax", "Score the syntax model on a UD treebank: UPOS, UAS, LAS, tokens/s, model load time and peak memory") { file, model, output, rounds, beam, margin };
        command.SetAction(parse =>
        {
            try
            {
                var sentences = SyntaxFiles.ReadTreebank(parse.GetRequiredValue(file));
                var loading = Stopwatch.StartNew();
                var loaded = SyntaxFiles.LoadModel(parse.GetValue(model));
                var load = loading.Elapsed;
                if (parse.GetValue(beam) is { } width)
                {
                    if (width is < 1 or > GraphExplorer.Extraction.Syntax.SyntaxModel.MaxBeamWidth)
                    {
                        Console.Error.WriteLine($"eval-syntax: --beam must be 1 to {GraphExplorer.Extraction.Syntax.SyntaxModel.MaxBeamWidth}.");
                        return 2;
                    }

                    loaded = loaded.WithBeam(width);
                }

                if (parse.GetValue(margin) is { } narrow)
                {
                    if (!(narrow > 0))
                    {
                        Console.Error.WriteLine("eval-syntax: --margin must be positive.");
                        return 2;
                    }

                    loaded = loaded.WithMargin(narrow);
                }

                using var predictions = parse.GetValue(output) is { } path ? path.CreateText() : null;
                var scores = SyntaxEvaluator.Evaluate(loaded, sentences, predictions, Math.Max(1, parse.GetValue(rounds)));
                using var process = Process.GetCurrentProcess();
                Console.Out.WriteLine((scores with { ModelLoad = load, PeakMemory = process.PeakWorkingSet64 }).ToString());
                return 0;
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"eval-syntax: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
