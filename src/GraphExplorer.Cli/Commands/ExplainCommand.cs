using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>explain FILE</c> or <c>explain --text "..."</c>: extracts one article and prints, sentence by sentence, its
/// mentions, the tree the relation rules read (mentions folded into single words) and the facts found. For
/// debugging rules; nothing is stored.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "An article file (.txt or .html)", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { Description = "Article text given inline instead of a file (one paragraph of body text)" };
        var command = new Command("explain", "Show how an article is read: mentions, the relation rules' tree and the facts of every sentence") { file, text };
        command.SetAction(explain =>
        {
            var path = explain.GetValue(file);
            var inline = explain.GetValue(text);
            if ((path is null) == (inline is null))
            {
                Console.Error.WriteLine("explain: give either FILE or --text.");
                return 2;
            }

            if (path is { Exists: false })
            {
                Console.Error.WriteLine($"explain: file '{path.FullName}' does not exist.");
                return 2;
            }

            var content = inline is not null ? $"Explain\n2025-03-01\n{inline}\n" : File.ReadAllText(path!.FullName);
            var id = path is null ? "explain" : Path.GetFileNameWithoutExtension(path.Name);
            var mediaType = path?.Extension is ".html" or ".htm" ? SourceDocument.Html : SourceDocument.PlainText;
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            try
            {
                var explanation = new ArticlePipeline().Explain(new SourceDocument(id, content, mediaType, hash));
                foreach (var sentence in explanation.Sentences)
                {
                    Console.Out.WriteLine("» " + sentence.Text.ReplaceLineEndings(" "));
                    foreach (var mention in sentence.Mentions)
                    {
                        Console.Out.WriteLine("  mention " + mention);
                    }

                    if (sentence.Tree is { } tree)
                    {
                        Console.Out.WriteLine(string.Join('\n', ParseCommand.Format(tree).Split('\n').Select(line => "    " + line)));
                    }

                    foreach (var trigger in sentence.Triggers)
                    {
                        Console.Out.WriteLine("  trigger " + trigger);
                    }

                    foreach (var fact in sentence.Facts)
                    {
                        Console.Out.WriteLine("  fact " + fact);
                    }

                    Console.Out.WriteLine();
                }

                return 0;
            }
            catch (ArticleRejectedException e)
            {
                Console.Error.WriteLine($"explain: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
