namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// The integration test classes share one <see cref="Neo4jServer"/> and its one database, so they run in this
/// xunit collection, one test at a time: each test empties or loads the database it then reads.
/// </summary>
[CollectionDefinition(Name)]
public sealed class Neo4jServerGroup : ICollectionFixture<Neo4jServer>
{
    public const string Name = "Neo4j server";
}
