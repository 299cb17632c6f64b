using GraphExplorer.Core.Text;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The words names are searched by: <see cref="NameKey.Normalize"/>, then brackets, quotes and sentence
/// punctuation as spaces. cypher/search.cypher applies the same rule.
/// </summary>
internal static class SearchText
{
    private static readonly char[] Separators = ['(', ')', '[', ']', '"', '“', '”', ':', ';', '!', '?'];

    public static string Key(string name)
    {
        var key = NameKey.Normalize(name);
        foreach (var separator in Separators)
        {
            key = key.Replace(separator, ' ');
        }

        return string.Join(' ', Words(key));
    }

    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
