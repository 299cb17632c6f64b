using CsCheck;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>
/// The stored aggregate is kept by folding one article at a time: that must give what the whole set of articles gives, in
/// any order, and taking out an article that decided nothing must leave the others' aggregate.
/// </summary>
public sealed class FactAggregateTests
{
    private static readonly Gen<DateOnly?> Dates = Gen.OneOf(Gen.Const((DateOnly?)null), Gen.Int[0, 6].Select(d => (DateOnly?)new DateOnly(2024, 3, 1).AddDays(d)));
    private static readonly Gen<string?> Places = Gen.OneOf(Gen.Const((string?)null), Gen.OneOf("place:port", "place:hill").Select(p => (string?)p));
    private static readonly Gen<string?> Titles = Gen.OneOf(Gen.Const((string?)null), Gen.OneOf("minister", "envoy").Select(p => (string?)p));

    private static readonly Gen<List<FactContribution>> Contributions =
        Gen.Select(Dates, Gen.OneOf(DateKind.Stated, DateKind.Reported), Places, Titles, Titles, Gen.Int[1, 4])
            .Select((date, kind, place, title, allegation, tenths) => (date, kind, place, title, allegation, confidence: tenths / 4.0))
            .List[1, 8]
            .Select(items => items.Select((c, i) => new FactContribution($"a-{i:D2}", [], c.date, c.place, c.title, c.allegation, c.confidence) { DateKind = c.kind }).ToList());

    [Fact]
    public void Folding_articles_one_at_a_time_in_any_order_gives_the_aggregate_of_all()
    {
        Contributions.SelectMany(list => Gen.Shuffle(list.ToArray()).Select(shuffled => (list, shuffled))).Sample(pair =>
        {
            var (ordered, shuffled) = pair;
            var byId = ordered.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ToList();
            var expected = FactAggregate.Of(byId);
            Assert.Equal(expected, FactAggregate.Of(shuffled));
            Assert.Equal(byId.Count, expected.Assertions);
            Assert.Equal(byId.Max(c => c.Confidence), expected.Confidence);
            Assert.Equal(byId.Select(c => c.PlaceId).FirstOrDefault(p => p is not null), expected.PlaceId);
            Assert.Equal(byId.FirstOrDefault(c => c.Title is not null)?.ArticleId, expected.TitleArticle);
            var stated = byId.Where(c => c.Date is not null && c.DateKind == DateKind.Stated).Select(c => c.Date).Min();
            Assert.Equal(stated ?? byId.Where(c => c.Date is not null).Select(c => c.Date).Min(), expected.Date);
        });
    }

    [Fact]
    public void Taking_out_an_article_that_decided_nothing_leaves_the_others_aggregate()
    {
        Contributions.Where(list => list.Count > 1).SelectMany(list => Gen.Int[0, list.Count - 1].Select(i => (list, i))).Sample(pair =>
        {
            var (all, index) = pair;
            var aggregate = FactAggregate.Of(all);
            var others = FactAggregate.Of(all.Where((_, i) => i != index));
            if (!aggregate.DependsOn(all[index]))
            {
                Assert.Equal(others, aggregate with { Assertions = aggregate.Assertions - 1 });
            }
        });
    }
}
