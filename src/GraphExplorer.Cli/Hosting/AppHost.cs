using System.CommandLine;
using System.Reflection;
using GraphExplorer.Cli.Commands;
using GraphExplorer.Cli.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Settings.Configuration;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Builds the host a command runs in: configuration (appsettings.json, GRAPHEXPLORER_ environment
/// variables, then the command line's global options), Serilog, the store, extraction and ingestion.
/// </summary>
internal static class AppHost
{
    /// <summary>The Serilog assemblies the program ships, whose sinks, enrichers and formatters appsettings.json may name.</summary>
    private static readonly ConfigurationReaderOptions SettingsAssemblies = new(
        typeof(Log).Assembly,
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        Assembly.Load(new AssemblyName("Serilog.Sinks.Debug")), // a dependency of Serilog.AspNetCore, not referenced here
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly);

    /// <summary>
    /// A host for one-shot commands (ingest, query, export, stats); logs warnings and errors to stderr.
    /// <paramref name="overrides"/> are a command's own settings; they win over everything else.
    /// </summary>
    public static IHost Build(ParseResult parse, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        Compose(builder, parse, overrides, LogEventLevel.Warning);
        return builder.Build();
    }

    /// <summary>A web host for <c>serve</c>: the inbox worker and the query service together.</summary>
    public static WebApplicationBuilder CreateWebBuilder(ParseResult parse, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        Compose(builder, parse, overrides, LogEventLevel.Information);
        return builder;
    }

    private static void Compose(IHostApplicationBuilder builder, ParseResult parse, IReadOnlyDictionary<string, string?>? overrides, LogEventLevel consoleLevel)
    {
        Configure(builder.Configuration, parse, overrides);
        builder.Services.AddSerilog((_, logger) => ConfigureLogging(logger, builder.Configuration, parse, consoleLevel));
        builder.Services.AddGraphExplorer(builder.Configuration);
    }

    private static void Configure(IConfigurationManager configuration, ParseResult parse, IReadOnlyDictionary<string, string?>? commandOverrides)
    {
        // appsettings.json beside the binary is loaded by the builder; one in the working folder may override it. When the
        // working folder is the binary's own (WORKDIR /app in the container image) that is the program's file again:
        // reading it a second time would override the environment variables the builder read in between.
        var userSettings = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "appsettings.json"));
        if (!string.Equals(userSettings, Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), StringComparison.Ordinal))
        {
            configuration.AddJsonFile(userSettings, optional: true);
        }

        configuration.AddEnvironmentVariables("GRAPHEXPLORER_");
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(GlobalOptions.Database) is { } database)
        {
            overrides[StorageRegistration.SqlitePathKey] = database;
        }

        if (parse.GetValue(GlobalOptions.Store) is { } store)
        {
            overrides[StorageRegistration.ProviderKey] = store;
        }

        foreach (var (key, value) in commandOverrides ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        configuration.AddInMemoryCollection(overrides);
    }

    internal static void ConfigureLogging(LoggerConfiguration logger, IConfiguration configuration, ParseResult parse, LogEventLevel consoleLevel)
    {
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        logger.MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning);
        if (!verbose)
        {
            // Each retry of an unreachable server is a warning with a stack trace, and a host that cannot start
            // says so with another; the command reports the failure once, in one line (CliErrors). -v shows them.
            logger.MinimumLevel.Override("Polly", LogEventLevel.Fatal)
                .MinimumLevel.Override("Microsoft.Extensions.Hosting", LogEventLevel.Fatal);
        }

        var level = verbose ? LogEventLevel.Debug : consoleLevel;
        var template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";
        // The settings read the sinks' configuration methods from the Serilog assemblies the program ships, named here:
        // without them Serilog.Settings.Configuration scans the whole dependency context (deps.json) for assemblies named
        // like Serilog at every start, which was a large share of a short command's start-up (export, stats, query).
        logger.ReadFrom.Configuration(configuration, SettingsAssemblies)
            .Enrich.FromLogContext()
            // stderr, so that stdout carries only results (tables, JSON) and can be piped; through the live
            // display while one runs (the ingest progress bar), so that neither overwrites the other.
            .WriteTo.Conditional(_ => !LiveConsole.IsActive, sink => sink.Console(
                restrictedToMinimumLevel: level,
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: template))
            .WriteTo.Conditional(_ => LiveConsole.IsActive, sink => sink.Sink(
                new LiveConsole.Sink(new MessageTemplateTextFormatter(template, System.Globalization.CultureInfo.InvariantCulture)), level));
        if (configuration["Logging:File:Path"] is { Length: > 0 } path)
        {
            logger.WriteTo.File(
                path,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}");
        }
    }
}
