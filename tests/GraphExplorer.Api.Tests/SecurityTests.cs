using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GraphExplorer.Api.Security;
using GraphExplorer.Api.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests;

/// <summary>Who may call the service, from where and how often, and what the pages allow a browser to do.</summary>
public sealed partial class SecurityTests
{
    private const string ReaderKey = "reader-key-0123456789abcdef";
    private const string CuratorKey = "curator-key-0123456789abcdef";

    private static readonly Dictionary<string, string?> Keys = new()
    {
        ["QueryService:ApiKeys:0:Name"] = "reader-bot",
        ["QueryService:ApiKeys:0:Key"] = ReaderKey,
        ["QueryService:ApiKeys:0:Role"] = "reader",
        ["QueryService:ApiKeys:1:Name"] = "editor",
        ["QueryService:ApiKeys:1:Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CuratorKey))),
        ["QueryService:ApiKeys:1:Role"] = "curator",
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_keys_a_loopback_caller_may_read_and_curate_as_local()
    {
        await using var service = await RunningService.StartAsync();

        var (read, _) = await service.GetJsonAsync("/api/queries");
        var (curate, body) = await service.PostJsonAsync("/api/curations/add-alias", new { entity = TestGraph.Ada.Id, alias = "Ada the Example" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, curate.StatusCode);
        Assert.Equal("local", body.GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://127.0.0.1:5080;http://192.0.2.10:5080")]
    [InlineData("http://*:5080")]
    public void Without_authentication_it_refuses_to_listen_beyond_loopback_in_one_line(string urls)
    {
        var refusal = Assert.Throws<UnsafeListeningException>(() => QueryServiceHost.EnsureSafeToListen(urls, new QueryServiceOptions()));

        Assert.DoesNotContain('\n', refusal.Message);
        Assert.Contains("QueryService:ApiKeys", refusal.Message, StringComparison.Ordinal);
        QueryServiceHost.EnsureSafeToListen("http://127.0.0.1:5080;http://localhost:5081;http://[::1]:5082", new QueryServiceOptions());
        QueryServiceHost.EnsureSafeToListen(urls, new QueryServiceOptions { ApiKeys = [new ApiKeyOptions { Name = "ops", Key = ReaderKey }] });
    }

    [Fact]
    public async Task Api_keys_gate_reads_and_curation_by_role()
    {
        await using var service = await RunningService.StartAsync(Keys);

        using var anonymous = await SendAsync(service, HttpMethod.Get, "/api/queries", key: null);
        using var wrong = await SendAsync(service, HttpMethod.Get, "/api/queries", key: "not-a-key-at-all-0000");
        using var reader = await SendAsync(service, HttpMethod.Get, "/api/queries", ReaderKey);
        using var readerCurates = await SendAsync(service, HttpMethod.Post, "/api/curations/add-alias", ReaderKey, new { entity = TestGraph.Ada.Id, alias = "Ada E." });
        using var curatorCurates = await SendAsync(service, HttpMethod.Post, "/api/curations/add-alias", CuratorKey, new { entity = TestGraph.Ada.Id, alias = "Ada E." });
        using var log = await SendAsync(service, HttpMethod.Get, "/api/curations/", ReaderKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readerCurates.StatusCode);
        Assert.Equal(HttpStatusCode.OK, curatorCurates.StatusCode);
        var entries = await RunningService.ReadJsonAsync(log);
        Assert.Equal("editor", Assert.Single(entries.EnumerateArray()).GetProperty("by").GetString());
    }

    [Fact]
    public async Task Keys_with_an_unknown_role_or_too_short_stop_the_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningService.StartAsync(new Dictionary<string, string?>
        {
            ["QueryService:ApiKeys:0:Name"] = "x",
            ["QueryService:ApiKeys:0:Key"] = "short",
            ["QueryService:ApiKeys:0:Role"] = "admin",
        }));

        Assert.Contains("QueryService:ApiKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_applies_per_key()
    {
        var settings = new Dictionary<string, string?>(Keys) { ["QueryService:RateLimit:PermitsPerSecond"] = "1", ["QueryService:RateLimit:Burst"] = "1" };
        await using var service = await RunningService.StartAsync(settings);

        var statuses = new List<HttpStatusCode>();
        string? retryAfter = null;
        for (var i = 0; i < 6; i++)
        {
            using var response = await SendAsync(service, HttpMethod.Get, "/api/queries", ReaderKey);
            statuses.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.ToString();
        }

        using var otherKey = await SendAsync(service, HttpMethod.Get, "/api/queries", CuratorKey);

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal("1", retryAfter);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.example:5080")]
    public async Task A_host_header_naming_another_host_is_refused(string host)
    {
        await using var service = await RunningService.StartAsync();
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/queries");
        foreign.Headers.Host = host;
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/queries");
        local.Headers.Host = $"localhost:{service.Address.Port}";

        using var refused = await service.Client.SendAsync(foreign, Token);
        using var accepted = await service.Client.SendAsync(local, Token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Cors_is_closed_unless_origins_are_configured()
    {
        await using var closed = await RunningService.StartAsync();
        await using var open = await RunningService.StartAsync(new Dictionary<string, string?> { ["QueryService:Cors:AllowedOrigins:0"] = "https://analysts.example" });

        using var fromClosed = await GetWithOriginAsync(closed, "https://analysts.example");
        using var fromOpen = await GetWithOriginAsync(open, "https://analysts.example");
        using var fromElsewhere = await GetWithOriginAsync(open, "https://evil.example");

        Assert.False(fromClosed.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://analysts.example", Assert.Single(fromOpen.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_no_inline_script_or_style()
    {
        await using var service = await RunningService.StartAsync();

        using var page = await service.Client.GetAsync(new Uri("/entity/person:ada-example", UriKind.Relative), Token);
        var html = await page.Content.ReadAsStringAsync(Token);
        using var script = await service.Client.GetAsync(new Uri("/assets/app.js", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
        Assert.Empty(InlineScript().Matches(html));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(InlineAttribute().Matches(html));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_slow_request_body_gets_408_and_one_log_line()
    {
        var logs = new CollectingLoggerProvider();
        await using var service = await RunningService.StartAsync(
            new Dictionary<string, string?> { ["QueryService:MinRequestBodyBytesPerSecond"] = "100", ["QueryService:RequestBodyGracePeriod"] = "00:00:02" },
            logs: logs);

        using var client = new TcpClient();
        await client.ConnectAsync(service.Address.Host, service.Address.Port, Token);
        var stream = client.GetStream();
        var head = $"POST /api/queries/ego-network HTTP/1.1\r\nHost: 127.0.0.1:{service.Address.Port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Token);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(Token).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.StartsWith("HTTP/1.1 408", statusLine, StringComparison.Ordinal);
        var warnings = logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        var line = Assert.Single(warnings);
        Assert.Contains("408", line.Message, StringComparison.Ordinal);
        Assert.False(line.HasException);
        Assert.DoesNotContain('\n', line.Message);
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningService service, HttpMethod method, string path, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await service.Client.SendAsync(request, Token);
    }

    private static async Task<HttpResponseMessage> GetWithOriginAsync(RunningService service, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/queries");
        request.Headers.Add("Origin", origin);
        return await service.Client.SendAsync(request, Token);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();
}
