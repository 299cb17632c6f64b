namespace GraphExplorer.Api;

/// <summary>Limits and address of the query service, bound from the <c>QueryService</c> configuration section.</summary>
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

    /// <summary>Largest POST body accepted, in bytes. Default 65536 (64 KiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The address(es) <c>serve</c> listens on, separated by ';'. Default <see cref="DefaultUrls"/>
    /// (127.0.0.1:5080, not reachable from other machines).
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;
}
