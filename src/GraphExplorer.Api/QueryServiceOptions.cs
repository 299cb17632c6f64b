using GraphExplorer.Api.Security;

namespace GraphExplorer.Api;

/// <summary>Limits, address and security of the query service, bound from the <c>QueryService</c> configuration section.</summary>
public sealed class QueryServiceOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "QueryService";

    /// <summary>Where the service listens when <see cref="Urls"/> is not configured: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Most rows one query response carries; longer results are cut here and the response says
    /// <c>"truncated": true</c>. Default 1000.
    /// </summary>
    public int MaxRows { get; set; } = 1000;

    /// <summary>
    /// Longest one request may run (query, entity read, export, health check); past it the work is
    /// cancelled and the caller gets a 503 problem response. Default 10 seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Deepest traversal a caller may ask for: a query parameter named <c>depth</c> (or ending in
    /// <c>Depth</c>) above this is refused with 400, whatever the query's own bound. Default 3.
    /// </summary>
    public int MaxDepth { get; set; } = 3;

    /// <summary>
    /// Memory for kept answers of curated queries, in bytes: an answer is kept until the store's version changes (any
    /// write, ingest or curation, from this process or another) and served again to the same query with the same
    /// arguments. Only over a store that has a version (the embedded SQLite store; not Neo4j). 0 turns it off. Default
    /// 67108864 (64 MiB).
    /// </summary>
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest POST body accepted, in bytes. Default 65536 (64 KiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Slowest request body accepted, in bytes per second after <see cref="RequestBodyGracePeriod"/>; a slower
    /// body is answered 408 and logged in one line. Default 240 (Kestrel's own).
    /// </summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a request body may trickle before <see cref="MinRequestBodyBytesPerSecond"/> applies. Default 5 seconds.</summary>
    public TimeSpan RequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The address(es) <c>serve</c> listens on, separated by ';'. Default <see cref="DefaultUrls"/>
    /// (127.0.0.1:5080, not reachable from other machines). Without <see cref="ApiKeys"/> or <see cref="Oidc"/>
    /// only loopback addresses are accepted.
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>API keys accepted in the <c>X-API-Key</c> header. Default none: the service then serves loopback callers only.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>OpenID Connect bearer tokens; off unless <see cref="OidcOptions.Authority"/> is set.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Per-caller rate limit. Default 200 requests per second, bursts of 400.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Cross-origin policy. Default closed.</summary>
    public CorsOptions Cors { get; set; } = new();

    /// <summary>
    /// Host header values accepted (DNS rebinding defence), e.g. <c>graph.example.org</c>. Default: the loopback
    /// names (localhost, 127.0.0.1, [::1]) plus each named host in <see cref="Urls"/>. <c>*</c> accepts any.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Whether any caller must authenticate: API keys or OIDC are configured.</summary>
    public bool RequiresAuthentication => ApiKeys.Count > 0 || !string.IsNullOrWhiteSpace(Oidc.Authority);
}
