using GraphExplorer.Extraction.Syntax.Training;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The UD English EWT files in ../shared/ud, read once per test run; null when they are not beside the repository.</summary>
internal static class Treebank
{
    private static readonly Lazy<IReadOnlyList<TreebankSentence>?> TrainSet = new(() => Read("en_ewt-ud-train.conllu"));
    private static readonly Lazy<IReadOnlyList<TreebankSentence>?> TestSet = new(() => Read("en_ewt-ud-test.conllu"));

    public static IReadOnlyList<TreebankSentence>? Train => TrainSet.Value;

    public static IReadOnlyList<TreebankSentence>? Test => TestSet.Value;

    public const string Absent = "../shared/ud/en_ewt (UD English EWT) is not beside the repository";

    private static IReadOnlyList<TreebankSentence>? Read(string name)
    {
        var path = RepoPaths.Shared is { } shared ? Path.Combine(shared, "ud", "en_ewt", name) : null;
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var reader = File.OpenText(path);
        return ConlluReader.Read(reader, path);
    }
}
