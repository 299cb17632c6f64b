namespace GraphExplorer.Api.Security;

/// <summary>One API key: who holds it, the key (or its SHA-256) and what it may do. Bound from <c>QueryService:ApiKeys:N</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key; the audit log names curations by it. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>The key as sent in <c>X-API-Key</c>. Give this or <see cref="Sha256"/>, not both.</summary>
    public string? Key { get; set; }

    /// <summary>The lower- or upper-case hex SHA-256 of the key, so the configuration need not hold the key itself.</summary>
    public string? Sha256 { get; set; }

    /// <summary><c>reader</c> (queries, entities, articles, exports) or <c>curator</c> (all that, plus curation). Default reader.</summary>
    public string Role { get; set; } = Roles.Reader;
}

/// <summary>OpenID Connect bearer tokens (JwtBearer), for organisations with an identity provider. Bound from <c>QueryService:Oidc</c>.</summary>
public sealed class OidcOptions
{
    /// <summary>The issuer, e.g. <c>https://login.example.org/realms/news</c>; tokens are off while it is empty.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that carries <c>reader</c> or <c>curator</c>. Default <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Whether the metadata address must be https. Default true; only a test issuer on loopback turns it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

/// <summary>Requests per caller (per API key or token subject, per address when anonymous). Bound from <c>QueryService:RateLimit</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sustained requests per second per caller; 0 turns rate limiting off. Default 200.</summary>
    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>Requests a caller may send at once above the sustained rate. Default 400.</summary>
    public int Burst { get; set; } = 400;
}

/// <summary>Cross-origin reads. Bound from <c>QueryService:Cors</c>; closed (no origin allowed) by default.</summary>
public sealed class CorsOptions
{
    /// <summary>Origins allowed to call the API from a browser, e.g. <c>https://analysts.example.org</c>. Default none.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>The two roles.</summary>
public static class Roles
{
    /// <summary>May read: queries, entities, articles, exports, the curation log.</summary>
    public const string Reader = "reader";

    /// <summary>May read and curate.</summary>
    public const string Curator = "curator";

    /// <summary>Whether <paramref name="role"/> is one of the two.</summary>
    public static bool IsKnown(string? role) => role is Reader or Curator;
}
