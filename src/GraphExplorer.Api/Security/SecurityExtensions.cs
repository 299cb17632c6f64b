using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

/// <summary>
/// Who may call the service and how often: API keys and OIDC bearer tokens, the two roles, the per-caller rate
/// limit, the Host header allow-list, CORS and the response security headers.
/// </summary>
internal static class SecurityExtensions
{
    public const string ReaderPolicy = Roles.Reader;
    public const string CuratorPolicy = Roles.Curator;
    private const string SelectorScheme = "GraphExplorer";

    /// <summary>The content security policy of every response: scripts and styles from this origin only, nothing inline.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IServiceCollection AddQueryServiceSecurity(this IServiceCollection services, QueryServiceOptions options)
    {
        // Authentication registers data protection; the service issues no cookies, so keys need not outlive the process.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        var authentication = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key, bearer token or loopback", o => o.ForwardDefaultSelector = context => SelectScheme(context, options))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, LoopbackAuthenticationHandler>(LoopbackAuthenticationHandler.SchemeName, null);
        if (!string.IsNullOrWhiteSpace(options.Oidc.Authority))
        {
            authentication.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.Authority = options.Oidc.Authority;
                o.Audience = options.Oidc.Audience;
                o.RequireHttpsMetadata = options.Oidc.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = options.Oidc.RoleClaim;
                o.TokenValidationParameters.NameClaimType = "preferred_username";
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(ReaderPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reader, Roles.Curator))
            .AddPolicy(CuratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Curator));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            if (options.RateLimit.PermitsPerSecond > 0)
            {
                o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                    CallerOf(context),
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(options.RateLimit.Burst, options.RateLimit.PermitsPerSecond),
                        TokensPerPeriod = options.RateLimit.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            }
        });

        services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = AllowedHosts(options);
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });

        if (options.Cors.AllowedOrigins.Count > 0)
        {
            services.AddCors(o => o.AddDefaultPolicy(p => p
                .WithOrigins([.. options.Cors.AllowedOrigins])
                .WithHeaders(ApiKeyAuthenticationHandler.HeaderName, "Authorization", "Content-Type")
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Delete)));
        }

        return services;
    }

    /// <summary>Host filtering, security headers, CORS (when configured), authentication, the rate limit, authorization.</summary>
    public static WebApplication UseQueryServiceSecurity(this WebApplication app)
    {
        app.UseHostFiltering();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            return next(context);
        });
        return app;
    }

    /// <summary>After routing: CORS, authentication, the rate limit (per authenticated caller), authorization.</summary>
    public static WebApplication UseQueryServiceAccessControl(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<QueryServiceOptions>>().Value;
        if (options.Cors.AllowedOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The user name for the audit log.</summary>
    public static string UserOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "anonymous";

    /// <summary>The default Host allow-list: loopback names and the hosts named in the listening URLs.</summary>
    internal static List<string> AllowedHosts(QueryServiceOptions options)
    {
        if (options.AllowedHosts.Count > 0)
        {
            return options.AllowedHosts;
        }

        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        foreach (var host in ListeningAddresses.Split(options.Urls).Select(ListeningAddresses.HostOf))
        {
            if (host is "*" or "+" or "0.0.0.0" or "[::]")
            {
                // A wildcard bind names no host: without AllowedHosts any Host header is accepted (authentication still applies).
                return ["*"];
            }

            if (!hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                hosts.Add(host);
            }
        }

        return hosts;
    }

    private static string SelectScheme(HttpContext context, QueryServiceOptions options)
    {
        if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        if (!string.IsNullOrWhiteSpace(options.Oidc.Authority)
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        return options.RequiresAuthentication ? ApiKeyAuthenticationHandler.SchemeName : LoopbackAuthenticationHandler.SchemeName;
    }

    private static string CallerOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } && name != LoopbackAuthenticationHandler.LocalUser
            ? "user:" + name
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
