using GraphExplorer.Core.Storage;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>A store version the test moves on by hand, as a write would.</summary>
internal sealed class SettableStoreVersion : IStoreVersion
{
    private long version = 1;

    /// <summary>When set, <see cref="Current"/> throws it (a store whose version cannot be read).</summary>
    public Exception? Failure { get; set; }

    public long Current() => Failure is { } failure ? throw failure : Interlocked.Read(ref version);

    /// <summary>What a committed write does.</summary>
    public void Write() => Interlocked.Increment(ref version);
}
