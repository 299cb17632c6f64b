using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Execution;

/// <summary>
/// Keeps the JSON answers of curated queries for as long as the store's <see cref="IStoreVersion"/> stays the same:
/// every write (an ingest, a curation, another process writing the same file) changes the version, and the next request
/// runs the query again. Keys are the query's name and its validated arguments, so a request is checked (parameters,
/// authentication, the rate limit) exactly as before; only the store's work and the serialization are skipped. Off for
/// a store without a version (Neo4j: its writes may come from anywhere) and when
/// <see cref="QueryServiceOptions.ResponseCacheBytes"/> is 0. Bounded: past the budget the kept answers are dropped and
/// the cache fills again.
/// </summary>
internal sealed class QueryResponseCache
{
    private readonly IStoreVersion? store;
    private readonly long budget;
    private readonly ILogger<QueryResponseCache> logger;
    private Generation current = new(long.MinValue);
    private long hits;
    private long misses;

    public QueryResponseCache(IServiceProvider services, IOptions<QueryServiceOptions> options, ILogger<QueryResponseCache> logger)
    {
        store = services.GetService<IStoreVersion>();
        budget = options.Value.ResponseCacheBytes;
        this.logger = logger;
    }

    /// <summary>Whether answers are kept at all: the store has a version and the budget is not 0.</summary>
    public bool Enabled => store is not null && budget > 0;

    /// <summary>Answers served from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Answers computed (and kept) because the cache had none for the store's version.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>The store's version now, or null when nothing may be kept (no version, off, or the version cannot be read).</summary>
    public long? Version()
    {
        if (!Enabled)
        {
            return null;
        }

        try
        {
            return store!.Current();
        }
        catch (Exception e)
        {
            // Only an optimization failed: the request runs the query, which reports a store failure its own way.
            logger.LogWarning("The store's version could not be read, so this answer is not cached: {Reason}", e.Message);
            return null;
        }
    }

    /// <summary>The kept answer for this key at this version.</summary>
    public bool TryGet(long version, string key, out byte[] body)
    {
        var generation = Volatile.Read(ref current);
        if (generation.Version == version && generation.Entries.TryGetValue(key, out body!))
        {
            Interlocked.Increment(ref hits);
            return true;
        }

        Interlocked.Increment(ref misses);
        body = [];
        return false;
    }

    /// <summary>
    /// Keeps an answer computed at <paramref name="version"/> (read before the query ran, so the answer is at least that
    /// recent). An answer for an older version than the cache now holds is dropped.
    /// </summary>
    public void Add(long version, string key, byte[] body)
    {
        if (body.Length > budget / 8)
        {
            return;
        }

        var generation = Volatile.Read(ref current);
        if (generation.Version < version)
        {
            // The store moved on since the kept answers were computed: they go, this version's start.
            var fresh = new Generation(version);
            var seen = Interlocked.CompareExchange(ref current, fresh, generation);
            generation = seen == generation ? fresh : seen;
        }

        if (generation.Version != version)
        {
            return;
        }

        if (!generation.TryAdd(key, body, budget))
        {
            // The budget is spent: start over with this answer (the hot ones come back at their next request).
            var fresh = new Generation(version);
            fresh.TryAdd(key, body, budget);
            Interlocked.CompareExchange(ref current, fresh, generation);
        }
    }

    /// <summary>
    /// The key of a query run: its name and every argument as bound (defaults filled in), each value typed and
    /// length-prefixed so that no two different argument sets share a key.
    /// </summary>
    public static string KeyOf(QueryDefinition query, QueryArgumentDictionary arguments)
    {
        var key = new StringBuilder(query.Name.Length + 64).Append(query.Name);
        foreach (var parameter in query.Parameters)
        {
            key.Append('\u001e').Append(parameter.Name).Append('=');
            Append(key, arguments.TryGetValue(parameter.Name, out var value) ? value : null);
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('~');
                break;
            case string text:
                key.Append('s').Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
                break;
            case IReadOnlyList<string> list:
                key.Append('l').Append(list.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in list)
                {
                    Append(key, item);
                }

                break;
            case long number:
                key.Append('i').Append(number.ToString(CultureInfo.InvariantCulture)).Append(';');
                break;
            case double number:
                key.Append('f').Append(number.ToString("R", CultureInfo.InvariantCulture)).Append(';');
                break;
            case DateOnly date:
                key.Append('d').Append(date.DayNumber.ToString(CultureInfo.InvariantCulture)).Append(';');
                break;
            default:
                throw new InvalidOperationException($"An argument of type {value.GetType().Name} has no cache key.");
        }
    }

    /// <summary>The answers kept for one store version.</summary>
    private sealed class Generation(long version)
    {
        private long bytes;

        public long Version { get; } = version;

        public ConcurrentDictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>False when the budget would be passed (the caller starts a new generation).</summary>
        public bool TryAdd(string key, byte[] body, long budget)
        {
            var size = body.Length + (key.Length * 2L) + 64;
            if (Interlocked.Add(ref bytes, size) > budget)
            {
                Interlocked.Add(ref bytes, -size);
                return false;
            }

            if (!Entries.TryAdd(key, body))
            {
                Interlocked.Add(ref bytes, -size);
            }

            return true;
        }
    }
}
