namespace GraphExplorer.Storage.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's Query API. Bound from the configuration section <c>Neo4j</c>; the
/// configuration keys <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c>
/// (environment variables, when the host adds them to its configuration) override the section.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP address (the Query API listens on the HTTP connector). Default <c>http://localhost:7474</c>.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>The database to read and write. Default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for basic authentication. Default <c>neo4j</c>.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password for basic authentication. Default none: no Authorization header is sent, which a server with auth enabled answers with 401.</summary>
    public string? Password { get; set; }

    /// <summary>How long one HTTP attempt may take; then the statement is ended on the server and not retried. Default 60 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an explicit (write) transaction may run before the server ends it, whether or not this process is
    /// still there (the Query API's <c>maxExecutionTime</c>, whole seconds). Default 120 seconds.
    /// </summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How many times a transient failure (Neo.TransientError.*, 5xx, a dropped connection) is retried. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially with jitter. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c> from the process environment; null when <c>NEO4J_URI</c> is not set.</summary>
    public static Neo4jOptions? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        var options = new Neo4jOptions();
        options.Apply(uri, Environment.GetEnvironmentVariable("NEO4J_USER"), Environment.GetEnvironmentVariable("NEO4J_PASSWORD"), Environment.GetEnvironmentVariable("NEO4J_DATABASE"));
        return options;
    }

    /// <summary>Overrides the settings that are given (non-empty); validates the URI.</summary>
    internal void Apply(string? uri, string? user, string? password, string? database)
    {
        if (!string.IsNullOrWhiteSpace(uri))
        {
            Uri = Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed)
                ? parsed
                : throw new ArgumentException($"NEO4J_URI '{uri}' is not an absolute URI; expected something like http://localhost:7474.", nameof(uri));
        }

        if (!string.IsNullOrWhiteSpace(user))
        {
            User = user;
        }

        if (!string.IsNullOrEmpty(password))
        {
            Password = password;
        }

        if (!string.IsNullOrWhiteSpace(database))
        {
            Database = database.Trim();
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad setting and why.</summary>
    internal void Validate()
    {
        if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Neo4j URI '{Uri}' must be http:// or https:// (the Query API is served by the HTTP connector, usually port 7474; bolt:// and neo4j:// are not supported).", nameof(Uri));
        }

        if (string.IsNullOrWhiteSpace(Database) || !Database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"Neo4j database name '{Database}' is invalid: use ASCII letters, digits, '.', '-' or '_'.", nameof(Database));
        }

        if (MaxRetries < 0 || RetryDelay < TimeSpan.Zero || RequestTimeout <= TimeSpan.Zero || TransactionTimeout < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("Neo4j MaxRetries and RetryDelay must not be negative, RequestTimeout must be positive and TransactionTimeout at least 1 second.", nameof(MaxRetries));
        }
    }
}
