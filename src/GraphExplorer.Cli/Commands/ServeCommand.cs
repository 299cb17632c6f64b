using System.CommandLine;
using GraphExplorer.Api;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Worker;
using GraphExplorer.Worker.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>serve</c>: one host running the inbox ingestion worker and the query service.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to ingest and watch (default ./inbox)", HelpName = "DIR" };
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
            builder.UseQueryServiceUrls();
            builder.Services.AddInboxWorker(builder.Configuration);
            builder.Services.AddQueryService(builder.Configuration);

            await using var app = builder.Build();
            app.MapQueryApi();
            await app.StartAsync(cancellationToken);
            // Kestrel's own start-up lines are filtered with the rest of Microsoft.*; say what runs and where.
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
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
