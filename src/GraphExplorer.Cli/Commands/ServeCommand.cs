using System.CommandLine;
using GraphExplorer.Api;
using GraphExplorer.Api.Security;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Worker;
using GraphExplorer.Worker.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>serve</c>: one host running the inbox ingestion worker and the query service.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to ingest and watch (default: inbox in the store's data folder, ./data/inbox)", HelpName = "DIR" };
        var urls = new Option<string?>("--urls") { Description = "Where the query service listens (default http://127.0.0.1:5080)" };
        var command = new Command("serve", "Run the hosted ingestion worker and the query service until stopped") { inbox, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(inbox) is { } inboxPath)
            {
                overrides[$"{InboxOptions.Section}:{nameof(InboxOptions.Path)}"] = inboxPath;
            }

            if (parse.GetValue(urls) is { } listen)
            {
                overrides[$"{QueryServiceOptions.SectionName}:{nameof(QueryServiceOptions.Urls)}"] = listen;
            }

            var builder = AppHost.CreateWebBuilder(parse, overrides);
            DefaultInbox(builder.Configuration);
            try
            {
                builder.UseQueryServiceUrls();
            }
            catch (UnsafeListeningException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            builder.Services.AddInboxWorker(builder.Configuration);
            builder.Services.AddQueryService(builder.Configuration);

            await using var app = builder.Build();
            app.MapQueryApi();
            await app.StartAsync(cancellationToken);
            // Kestrel's own start-up lines are filtered with the rest of Microsoft.*; say what runs, where, and who may call it.
            var inboxOptions = builder.Configuration.GetSection(InboxOptions.Section);
            if (inboxOptions.GetValue(nameof(InboxOptions.Enabled), true))
            {
                app.Logger.LogInformation("Inbox worker on: {Inbox}", Path.GetFullPath(inboxOptions[nameof(InboxOptions.Path)] ?? new InboxOptions().Path));
            }
            else
            {
                app.Logger.LogInformation("Inbox worker off (Inbox:Enabled is false): this process only answers queries");
            }

            app.Logger.LogInformation("Query service listening on {Addresses}", string.Join(", ", app.Urls));
            app.Logger.LogInformation("{Access}", QueryServiceHost.AccessSummary(app.Services.GetRequiredService<IOptions<QueryServiceOptions>>().Value));
            app.Logger.LogInformation("Workbench: {Url}", QueryServiceHost.WorkbenchUrl(app.Urls));
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Without a configured inbox, the worker watches <c>inbox</c> in the data folder (beside the embedded store's
    /// file, or <c>./data</c> with Neo4j), so that serve never creates a folder inside a checkout that git would show.
    /// </summary>
    internal static void DefaultInbox(Microsoft.Extensions.Configuration.IConfigurationManager configuration)
    {
        var key = $"{InboxOptions.Section}:{nameof(InboxOptions.Path)}";
        if (!string.IsNullOrWhiteSpace(configuration[key]))
        {
            return;
        }

        var dataFolder = StoreDescription.IsNeo4j(configuration) ? Path.GetFullPath("data") : Path.GetDirectoryName(StoreDescription.SqlitePath(configuration))!;
        configuration[key] = Path.Combine(dataFolder, "inbox");
    }
}
