using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>Curations kept by Neo4j hold across a re-ingest and a rebuild, and can be undone (the scenario every store runs).</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class CurationPersistenceTests(Neo4jServer server)
{
    [Fact]
    public async Task Curations_survive_reingest_and_rebuild_and_undo_on_neo4j()
    {
        await using var services = SuiteDatabase.Services(server.Require());
        await SuiteDatabase.EmptyAsync(services, TestContext.Current.CancellationToken);
        try
        {
            var problems = await new CurationScenario(
                services.GetRequiredService<IArticleStore>(),
                services.GetRequiredService<ICurationStore>(),
                services.GetRequiredService<IGraphReader>(),
                services.GetRequiredService<IQueryRunner>()).RunAsync(TestContext.Current.CancellationToken);

            Assert.Empty(problems);
        }
        finally
        {
            // The other tests expect a database holding the seeds or nothing.
            await SuiteDatabase.EmptyAsync(services, TestContext.Current.CancellationToken);
        }
    }
}
