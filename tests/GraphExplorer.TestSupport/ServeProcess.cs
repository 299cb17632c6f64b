using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.TestSupport;

/// <summary>
/// <c>graph-explorer serve</c> as a child process, as an analyst runs it: started with the caller's command line
/// (<c>--urls http://127.0.0.1:0</c>, so the system picks a free port) and ready once it prints its
/// <c>Workbench: http://127.0.0.1:PORT/</c> line, which gives the address. Everything it prints is kept for failure
/// messages. Disposing stops it and its children. Used by the browser tests, the CLI's end-to-end tests and the
/// workbench benchmark (which links this file).
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServeProcess(Process process) => this.process = process;

    /// <summary>The workbench's address, as printed.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Everything serve printed so far, stdout and stderr interleaved as they came.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>
    /// Starts serve (<paramref name="startInfo"/> must redirect stdout and stderr) and waits for its address. Throws a
    /// <see cref="TimeoutException"/> holding what serve printed when it exits, or prints no address in time.
    /// </summary>
    public static async Task<ServeProcess> StartAsync(ProcessStartInfo startInfo, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!startInfo.RedirectStandardOutput || !startInfo.RedirectStandardError)
        {
            throw new ArgumentException("serve's output must be redirected: its address is read from it.", nameof(startInfo));
        }

        var served = new ServeProcess(Process.Start(startInfo) ?? throw new InvalidOperationException($"{startInfo.FileName} did not start."));
        try
        {
            served.Address = await served.WaitForAddressAsync(timeout, cancellationToken);
            return served;
        }
        catch
        {
            await served.DisposeAsync();
            throw;
        }
    }

    private async Task<Uri> WaitForAddressAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler watch = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (WorkbenchLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["address"].Value));
            }
        };
        process.OutputDataReceived += watch;
        process.ErrorDataReceived += watch;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exited = process.WaitForExitAsync(deadline.Token);
        try
        {
            var first = await Task.WhenAny(listening.Task, exited);
            if (first == listening.Task)
            {
                return await listening.Task;
            }

            await exited;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"serve printed no workbench address within {timeout.TotalSeconds:0} s:\n{Log}");
        }

        // Output may still be draining after the exit: give the last lines a moment to arrive.
        process.WaitForExit();
        throw new TimeoutException($"serve exited ({process.ExitCode}) without printing its workbench address:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
        finally
        {
            process.Dispose();
        }
    }

    [GeneratedRegex(@"Workbench: (?<address>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex WorkbenchLine();
}
