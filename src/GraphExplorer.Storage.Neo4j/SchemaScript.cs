namespace GraphExplorer.Storage.Neo4j;

/// <summary>Splits <c>cypher/schema.cypher</c> into statements: <c>//</c> comment lines dropped, split on <c>;</c>, blanks skipped.</summary>
internal static class SchemaScript
{
    public static IReadOnlyList<string> Statements(string script)
    {
        var lines = script.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return [.. string.Join('\n', lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0)];
    }
}
