using System.Net;

namespace GraphExplorer.Api.Security;

/// <summary>Reads the configured listening URLs: which are loopback, and which host names they name.</summary>
public static class ListeningAddresses
{
    /// <summary>The URLs in a ';'-separated list.</summary>
    public static IReadOnlyList<string> Split(string urls) =>
        [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The host part of a listening URL (<c>*</c> and <c>+</c> kept as they are).</summary>
    public static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
        {
            return rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }

    /// <summary>Whether the URL binds only a loopback address (127.0.0.0/8, [::1], localhost).</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url).Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}

/// <summary>The service was asked to start in a way that would expose it; the message is one line saying what to change.</summary>
public sealed class UnsafeListeningException(string message) : InvalidOperationException(message);
