using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>What the fake answers: a status and a JSON body, a dropped connection, or nothing until the client gives up.</summary>
internal sealed record FakeResponse(int Status, string? Body, bool Drop = false, bool Hang = false)
{
    private static readonly string[] Bookmarks = ["FB:fake"];

    public static FakeResponse Dropped { get; } = new(0, null, Drop: true);

    /// <summary>No answer: the request stays open until the client aborts it (a slow statement).</summary>
    public static FakeResponse Hanging { get; } = new(0, null, Hang: true);

    /// <summary>A 202 with these fields and rows (plain JSON values).</summary>
    public static FakeResponse Rows(IReadOnlyList<string> fields, params object?[][] rows) =>
        new(202, JsonSerializer.Serialize(new { data = new { fields, values = rows }, bookmarks = Bookmarks }));

    /// <summary>A 202 that opens or continues transaction <paramref name="id"/>.</summary>
    public static FakeResponse InTransaction(string id, IReadOnlyList<string>? fields = null, params object?[][] rows) =>
        new(202, JsonSerializer.Serialize(new { data = new { fields = fields ?? [], values = rows }, transaction = new { id, expires = "2030-01-01T00:00:00Z" } }));

    /// <summary>An error body with this status.</summary>
    public static FakeResponse Error(int status, string code, string message) =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));
}

/// <summary>One request the fake received.</summary>
internal sealed record FakeRequest(string Method, string Path, string Body, string? Authorization)
{
    /// <summary>The <c>statement</c> of the JSON body, or "".</summary>
    public string Statement => Json("statement")?.GetString() ?? "";

    /// <summary>A top-level property of the JSON body, or null.</summary>
    public JsonElement? Json(string name)
    {
        if (Body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
    }

    /// <summary>A parameter of the JSON body, or null.</summary>
    public JsonElement? Parameter(string name) =>
        Json("parameters") is { } parameters && parameters.TryGetProperty(name, out var value) ? value : null;
}

/// <summary>
/// A Kestrel server on 127.0.0.1 with a random port that answers like Neo4j's Query API, from a handler the
/// test supplies (usually replaying recorded response shapes). It records every request.
/// </summary>
internal sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<FakeRequest> requests = [];

    private FakeQueryApi(WebApplication app) => this.app = app;

    public Uri Uri { get; private set; } = null!;

    /// <summary>Every request so far, in order.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<FakeQueryApi> StartAsync(Func<FakeRequest, FakeResponse> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(async context => await fake.HandleAsync(context, handler));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Uri = new Uri(address);
        return fake;
    }

    private async Task HandleAsync(HttpContext context, Func<FakeRequest, FakeResponse> handler)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new FakeRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            body,
            context.Request.Headers.Authorization.FirstOrDefault());
        FakeResponse response;
        lock (requests)
        {
            requests.Add(request);
            response = handler(request);
        }

        if (response.Drop)
        {
            context.Abort();
            return;
        }

        if (response.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // the client gave up, as a real client does with a slow statement
            }

            return;
        }

        context.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
