using System.Globalization;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Reads back the load script the <c>cypher</c> export writes into a subgraph. It understands exactly
/// that script's shape and no other Cypher: comments, the uniqueness constraints on entity and article ids
/// (<c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Entity|Article) REQUIRE n.id IS UNIQUE;</c>, which the
/// import enforces itself: a duplicate id is refused), any other <c>CREATE</c> refused by line and statement,
/// <c>MERGE (n:Entity {id: …}) SET n:`Label`, n += {…};</c>,
/// <c>MERGE (a:Article {id: …}) SET a += {…};</c> and
/// <c>MATCH (s:Entity {id: …}) MATCH (t:Entity {id: …}) MERGE (s)-[r:`TYPE` {key: …}]-&gt;(t) SET r += {…};</c>,
/// with string, number, null, list and <c>date('…')</c> values.
/// </summary>
public static class CypherScriptImport
{
    /// <summary>Parses a script written by the <c>cypher</c> export. Throws <see cref="FormatException"/> naming the line of anything else.</summary>
    public static Subgraph Read(string script) => Read(script, ImportLimits.Default);

    /// <summary>Parses a script written by the <c>cypher</c> export, with lists nested at most <see cref="ImportLimits.MaxNesting"/> deep.</summary>
    public static Subgraph Read(string script, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var reader = new Reader(CypherTokens.Read(script), limits.MaxNesting);
        var nodes = new List<Entity>();
        var articles = new List<ArticleInfo>();
        var relationships = new List<Relationship>();
        while (!reader.AtEnd)
        {
            if (reader.Peek("CREATE"))
            {
                ReadConstraint(reader);
            }
            else if (reader.Peek("MATCH"))
            {
                relationships.Add(ReadRelationship(reader));
            }
            else if (reader.Peek("MERGE") && reader.PeekAt(4, "Article"))
            {
                articles.Add(ReadArticle(reader));
            }
            else if (reader.Peek("MERGE"))
            {
                nodes.Add(ReadNode(reader));
            }
            else
            {
                throw reader.Fail("expected CREATE, MERGE or MATCH");
            }
        }

        return new Subgraph(nodes, relationships, articles);
    }

    /// <summary>
    /// The export's uniqueness constraints on ids. Anything else that creates is refused by name: a CREATE of data
    /// would be lost if skipped, and a constraint of another shape is a schema this import does not enforce.
    /// </summary>
    private static void ReadConstraint(Reader reader)
    {
        var start = reader.Mark();
        reader.Expect("CREATE");
        if (!reader.Peek("CONSTRAINT"))
        {
            throw reader.Unsupported(start);
        }

        reader.Expect("CONSTRAINT");
        if (!reader.Peek("IF") && !reader.Peek("FOR"))
        {
            reader.Name();
        }

        if (reader.Peek("IF"))
        {
            reader.Expect("IF", "NOT", "EXISTS");
        }

        if (!reader.Peek("FOR") || !reader.PeekAt(1, "(") || !reader.PeekAt(3, ":") || !(reader.PeekAt(4, "Entity") || reader.PeekAt(4, "Article")))
        {
            throw reader.Unsupported(start);
        }

        reader.Expect("FOR", "(");
        var variable = reader.Name();
        reader.Expect(":");
        reader.Name();
        reader.Expect(")");
        if (!reader.Peek("REQUIRE") || !reader.PeekAt(1, variable) || !reader.PeekAt(2, ".") || !reader.PeekAt(3, "id") || !reader.PeekAt(4, "IS") || !reader.PeekAt(5, "UNIQUE"))
        {
            throw reader.Unsupported(start);
        }

        reader.Expect("REQUIRE", variable, ".", "id", "IS", "UNIQUE", ";");
    }

    private static Entity ReadNode(Reader reader)
    {
        reader.Expect("MERGE", "(", "n", ":", "Entity", "{", "id", ":");
        var id = reader.String();
        reader.Expect("}", ")", "SET", "n", ":");
        var label = reader.Name();
        reader.Expect(",", "n", "+", "=");
        var map = reader.Map();
        reader.Expect(";");
        return new Entity(id, label, Text(map, "name", reader) ?? throw reader.Fail("the node has no name"), Strings(map, "aliases", reader));
    }

    private static ArticleInfo ReadArticle(Reader reader)
    {
        reader.Expect("MERGE", "(", "a", ":", "Article", "{", "id", ":");
        var id = reader.String();
        reader.Expect("}", ")", "SET", "a", "+", "=");
        var map = reader.Map();
        reader.Expect(";");
        return new ArticleInfo(
            id,
            Text(map, "title", reader) ?? throw reader.Fail("the article has no title"),
            Date(map, "published", reader),
            Text(map, "publisher", reader),
            Text(map, "author", reader),
            Text(map, "source", reader));
    }

    private static Relationship ReadRelationship(Reader reader)
    {
        reader.Expect("MATCH", "(", "s", ":", "Entity", "{", "id", ":");
        var source = reader.String();
        reader.Expect("}", ")", "MATCH", "(", "t", ":", "Entity", "{", "id", ":");
        var target = reader.String();
        reader.Expect("}", ")", "MERGE", "(", "s", ")", "-", "[", "r", ":");
        var type = reader.Name();
        reader.Expect("{", "key", ":");
        var key = reader.String();
        reader.Expect("}", "]", "-", ">", "(", "t", ")", "SET", "r", "+", "=");
        var map = reader.Map();
        reader.Expect(";");

        var articles = Strings(map, "evidenceArticles", reader);
        var sentences = Strings(map, "evidenceSentences", reader);
        var starts = Ints(map, "evidenceStarts", reader);
        var ends = Ints(map, "evidenceEnds", reader);
        if (sentences.Count != articles.Count || starts.Count != articles.Count || ends.Count != articles.Count)
        {
            throw reader.Fail($"the evidence lists of '{key}' differ in length");
        }

        var relationship = new Relationship(type, source, target, [.. articles.Select((a, i) => new Evidence(a, sentences[i], starts[i], ends[i]))])
        {
            Date = Date(map, "date", reader),
            DateKind = DateKinds.Parse(Text(map, "dateKind", reader)),
            PlaceId = Text(map, "placeId", reader),
            Title = Text(map, "title", reader),
            Allegation = Text(map, "allegation", reader),
            Confidence = map.GetValueOrDefault("confidence") is double confidence ? confidence : throw reader.Fail($"'{key}' has no float confidence"),
        };
        return relationship.Key == key ? relationship : throw reader.Fail($"key '{key}' does not match type and endpoints");
    }

    private static string? Text(Dictionary<string, object?> map, string name, Reader reader) => map.GetValueOrDefault(name) switch
    {
        null => null,
        string text => text,
        _ => throw reader.Fail($"{name} is not a string"),
    };

    private static DateOnly? Date(Dictionary<string, object?> map, string name, Reader reader) => map.GetValueOrDefault(name) switch
    {
        null => null,
        DateOnly date => date,
        _ => throw reader.Fail($"{name} is not a date"),
    };

    private static List<string> Strings(Dictionary<string, object?> map, string name, Reader reader) =>
        map.GetValueOrDefault(name) is List<object?> list && list.All(v => v is string)
            ? [.. list.Cast<string>()]
            : throw reader.Fail($"{name} is not a list of strings");

    private static List<int> Ints(Dictionary<string, object?> map, string name, Reader reader) =>
        map.GetValueOrDefault(name) is List<object?> list && list.All(v => v is long)
            ? [.. list.Select(v => checked((int)(long)v!))]
            : throw reader.Fail($"{name} is not a list of integers");

    /// <summary>A cursor over the tokens that expects the script's fixed shape.</summary>
    private sealed class Reader(List<CypherToken> tokens, int maxNesting)
    {
        private int position;

        public int Mark() => position;

        /// <summary>A refusal naming the statement that starts at <paramref name="start"/>: its line and first words.</summary>
        public FormatException Unsupported(int start)
        {
            var words = tokens.Skip(start).Take(8).TakeWhile(t => t.Text != ";").Select(t => t.Kind == CypherTokenKind.String ? "'…'" : t.Text);
            return new FormatException(
                $"Not a GraphExplorer cypher export: line {tokens[start].Line}: '{string.Join(' ', words)} …' is not supported; the import loads the export's MERGE and MATCH statements and its id constraints only.");
        }

        public bool AtEnd => position >= tokens.Count;

        public bool Peek(string text) => PeekAt(0, text);

        public bool PeekAt(int offset, string text) =>
            position + offset < tokens.Count && tokens[position + offset] is { Kind: CypherTokenKind.Name or CypherTokenKind.Symbol } token && token.Text == text;

        public void Expect(params string[] texts)
        {
            foreach (var text in texts)
            {
                if (!Peek(text))
                {
                    throw Fail($"expected '{text}'");
                }

                position++;
            }
        }

        public string String() => Take(CypherTokenKind.String, "a string literal").Text;

        public string Name() => Take(CypherTokenKind.Name, "a name").Text;

        public Dictionary<string, object?> Map()
        {
            Expect("{");
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!Peek("}"))
            {
                if (map.Count > 0)
                {
                    Expect(",");
                }

                var name = Name();
                Expect(":");
                if (!map.TryAdd(name, Value(depth: 0)))
                {
                    throw Fail($"'{name}' is set twice");
                }
            }

            Expect("}");
            return map;
        }

        public FormatException Fail(string reason)
        {
            var where = AtEnd ? "at the end of the script" : $"line {tokens[position].Line} near '{tokens[position].Text}'";
            return new FormatException($"Not a GraphExplorer cypher export: {reason} ({where}).");
        }

        private object? Value(int depth)
        {
            if (AtEnd)
            {
                throw Fail("expected a value");
            }

            if (depth > maxNesting)
            {
                throw Fail($"lists are nested more than {maxNesting} deep");
            }

            var token = tokens[position];
            switch (token.Kind)
            {
                case CypherTokenKind.String:
                    position++;
                    return token.Text;
                case CypherTokenKind.Number:
                    position++;
                    return ParseNumber(token.Text);
                case CypherTokenKind.Name when token.Text == "null":
                    position++;
                    return null;
                case CypherTokenKind.Name when token.Text == "date":
                    Expect("date", "(");
                    var text = String();
                    Expect(")");
                    return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? date : throw Fail($"'{text}' is not a yyyy-MM-dd date");
                case CypherTokenKind.Symbol when token.Text == "[":
                    Expect("[");
                    var list = new List<object?>();
                    while (!Peek("]"))
                    {
                        if (list.Count > 0)
                        {
                            Expect(",");
                        }

                        list.Add(Value(depth + 1));
                    }

                    Expect("]");
                    return list;
                default:
                    throw Fail("expected a string, number, null, list or date('…')");
            }
        }

        private object ParseNumber(string text)
        {
            if (text.All(c => char.IsAsciiDigit(c) || c == '-'))
            {
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : throw Fail($"'{text}' is not an integer");
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw Fail($"'{text}' is not a number");
        }

        private CypherToken Take(CypherTokenKind kind, string what)
        {
            if (AtEnd || tokens[position].Kind != kind)
            {
                throw Fail($"expected {what}");
            }

            return tokens[position++];
        }
    }
}
