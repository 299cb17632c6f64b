using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

/// <summary>
/// Authenticates the <c>X-API-Key</c> header against <c>QueryService:ApiKeys</c>. Keys are compared by their SHA-256
/// in constant time, so neither the configuration nor the timing tells a key. Without the header it has no
/// opinion (another scheme, or the authorization policy, decides).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<QueryServiceOptions> service)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";

    private readonly IReadOnlyList<(string Name, byte[] Hash, string Role)> keys = [.. service.Value.ApiKeys.Select(k => (k.Name, HashOf(k), k.Role))];

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values.ToString()));
        foreach (var (name, hash, role) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail($"The {HeaderName} header holds no configured key."));
    }

    internal static byte[] HashOf(ApiKeyOptions key) =>
        key.Sha256 is { Length: > 0 } hex ? Convert.FromHexString(hex) : SHA256.HashData(Encoding.UTF8.GetBytes(key.Key ?? ""));
}

/// <summary>
/// The scheme when no key and no identity provider is configured: a caller on the loopback interface is the
/// machine's own user ("local", curator); anyone else is nobody. The service then listens on loopback only anyway.
/// </summary>
internal sealed class LoopbackAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "Loopback";
    public const string LocalUser = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var remote = Context.Connection.RemoteIpAddress;
        if (remote is null || !System.Net.IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, LocalUser), new Claim(ClaimTypes.Role, Roles.Curator)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
