using GraphExplorer.Export;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// What the person at the terminal reads when a command fails: one line that says what failed, never a stack
/// trace (those are for <c>-v</c>). Exit code 1; usage errors (2) are reported by the commands themselves.
/// </summary>
internal static class CliErrors
{
    /// <summary>Writes the failure to stderr and returns the exit code.</summary>
    public static int Report(Exception error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return 130;
        }

        var line = error switch
        {
            StoreUnavailableException or ExportException => error.Message,
            _ => $"Failed: {Innermost(error)}{(verbose ? "" : " (run with -v for the details)")}",
        };
        Console.Error.WriteLine(line);
        if (verbose)
        {
            Console.Error.WriteLine(error.ToString());
        }

        return 1;
    }

    /// <summary>The message of the innermost exception, where the real cause is ("Connection refused (localhost:7474)").</summary>
    public static string Innermost(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var inner = error;
        while (inner.InnerException is not null && inner is not GraphExplorer.Storage.Neo4j.Neo4jException)
        {
            // An HTTP failure's own message names the host and port; its socket exception only says "refused".
            if (inner is HttpRequestException)
            {
                break;
            }

            inner = inner.InnerException;
        }

        return inner.Message.TrimEnd('.');
    }
}
