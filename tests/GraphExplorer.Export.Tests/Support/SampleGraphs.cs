using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Tests.Support;

/// <summary>Small hand-made graphs: one ordinary, one full of names that break naive escaping.</summary>
internal static class SampleGraphs
{
    /// <summary>Every trap at once: markup, a Cypher injection, an ampersand, RTL text, newlines, quotes, a backslash.</summary>
    public const string HostileName = "<script>alert(1)</script> \"]; DETACH DELETE n; a & b مسعود بارزاني\nline 2 'quoted' back\\slash";

    public const string ArticleOneText =
        "Rebar Ahmed met Qasim al-Araji in Erbil on Wednesday. Iraq signed the Border Security Pact.\n"
        + "Al-Araji is Iraq's national security adviser.";

    public const string ArticleTwoText = "The group said \"Iraq & friends\" <b>lied</b>; مسعود بارزاني answered.\nIraq signed the Border Security Pact.";

    public static Entity Rebar { get; } = new("person:rebar-ahmed", NodeLabels.Person, "Rebar Ahmed", ["Minister Ahmed"]);

    public static Entity Araji { get; } = new("person:qasim-al-araji", NodeLabels.Person, "Qasim al-Araji", ["Araji", "al-Araji"]);

    public static Entity Erbil { get; } = new("place:erbil", NodeLabels.Place, "Erbil", []);

    public static Entity Iraq { get; } = new("country:iraq", NodeLabels.Country, "Iraq", ["Iraqi"]);

    public static Entity Pact { get; } = new("agreement:border-security-pact", NodeLabels.Agreement, "Border Security Pact", []);

    public static Entity Hostile { get; } = new("organization:hostile", NodeLabels.Organization, HostileName, ["a & b", "مسعود بارزاني", "x;y|z"]);

    public static ArticleInfo ArticleOne { get; } = new("art-1", "Talks in Erbil", new DateOnly(2024, 3, 20), "Rudaw", "A. Writer", "seeds/art-1.txt");

    public static ArticleInfo ArticleTwo { get; } = new("art-2", "Claims & <counter-claims> \"today\"", null, null, null, null);

    /// <summary>Five ordinary entities, one hostile one, four relationships of different types and attributes.</summary>
    public static Subgraph Sample { get; } = new(
        [Rebar, Araji, Erbil, Iraq, Pact, Hostile],
        [
            new Relationship("MET_WITH", Araji.Id, Rebar.Id, [Cite("art-1", ArticleOneText, "Rebar Ahmed met Qasim al-Araji in Erbil on Wednesday.")])
            {
                Date = new DateOnly(2024, 3, 20),
                PlaceId = Erbil.Id,
                Confidence = 0.9,
            },
            new Relationship("SIGNED", Iraq.Id, Pact.Id,
            [
                Cite("art-2", ArticleTwoText, "Iraq signed the Border Security Pact."),
                Cite("art-1", ArticleOneText, "Iraq signed the Border Security Pact."),
            ])
            {
                Confidence = 0.75,
            },
            new Relationship("ACCUSED", Hostile.Id, Iraq.Id, [Cite("art-2", ArticleTwoText, "The group said \"Iraq & friends\" <b>lied</b>; مسعود بارزاني answered.")])
            {
                Allegation = HostileName,
                Date = new DateOnly(2023, 12, 1),
            },
            new Relationship("HOLDS_ROLE", Araji.Id, Iraq.Id, [Cite("art-1", ArticleOneText, "Al-Araji is Iraq's national security adviser.")])
            {
                Title = "national security adviser",
            },
        ],
        [ArticleTwo, ArticleOne]);

    private static Evidence Cite(string articleId, string text, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        return start < 0 ? throw new ArgumentException($"'{sentence}' is not in {articleId}.", nameof(sentence)) : new Evidence(articleId, sentence, start, start + sentence.Length);
    }
}
