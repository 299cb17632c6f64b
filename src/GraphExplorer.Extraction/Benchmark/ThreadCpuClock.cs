using System.Runtime.InteropServices;

namespace GraphExplorer.Extraction.Benchmark;

/// <summary>
/// The calling thread's own processor time (Linux's CLOCK_THREAD_CPUTIME_ID), for the benchmarks' per-step figures: a
/// busy machine stretches wall time but hardly a thread's processor time.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuClockId = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>Whether this platform has the clock (else <see cref="Seconds"/> gives null).</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux();

    /// <summary>Processor seconds of the calling thread, or null where the platform has no thread clock.</summary>
    public static double? Seconds() =>
        IsAvailable && ClockGetTime(ThreadCpuClockId, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : null;

#pragma warning disable SYSLIB1054 // DllImport: an out struct of two longs needs no marshalling code
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
