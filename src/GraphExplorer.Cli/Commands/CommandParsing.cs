using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>Shared pieces of command definitions.</summary>
internal static class CommandParsing
{
    /// <summary><c>--param key=value</c>, repeatable.</summary>
    public static Option<string[]> ParamOption() => new("--param", "-p")
    {
        Description = "A query parameter as key=value; repeat for several",
        HelpName = "KEY=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Splits key=value pairs; a pair without '=' is a usage error naming it.</summary>
    public static Dictionary<string, string?> ParseParams(IEnumerable<string>? pairs)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--param '{pair}' is not key=value.");
            }

            result[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return result;
    }
}

/// <summary>The command line was well-formed but asks for something that cannot be done; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public UsageException()
        : this("Invalid usage.")
    {
    }

    public UsageException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
