using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>Keeps every log entry of the host (category, level, message, whether an exception came with it).</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, bool HasException)> entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, bool HasException)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<(string, LogLevel, string, bool)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception is not null));
    }
}
