using GraphExplorer.Core.Model;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// An article whose names, title, evidence and attributes are full of Cypher, markup, quotes, backticks, RTL text
/// and line breaks, added to the seed graph before exporting so every round trip carries them.
/// </summary>
internal static class HostileArticle
{
    public const string Id = "zz-hostile-names";
    public const string InjectionName = "\"]; DETACH DELETE n; //";
    public const string ScriptName = "<script>alert('x')</script> & Sons";
    public const string RtlName = "هيئة المياه الوطنية";
    public const string Title = "Claims & <counter-claims>: '\"]; MATCH (n) DETACH DELETE n; //";

    private const string Accusation = "\"]; DETACH DELETE n; // accused <script>alert('x')</script> & Sons of lying;\ntwice.";
    private const string Meeting = "هيئة المياه الوطنية met \"]; DETACH DELETE n; // in `secret`; /* nobody */ came.";
    private const string Text = "Opening line.\r\n" + Accusation + "\n" + Meeting + "\n";

    public static ArticleGraph Build()
    {
        var builder = new ArticleGraphBuilder(Id, Text);
        var injection = builder.Entity(NodeLabels.Organization, InjectionName, "the `backtick` crew", "O'Neil \\ Sons");
        var script = builder.Entity(NodeLabels.Organization, ScriptName);
        var rtl = builder.Entity(NodeLabels.Organization, RtlName);
        builder
            .Fact(EdgeTypes.Accused.Name, injection, script, Accusation, r => r with { Allegation = "lying <b>\"twice\"</b>; DROP CONSTRAINT entity_id", Confidence = 0.75 })
            .Fact(EdgeTypes.MetWith.Name, rtl, injection, Meeting, r => r with { Date = new DateOnly(2024, 6, 3), Confidence = 0.5 });
        return builder.Build(Title, new DateOnly(2024, 6, 4));
    }
}
