using System.Globalization;
using GraphExplorer.Cli.Commands;

// Output, ids and numbers never depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// One command per file under Commands/; composition lives in Hosting/AppHost.cs.
return await CommandLine.Build().Parse(args).InvokeAsync();
