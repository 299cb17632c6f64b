using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Tests.Import;

/// <summary>
/// Three hand-written article graphs to save into a store: a fact stated by two articles with different
/// attributes, a symmetric fact written backwards, names and evidence full of markup, Cypher, quotes, RTL
/// text and newlines, an entity no fact uses, and an article that states nothing.
/// </summary>
internal static class StoredGraphs
{
    public const string ScriptName = "<script>document.write('x')</script> & Sons";
    public const string InjectionName = "\"]; DETACH DELETE n; //";
    public const string RtlName = "هيئة المياه الوطنية";

    public const string FirstText =
        "Opening paragraph.\r\nLina Varga met the \"]; DETACH DELETE n; // delegation in Port Sable on Monday.\n"
        + "The Harbour Accord was signed by Norland. هيئة المياه الوطنية said: \"we were not asked\".";

    public const string SecondText =
        "Norland's envoy Lina Varga said 'the <script>document.write('x')</script> & Sons crew\nlied to us'.\n"
        + "Norland signed the Harbour Accord with delegates of \"]; DETACH DELETE n; //.";

    public const string ThirdText = "A notice with no facts in it.";

    private static readonly Entity Lina = new("person:lina-varga", NodeLabels.Person, "Lina Varga", ["Envoy Varga", "ليناฟارغا"]);
    private static readonly Entity Injection = new("organization:detach-delete-n", NodeLabels.Organization, InjectionName, ["the delegation"]);
    private static readonly Entity Script = new("organization:o'neil-<b>", NodeLabels.Organization, ScriptName, ["Sons crew", "\"quoted\" crew"]);
    private static readonly Entity Rtl = new("organization:x-water", NodeLabels.Organization, RtlName, []);
    private static readonly Entity Norland = new("country:norland", NodeLabels.Country, "Norland", ["Norlandic"]);
    private static readonly Entity Accord = new("agreement:harbour-accord", NodeLabels.Agreement, "Harbour Accord", ["the Accord"]);
    private static readonly Entity PortSable = new("place:port-sable", NodeLabels.Place, "Port Sable", []);
    private static readonly Entity Lonely = new("person:idle-reader", NodeLabels.Person, "Idle \"Reader\"\nSecond line", []);

    /// <summary>The articles in an order that is not their id order, so nothing depends on save order.</summary>
    public static IReadOnlyList<ArticleGraph> All { get; } =
    [
        new(
            new Article("news-b", "Claims & <counter-claims>", SecondText, "hash-b") { Published = new DateOnly(2024, 5, 2), Author = "R. Tál" },
            [Lina with { Aliases = ["Lina"] }, Script, Norland, Accord, Injection, PortSable, Lonely],
            [
                new Relationship("ACCUSED", Lina.Id, Script.Id, [Cite("news-b", SecondText, "Norland's envoy Lina Varga said 'the <script>document.write('x')</script> & Sons crew\nlied to us'.")])
                {
                    Allegation = "lied to us <b>\"twice\"</b>",
                    Confidence = 0.6,
                },
                new Relationship("SIGNED", Norland.Id, Accord.Id, [Cite("news-b", SecondText, "Norland signed the Harbour Accord with delegates of \"]; DETACH DELETE n; //.")])
                {
                    Date = new DateOnly(2024, 5, 1),
                    PlaceId = PortSable.Id,
                    Confidence = 0.7,
                },
                new Relationship("HOLDS_ROLE", Lina.Id, Norland.Id, [Cite("news-b", SecondText, "Norland's envoy Lina Varga said")])
                {
                    Title = "envoy",
                    Date = new DateOnly(2024, 5, 2),
                    DateKind = DateKind.Reported,
                },
            ]),
        new(
            new Article("news-a", "Talks in Port Sable", FirstText, "hash-a")
            {
                Published = new DateOnly(2024, 4, 29),
                Publisher = "The \"Daily\" <Tide>",
                Source = "https://example.org/a?x=1&y=2",
            },
            [Lina, Injection, Norland, Accord, PortSable, Rtl],
            [
                new Relationship("MET_WITH", Injection.Id, Lina.Id, [Cite("news-a", FirstText, "Lina Varga met the \"]; DETACH DELETE n; // delegation in Port Sable on Monday.")])
                {
                    Date = new DateOnly(2024, 4, 29),
                    PlaceId = PortSable.Id,
                    Confidence = 0.9,
                },
                new Relationship("SIGNED", Norland.Id, Accord.Id, [Cite("news-a", FirstText, "The Harbour Accord was signed by Norland.")])
                {
                    Date = new DateOnly(2024, 4, 28),
                    Confidence = 0.8,
                },
                new Relationship("PARTY_TO", Norland.Id, Accord.Id, [Cite("news-a", FirstText, "The Harbour Accord was signed by Norland.")]) { Confidence = 0.5 },
                new Relationship("ACCUSED", Rtl.Id, Norland.Id, [Cite("news-a", FirstText, "هيئة المياه الوطنية said: \"we were not asked\".")])
                {
                    Allegation = "لم يُستشاروا",
                },
            ]),
        new(new Article("news-c", "Notice", ThirdText, "hash-c"), [PortSable], []),
    ];

    private static Evidence Cite(string articleId, string text, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{sentence}' is not in {articleId}");
        return new Evidence(articleId, sentence, start, start + sentence.Length);
    }
}
