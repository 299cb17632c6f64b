using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>Keeps the warnings and errors the store logs.</summary>
internal sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Collector(entries);

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(formatter(state, exception));
            }
        }
    }
}
