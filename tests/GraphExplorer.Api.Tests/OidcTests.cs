using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using GraphExplorer.Api.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphExplorer.Api.Tests;

/// <summary>
/// OpenID Connect bearer tokens (QueryService:Oidc): the service fetches the issuer's discovery document and keys,
/// takes the role from the token's <c>roles</c> claim and the curator's name from <c>preferred_username</c>. The
/// issuer is a real one in miniature: an HTTP server on loopback publishing a discovery document and an RSA key.
/// </summary>
public sealed class OidcTests : IAsyncLifetime
{
    private const string Audience = "graph-explorer";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private readonly RsaSecurityKey signingKey = new(RSA.Create(2048)) { KeyId = "issuer-key-1" };
    private WebApplication? issuer;
    private string authority = "";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        issuer = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(signingKey.Rsa.ExportParameters(false)) { KeyId = signingKey.KeyId });
        issuer.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority,
            ["jwks_uri"] = authority + "/keys",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        issuer.MapGet("/keys", () => Results.Json(new
        {
            keys = new[] { new Dictionary<string, string> { ["kty"] = jwk.Kty, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E } },
        }));
        await issuer.StartAsync(Token);
        authority = issuer.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (issuer is not null)
        {
            await issuer.StopAsync(CancellationToken.None);
            await issuer.DisposeAsync();
        }

        signingKey.Rsa.Dispose();
    }

    [Fact]
    public async Task Bearer_tokens_from_the_configured_issuer_gate_reads_and_curation_by_role()
    {
        await using var service = await StartAsync();

        using var anonymous = await SendAsync(service, HttpMethod.Get, "/api/queries", bearer: null);
        using var reader = await SendAsync(service, HttpMethod.Get, "/api/queries", Issue("rita", "reader"));
        using var readerCurates = await SendAsync(service, HttpMethod.Post, "/api/curations/add-alias", Issue("rita", "reader"), new { entity = TestGraph.Ada.Id, alias = "Ada E." });
        using var curatorCurates = await SendAsync(service, HttpMethod.Post, "/api/curations/add-alias", Issue("carla", "curator"), new { entity = TestGraph.Ada.Id, alias = "Ada E." });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readerCurates.StatusCode);
        Assert.Equal(HttpStatusCode.OK, curatorCurates.StatusCode);
        Assert.Equal("carla", (await RunningService.ReadJsonAsync(curatorCurates)).GetProperty("by").GetString());
    }

    [Fact]
    public async Task Tokens_signed_by_another_key_for_another_audience_expired_or_without_a_role_are_refused()
    {
        await using var service = await StartAsync();
        using var stranger = RSA.Create(2048);

        using var forged = await SendAsync(service, HttpMethod.Get, "/api/queries", Issue("mallory", "curator", key: new RsaSecurityKey(stranger) { KeyId = signingKey.KeyId }));
        using var elsewhere = await SendAsync(service, HttpMethod.Get, "/api/queries", Issue("rita", "reader", audience: "another-service"));
        using var expired = await SendAsync(service, HttpMethod.Get, "/api/queries", Issue("rita", "reader", expires: DateTime.UtcNow.AddHours(-1)));
        using var roleless = await SendAsync(service, HttpMethod.Get, "/api/queries", Issue("rita", role: null));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, roleless.StatusCode);
    }

    private Task<RunningService> StartAsync() => RunningService.StartAsync(new Dictionary<string, string?>
    {
        ["QueryService:Oidc:Authority"] = authority,
        ["QueryService:Oidc:Audience"] = Audience,
        ["QueryService:Oidc:RequireHttpsMetadata"] = "false",
    });

    private string Issue(string user, string? role, SecurityKey? key = null, string audience = Audience, DateTime? expires = null)
    {
        var claims = new List<Claim> { new("sub", user + "-id"), new("preferred_username", user) };
        if (role is not null)
        {
            claims.Add(new Claim("roles", role));
        }

        var end = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = authority,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = end.AddMinutes(-20),
            NotBefore = end.AddMinutes(-20),
            Expires = end,
            SigningCredentials = new SigningCredentials(key ?? signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningService service, HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await service.Client.SendAsync(request, Token);
    }
}
