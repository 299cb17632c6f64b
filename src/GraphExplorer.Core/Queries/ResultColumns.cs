using System.Text;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// How a person sees a query result's columns, shared by the terminal table and the reports: a header in
/// words, articles by title (the columns that hold article ids), evidence given the room, and the columns that
/// exist for machines (edge keys, offsets) left to JSON.
/// </summary>
public static class ResultColumns
{
    /// <summary>Whether the column holds article ids (one or a list): shown by title.</summary>
    public static bool HoldsArticleIds(string column) => column is "article" or "articles";

    /// <summary>Whether the column holds evidence sentences (one or a list).</summary>
    public static bool HoldsEvidence(string column) => column is "sentence" or "sentences";

    /// <summary>
    /// Whether the column is for machines only: edge keys and offsets, which the names, type and sentence in
    /// the same row already say; and the evidence query's article title, which its article column shows.
    /// </summary>
    public static bool IsForMachines(string column, IReadOnlyList<string> columns) => column switch
    {
        "edge" or "keys" or "startOffset" => true,
        "title" => columns.Contains("article"),
        _ => false,
    };

    /// <summary>A column name as a header: "metWith" → "Met with", "degreeRank" → "Degree rank", "sentences" → "Evidence".</summary>
    public static string Header(string column)
    {
        if (HoldsEvidence(column))
        {
            return "Evidence";
        }

        var words = new StringBuilder();
        foreach (var c in column)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c == '_' ? ' ' : c);
            }
        }

        return words.Length == 0 ? column : char.ToUpperInvariant(words[0]) + words.ToString()[1..];
    }
}
