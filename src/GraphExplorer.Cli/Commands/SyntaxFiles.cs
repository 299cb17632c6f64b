using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Cli.Commands;

/// <summary>File access for the syntax commands: treebanks and model files, with errors that name the file.</summary>
internal static class SyntaxFiles
{
    public static IReadOnlyList<TreebankSentence> ReadTreebank(FileInfo file)
    {
        using var reader = file.OpenText();
        return ConlluReader.Read(reader, file.FullName);
    }

    /// <summary>The model in <paramref name="file"/>, or the embedded one when no file is given.</summary>
    public static SyntaxModel LoadModel(FileInfo? file)
    {
        if (file is null)
        {
            return SyntaxModel.Default;
        }

        using var stream = file.OpenRead();
        try
        {
            return SyntaxModel.Load(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{file.FullName}: {e.Message}", e);
        }
    }
}
