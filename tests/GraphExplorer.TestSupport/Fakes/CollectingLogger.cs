using Microsoft.Extensions.Logging;

namespace GraphExplorer.TestSupport.Fakes;

/// <summary>A logger that keeps every formatted line, for tests that check what was logged.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> entries = [];
    private readonly Lock gate = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (gate)
        {
            entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
