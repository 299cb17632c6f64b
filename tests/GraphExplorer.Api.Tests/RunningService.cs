using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Api.Tests.Fakes;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.TestSupport.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests;

/// <summary>
/// The query service running on Kestrel at 127.0.0.1 on a free port, composed as the CLI's serve does
/// (UseQueryServiceUrls, AddQueryService, MapQueryApi) over a <see cref="FakeStore"/>, with a <see cref="IStoreVersion"/>
/// when one is given.
/// </summary>
internal sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningService(WebApplication app, FakeStore store, Uri address)
    {
        this.app = app;
        Store = store;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public FakeStore Store { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningService> StartAsync(
        IDictionary<string, string?>? settings = null,
        QueryCatalog? catalog = null,
        Action<FakeStore>? arrange = null,
        ILoggerProvider? logs = null,
        IStoreVersion? version = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["QueryService:Urls"] = "http://127.0.0.1:0" });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.UseQueryServiceUrls();

        var store = new FakeStore();
        arrange?.Invoke(store);
        builder.Services.AddSingleton(catalog ?? TestCatalog.Create());
        builder.Services.AddSingleton<IQueryRunner>(store);
        builder.Services.AddSingleton<IGraphReader>(store);
        if (version is not null)
        {
            // A store that tells its version (as the embedded one does): the service keeps query answers.
            builder.Services.AddSingleton(version);
        }

        // Curation over the fake reader: an in-memory log and article store, composed as the CLI composes the real ones.
        var curation = new InMemoryCurationStore();
        builder.Services.AddSingleton<ICurationStore>(curation);
        builder.Services.AddSingleton(new CuratedArticleStore(new InMemoryGraphStore(), curation));
        builder.Services.AddSingleton<CurationService>();

        builder.Services.AddQueryService(builder.Configuration);

        var app = builder.Build();
        app.MapQueryApi();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RunningService(app, store, new Uri(address));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response, await ReadJsonAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(string path, object body)
    {
        var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, TestContext.Current.CancellationToken);
        return (response, await ReadJsonAsync(response));
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
