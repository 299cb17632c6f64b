using System.Reflection;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>The embedded data files (Gazetteers/*.tsv): tab-separated rows, '#' starts a comment line.</summary>
internal static class GazetteerFiles
{
    /// <summary>The text of one embedded data file ("countries.tsv").</summary>
    public static string Read(string fileName)
    {
        var name = "gazetteers/" + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded gazetteer '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The rows of a data file's text, split at tabs; blank and comment lines skipped.</summary>
    public static IEnumerable<string[]> Rows(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            yield return trimmed.Split('\t');
        }
    }
}
