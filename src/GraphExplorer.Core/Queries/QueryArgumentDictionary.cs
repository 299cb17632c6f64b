using System.Collections;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Validated, typed arguments of a curated query: every declared parameter is present (defaults filled in,
/// null for absent optional ones). Values are string, long, double, DateOnly or IReadOnlyList&lt;string&gt;.
/// </summary>
public sealed class QueryArgumentDictionary : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> values;

    internal QueryArgumentDictionary(Dictionary<string, object?> values) => this.values = values;

    public object? this[string key] => values[key];

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<object?> Values => values.Values;

    public int Count => values.Count;

    public string? GetString(string name) => (string?)values[name];

    public long GetInt(string name) => values[name] is long value ? value : throw new InvalidOperationException($"Parameter '{name}' has no value.");

    public double GetFloat(string name) => values[name] is double value ? value : throw new InvalidOperationException($"Parameter '{name}' has no value.");

    public DateOnly? GetDate(string name) => (DateOnly?)values[name];

    public IReadOnlyList<string>? GetList(string name) => (IReadOnlyList<string>?)values[name];

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
