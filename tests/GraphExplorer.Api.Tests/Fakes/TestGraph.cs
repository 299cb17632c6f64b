using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>A small invented graph: two persons who met, an organization accusing a country, two articles.</summary>
internal static class TestGraph
{
    public static Entity Ada { get; } = new("person:ada-example", NodeLabels.Person, "Ada Example", ["A. Example"]);

    public static Entity Bo { get; } = new("person:bo-sample", NodeLabels.Person, "Bo Sample", []);

    public static Entity Council { get; } = new("organization:acme-council", NodeLabels.Organization, "Acme Council", []);

    public static Entity Freedonia { get; } = new("country:freedonia", NodeLabels.Country, "Freedonia", []);

    public static Entity Loner { get; } = new("person:lone-walker", NodeLabels.Person, "Lone Walker", []);

    public static Relationship Meeting { get; } = new("MET_WITH", Ada.Id, Bo.Id, [new Evidence("article-1", "Ada Example met Bo Sample.", 0, 26)])
    {
        Date = new DateOnly(2024, 3, 1),
    };

    public static Relationship Accusation { get; } = new("ACCUSED", Council.Id, Freedonia.Id, [new Evidence("article-2", "The Acme Council accused Freedonia of smuggling.", 10, 58)])
    {
        Allegation = "smuggling",
        Confidence = 0.8,
    };

    public static Subgraph Create() => new(
        [Ada, Bo, Council, Freedonia, Loner],
        [Meeting, Accusation],
        [
            new ArticleInfo("article-1", "Talks in the capital", new DateOnly(2024, 3, 2), "Example Times", null, null),
            new ArticleInfo("article-2", "Council & <smuggling> row", null, null, null, null),
        ]);
}
