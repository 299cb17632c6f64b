using System.CommandLine;
using System.Globalization;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>prune-syntax --model IN -o OUT (--below M | --budget-mb X)</c>: writes the model without the parser's weights
/// smaller than M (in the table's 16-bit units), or with the smallest threshold among 1, 2, 4, … 16,384 that brings the
/// file within X MB; prints one line per threshold tried. Measure what the pruning cost with <c>eval-syntax --model OUT</c>.
/// </summary>
internal static class PruneSyntaxCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model") { Description = "A model file written by train-syntax (default: the embedded model)" };
        model.AcceptExistingOnly();
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the pruned model", Required = true };
        var below = new Option<int?>("--below") { Description = "Drop the parser's weights smaller than this (16-bit units, 1 to 16384)" };
        var budget = new Option<double?>("--budget-mb") { Description = "Drop the smallest weights until the file is at most this many MB (10^6 bytes)" };
        var command = new Command("prune-syntax", "Shrink a syntax model: drop the parser's smallest weights, by threshold or to a file size") { model, output, below, budget };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(below);
            var limit = parse.GetValue(budget);
            if ((threshold is null) == (limit is null) || threshold is < 1 or > 1 << 14 || limit is <= 0)
            {
                Console.Error.WriteLine("prune-syntax: give either --below (1 to 16384) or --budget-mb (positive).");
                return 2;
            }

            try
            {
                var loaded = SyntaxFiles.LoadModel(parse.GetValue(model));
                var bytes = (long)Math.Round((limit ?? 0) * 1e6);
                for (var minimum = threshold ?? 1; minimum <= 1 << 14; minimum *= 2)
                {
                    var pruned = loaded.WithParserPruned(minimum);
                    using var memory = new MemoryStream();
                    pruned.Save(memory);
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parser pruned below {minimum}: {pruned.ParserWeights:N0} weights (of {loaded.ParserWeights:N0}), file {memory.Length / 1e6:0.00} MB"));
                    if (threshold is not null || memory.Length <= bytes)
                    {
                        var path = parse.GetRequiredValue(output);
                        File.WriteAllBytes(path.FullName, memory.ToArray());
                        Console.Out.WriteLine($"written to {path.FullName}");
                        return 0;
                    }
                }

                Console.Error.WriteLine("prune-syntax: no threshold up to 16384 brings the file within the budget.");
                return 1;
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"prune-syntax: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
