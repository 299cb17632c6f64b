using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Commands;
using GraphExplorer.Cli.Hosting;

// Output, ids and numbers never depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// One command per file under Commands/; composition lives in Hosting/AppHost.cs. A failure is one line on
// stderr (CliErrors), not System.CommandLine's stack trace.
var parse = CommandLine.Build().Parse(args);
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return CliErrors.Report(e, parse.GetValue(GlobalOptions.Verbose));
}
