using System.CommandLine;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>parse "a sentence" [--model FILE]</c>: prints the sentence's dependency tree, one word a line, for debugging.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var sentence = new Argument<string>("SENTENCE") { Description = "The sentence to parse (quote it)" };
        var model = new Option<FileInfo>("--model") { Description = "A model file written by train-syntax (default: the embedded model)" };
        model.AcceptExistingOnly();
        var command = new Command("parse", "Print the dependency tree of a sentence (index, form, lemma, UPOS, XPOS, head, relation)") { sentence, model };
        command.SetAction(parse =>
        {
            try
            {
                var tree = SyntaxFiles.LoadModel(parse.GetValue(model)).Parse(parse.GetRequiredValue(sentence));
                Console.Out.WriteLine(Format(tree));
                return 0;
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"parse: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>Aligned columns: index, form, lemma, UPOS, XPOS, head index and form, relation.</summary>
    internal static string Format(DependencyTree tree)
    {
        var rows = tree.Words.Select(w => new[]
        {
            (w.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), w.Form, w.Lemma, w.Upos, w.Xpos,
            (w.Head + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (w.Head >= 0 ? " " + tree[w.Head].Form : ""),
            w.Relation,
        }).ToList();
        rows.Insert(0, ["#", "form", "lemma", "upos", "xpos", "head", "relation"]);
        var widths = Enumerable.Range(0, 7).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return string.Join('\n', rows.Select(r => string.Join("  ", r.Select((cell, c) => c == 6 ? cell : cell.PadRight(widths[c]))).TrimEnd()));
    }
}
