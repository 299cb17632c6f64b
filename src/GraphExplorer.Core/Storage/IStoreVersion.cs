namespace GraphExplorer.Core.Storage;

/// <summary>
/// A store that can tell, cheaply, whether what it holds may have changed: readers keep answers computed from it
/// (the query service's response cache) for as long as the version stays the same. A store that cannot tell does not
/// implement it, and nothing is kept.
/// </summary>
public interface IStoreVersion
{
    /// <summary>
    /// A number that stays the same while the store's content stays the same and changes after every committed write,
    /// whoever made it (this process or another one on the same store). It never takes an earlier value again in this
    /// process. Cheap enough to ask on every request (microseconds, no I/O beyond shared memory).
    /// </summary>
    long Current();
}
