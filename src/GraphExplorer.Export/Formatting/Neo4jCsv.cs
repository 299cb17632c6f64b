using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// The CSV dialect of <c>neo4j-admin database import</c> as this project writes and reads it: comma
/// separated, every string quoted with inner quotes doubled (no backslash escapes), an absent value an
/// empty unquoted field, newlines kept inside quoted fields (import with <c>--multiline-fields=true</c>),
/// arrays and multiple labels joined by <see cref="ArrayDelimiter"/> (import with
/// <c>--array-delimiter=U+001F</c>), because names and sentences contain the default <c>;</c>.
/// </summary>
internal static class Neo4jCsv
{
    /// <summary>U+001F, the ASCII unit separator: no name or sentence contains it.</summary>
    public const char ArrayDelimiter = '\u001F';

    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string ArticlesFile = "articles.csv";
    public const string ReadmeFile = "README.txt";

    public static readonly string[] NodeHeader = ["id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "aliasText"];

    public static readonly string[] ArticleHeader = ["id:ID(Article)", ":LABEL", "title", "published:date", "publisher", "author", "source"];

    public static readonly string[] RelationshipHeader =
    [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key", "date:date", "placeId", "title", "allegation", "confidence:double",
        "evidenceArticles:string[]", "evidenceSentences:string[]", "evidenceStarts:int[]", "evidenceEnds:int[]", "dateKind",
    ];

    /// <summary>A string field: null stays empty and unquoted (absent), anything else is quoted.</summary>
    public static string Text(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>An array field: empty list absent, otherwise the elements joined by the delimiter and quoted.</summary>
    public static string Array(IReadOnlyList<string> values, string what) =>
        values.Count == 0 ? "" : Text(string.Join(ArrayDelimiter, values.Select(v => CheckElement(v, what))));

    /// <summary>An unquoted field (numbers, dates), empty when absent.</summary>
    public static string Bare(string? value) => value ?? "";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields) + "\n";

    private static string CheckElement(string value, string what) =>
        value.Contains(ArrayDelimiter, StringComparison.Ordinal)
            ? throw new ExportException($"{what} contains U+001F, the CSV array delimiter; it cannot be written as an array element.")
            : value;

    /// <summary>One parsed field: its text and whether it was quoted (quoted empty is "", unquoted empty is absent).</summary>
    public readonly record struct Field(string Text, bool Quoted)
    {
        public string? Value => Quoted || Text.Length > 0 ? Text : null;

        public IReadOnlyList<string> Elements => Value is null ? [] : Text.Split(ArrayDelimiter);
    }

    /// <summary>Parses a whole CSV document in this dialect into records of fields.</summary>
    public static IReadOnlyList<IReadOnlyList<Field>> Parse(string text, string file)
    {
        var records = new List<IReadOnlyList<Field>>();
        var fields = new List<Field>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"{file}: a quoted field is not closed (record {records.Count + 1}).");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new FormatException($"{file}: unexpected '{text[i]}' after a quoted field (record {records.Count + 1}).");
                }

                continue;
            }

            if (c == ',')
            {
                fields.Add(new Field(field.ToString(), quoted));
                field.Clear();
                quoted = false;
                i++;
            }
            else if (c is '\n' or '\r')
            {
                fields.Add(new Field(field.ToString(), quoted));
                records.Add(fields);
                fields = [];
                field.Clear();
                quoted = false;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (field.Length > 0 || quoted || fields.Count > 0)
        {
            fields.Add(new Field(field.ToString(), quoted));
            records.Add(fields);
        }

        return records;
    }
}
