
namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>Every embedded query implementation: adding a query is one entry here.</summary>
internal static class SqliteQueries
{
    public static IReadOnlyList<ISqliteQuery> All { get; } =
    [
        new SearchQuery(),
        new EgoNetworkQuery(),
        new ShortestPathsQuery(),
        new MeetingsQuery(),
        new AgreementsQuery(),
        new AccusationsQuery(),
        new BorderActorsQuery(),
        new TimelineQuery(),
        new CoMentionsQuery(),
        new KeyActorsQuery(),
        new EvidenceQuery(),
        new ArticleQuery(),
    ];

    private static readonly Dictionary<string, ISqliteQuery> ByName = All.ToDictionary(q => q.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The implementation of a catalog query, or <see cref="UnknownQueryException"/>.</summary>
    public static ISqliteQuery Get(string name) =>
        ByName.TryGetValue(name, out var query) ? query : throw new UnknownQueryException(name);
}
