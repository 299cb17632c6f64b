using System.Text;
using System.Text.RegularExpressions;
using GraphExplorer.Cli.Commands;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Spectre.Console;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// Warnings logged while the ingest progress bar runs: each stays on the screen. The console output is replayed
/// through a small terminal model (cursor moves, line erasures), so a warning the bar's redraw wiped out would be
/// missing from the final screen. These tests swap Console.Error, so they run alone.
/// </summary>
[Collection(nameof(LiveConsoleTests))]
[CollectionDefinition(nameof(LiveConsoleTests), DisableParallelization = true)]
public sealed partial class LiveConsoleTests
{
    private static readonly string[] Reasons =
    [
        "a.txt: not UTF-8 text",
        "b.html: larger than 10 MiB",
        "c.txt: empty",
        "d.pdf: not an article format",
    ];

    [Fact]
    public async Task Every_warning_logged_under_the_progress_bar_stays_on_the_screen()
    {
        var terminal = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(terminal),
        });
        console.Profile.Width = 100;
        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(stderr);
        try
        {
            var configuration = new LoggerConfiguration();
            AppHost.ConfigureLogging(configuration, new ConfigurationBuilder().Build(), CommandLine.Build().Parse(["ingest", "x"]), LogEventLevel.Warning);
            await using var logger = configuration.CreateLogger();

            await LiveConsole.RunAsync(console, () => console.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Reasons.Length);
                foreach (var reason in Reasons)
                {
                    logger.Warning("Failed {Reason}", reason);
                    task.Increment(1);
                    await Task.Delay(150, TestContext.Current.CancellationToken); // let the bar redraw in between
                }

                return 0;
            }));
            logger.Warning("after the bar");
        }
        finally
        {
            Console.SetError(original);
        }

        var screen = TerminalScreen.Replay(terminal.ToString());
        Assert.All(Reasons, reason => Assert.Contains(screen, line => line.Contains($" WRN] Failed {reason}", StringComparison.Ordinal)));
        Assert.Contains(screen, line => line.Contains("100%", StringComparison.Ordinal));
        Assert.DoesNotContain("Failed", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("after the bar", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A terminal's screen after the output: the cursor moves and erasures a live display uses, colours ignored.</summary>
    private static partial class TerminalScreen
    {
        public static List<string> Replay(string output)
        {
            var lines = new List<StringBuilder> { new() };
            int row = 0, column = 0;
            for (var i = 0; i < output.Length; i++)
            {
                var c = output[i];
                if (c == '\u001b' && Control().Match(output, i) is { Success: true } control && control.Index == i)
                {
                    var count = control.Groups["n"].Success && control.Groups["n"].Value.Length > 0 ? int.Parse(control.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                    switch (control.Groups["op"].Value)
                    {
                        case "A": row = Math.Max(0, row - count); break;
                        case "B": row += count; break;
                        case "C": column += count; break;
                        case "D": column = Math.Max(0, column - count); break;
                        case "G": column = count - 1; break;
                        case "K": Line(lines, row).Clear(); break;
                        case "J": lines.RemoveRange(row + 1, Math.Max(0, lines.Count - row - 1)); Line(lines, row).Length = Math.Min(Line(lines, row).Length, column); break;
                        default: break; // colours, cursor visibility
                    }

                    i += control.Length - 1;
                    continue;
                }

                switch (c)
                {
                    case '\r': column = 0; break;
                    case '\n': row++; column = 0; break;
                    default:
                        var line = Line(lines, row);
                        while (line.Length < column)
                        {
                            line.Append(' ');
                        }

                        if (column < line.Length)
                        {
                            line[column] = c;
                        }
                        else
                        {
                            line.Append(c);
                        }

                        column++;
                        break;
                }
            }

            return [.. lines.Select(l => l.ToString())];
        }

        private static StringBuilder Line(List<StringBuilder> lines, int row)
        {
            while (lines.Count <= row)
            {
                lines.Add(new StringBuilder());
            }

            return lines[row];
        }

        [GeneratedRegex(@"\u001b\[\??(?<n>[0-9;]*)(?<op>[A-Za-z])")]
        private static partial Regex Control();
    }
}
