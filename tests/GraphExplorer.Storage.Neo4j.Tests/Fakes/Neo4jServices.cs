using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>The Neo4j store as the hosts build it (AddNeo4jStorage), pointed at a fake server, with instant retries.</summary>
internal static class Neo4jServices
{
    public const string Password = "secret";

    public static ServiceProvider For(Uri uri, string? password = Password, string database = "neo4j", int maxRetries = 3, string requestTimeout = "00:01:00", ILoggerProvider? log = null) =>
        Build(new Dictionary<string, string?>
        {
            ["Neo4j:RequestTimeout"] = requestTimeout,
            ["Neo4j:Uri"] = uri.ToString(),
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = password,
            ["Neo4j:Database"] = database,
            ["Neo4j:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Neo4j:RetryDelay"] = "00:00:00.001",
        }, log);

    public static ServiceProvider Build(Dictionary<string, string?> settings, ILoggerProvider? log = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (log is not null)
        {
            services.AddLogging(logging => logging.AddProvider(log));
        }

        return services.AddNeo4jStorage(configuration).BuildServiceProvider();
    }

    /// <summary>The Authorization header value the fake expects.</summary>
    public static string ExpectedAuthorization(string password = Password) =>
        "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("neo4j:" + password));
}
