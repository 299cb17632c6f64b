using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>A fact's date and its kind on Neo4j: stored, aggregated across articles as the embedded store does, shown by timeline.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class FactDateTests(Neo4jServer server)
{
    private const string ReportText = "Ana Ruiz met Ben Okafor in Lisbon.";
    private const string DatedText = "Ana Ruiz met Ben Okafor in Lisbon on 5 March 2024.";

    private static ArticleGraph Article(string id, string text, Func<Relationship, Relationship> date)
    {
        var builder = new ArticleGraphBuilder(id, text);
        var ana = builder.Entity(NodeLabels.Person, "Ana Ruiz");
        var ben = builder.Entity(NodeLabels.Person, "Ben Okafor");
        builder.Fact("MET_WITH", ana, ben, text, date);
        return builder.Build(id);
    }

    [Fact]
    public async Task A_stated_date_stands_before_an_earlier_reporting_date_and_timeline_says_which_it_shows()
    {
        await using var services = SuiteDatabase.Services(server.Require());
        var token = TestContext.Current.CancellationToken;
        await SuiteDatabase.EmptyAsync(services, token);
        try
        {
            var store = services.GetRequiredService<IArticleStore>();
            var reader = services.GetRequiredService<IGraphReader>();
            var runner = services.GetRequiredService<IQueryRunner>();
            var timeline = QueryCatalog.Default.Get("timeline");
            var byAna = timeline.Bind(new Dictionary<string, string?> { ["entity"] = "Ana Ruiz" });

            await store.SaveArticleAsync(Article("report", ReportText, r => r with { Date = new DateOnly(2024, 3, 1), DateKind = DateKind.Reported }), token);
            var row = Assert.Single((await runner.RunAsync(timeline, byAna, token)).Rows);
            Assert.Equal(["2024-03-01", "reported", "MET_WITH"], row.Take(3));

            await store.SaveArticleAsync(Article("dated", DatedText, r => r with { Date = new DateOnly(2024, 3, 5), DateKind = DateKind.Stated }), token);
            var meeting = Assert.Single((await reader.ReadGraphAsync(cancellationToken: token)).Relationships);
            Assert.Equal((new DateOnly(2024, 3, 5), DateKind.Stated), (meeting.Date, meeting.DateKind));
            Assert.Equal(["2024-03-05", "stated", "MET_WITH"], Assert.Single((await runner.RunAsync(timeline, byAna, token)).Rows).Take(3));

            await store.SaveArticleAsync(Article("dated", DatedText, r => r with { Date = null }) with { Relationships = [] }, token);
            meeting = Assert.Single((await reader.ReadGraphAsync(cancellationToken: token)).Relationships);
            Assert.Equal((new DateOnly(2024, 3, 1), DateKind.Reported), (meeting.Date, meeting.DateKind));
        }
        finally
        {
            // The other tests expect a database holding the seeds or nothing.
            await SuiteDatabase.EmptyAsync(services, token);
        }
    }
}
