using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Spectre.Console;

namespace GraphExplorer.Cli.Output;

/// <summary>
/// Keeps log lines and a live display (the ingest progress bar) from overwriting each other. While a live
/// display runs, log lines are written through the same Spectre console, which prints them above the bar and
/// redraws the bar below; otherwise they go to stderr as usual. Without this, the bar's redraw (cursor up,
/// erase line) wipes the warning printed under it, and a failure's reason is lost from the screen.
/// </summary>
internal static class LiveConsole
{
    private static readonly Lock Gate = new();
    private static IAnsiConsole? current;

    /// <summary>Whether a live display is running and log lines go through it.</summary>
    public static bool IsActive => Volatile.Read(ref current) is not null;

    /// <summary>Runs <paramref name="display"/> (a progress or status display on <paramref name="console"/>) with log lines routed through that console.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<Task<T>> display)
    {
        ArgumentNullException.ThrowIfNull(display);
        Volatile.Write(ref current, console);
        try
        {
            return await display();
        }
        finally
        {
            Volatile.Write(ref current, null);
        }
    }

    /// <summary>Writes one formatted log line through the live display's console; false when none is running.</summary>
    internal static bool TryWrite(string line)
    {
        var console = Volatile.Read(ref current);
        if (console is null)
        {
            return false;
        }

        lock (Gate)
        {
            console.Write(new Text(line.EndsWith('\n') ? line : line + Environment.NewLine));
        }

        return true;
    }

    /// <summary>The Serilog sink used while a live display runs: the console sink's template, through <see cref="TryWrite"/>.</summary>
    internal sealed class Sink(ITextFormatter formatter) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            using var line = new StringWriter();
            formatter.Format(logEvent, line);
            if (!TryWrite(line.ToString()))
            {
                Console.Error.Write(line.ToString()); // the display ended between the check and the write
            }
        }
    }
}
