using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests;

/// <summary>
/// Extracted graphs are written by serialization code generated at build time: the text must be the one the reflection
/// serializer wrote (stores hold graphs written by either), and read back to the same graph.
/// </summary>
public sealed class CurationJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Graphs => ["full", "bare", "escapes"];

    private static ArticleGraph Graph(string which)
    {
        const string text = "Ankara said \"PKK\" fighters attacked — a post near Zakho — on 3 May; Baghdad denied it.\n";
        var article = new Article("a-1", "Ankara \u00e9 \"quoted\" <b>", text, "hash-1");
        return which switch
        {
            "bare" => new ArticleGraph(article, [], []),
            "escapes" => new ArticleGraph(
                article with { Published = new DateOnly(2024, 2, 29), Source = "in\\box/a\u00fc.txt" },
                [new Entity("person:x", NodeLabels.Person, "Mas\u2019oud \u0628\u0627\u0631\u0632\u0627\u0646\u06cc", ["M. \"B\"", "Barzani\t"])],
                []),
            _ => new ArticleGraph(
                article with { Published = new DateOnly(2025, 5, 4), Publisher = "Wire", Author = "A. Writer", Source = "inbox/a-1.txt" },
                [
                    new Entity("org:pkk", NodeLabels.Organization, "PKK", ["Kurdistan Workers' Party"]),
                    new Entity("country:turkey", NodeLabels.Country, "Turkey", []),
                    new Entity("place:zakho", NodeLabels.Place, "Zakho", []),
                ],
                [
                    new Relationship("ATTACKED", "org:pkk", "country:turkey", [new Evidence("a-1", text.TrimEnd(), 0, 20), new Evidence("a-1", "a post", 41, 47)])
                    {
                        Date = new DateOnly(2025, 5, 3), DateKind = DateKind.Reported, PlaceId = "place:zakho", Title = "strike", Allegation = "alleged", Confidence = 0.75,
                    },
                    new Relationship("MET_WITH", "country:turkey", "org:pkk", []) { Confidence = 1.0 / 3 },
                ]),
        };
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Generated_serialization_writes_the_reflection_serializers_text(string which)
    {
        var graph = Graph(which);
        var expected = JsonSerializer.Serialize(graph, Reflection);

        Assert.Equal(expected, CurationJson.Write(graph));
        Assert.Equal(expected, Encoding.UTF8.GetString(CurationJson.WriteUtf8(graph)));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void A_written_graph_reads_back_the_same(string which)
    {
        var graph = Graph(which);
        var read = CurationJson.ReadGraph(Encoding.UTF8.GetString(CurationJson.WriteUtf8(graph)));

        Assert.Equal(graph.Article, read.Article);
        Assert.Equal(graph.Entities, read.Entities);
        Assert.Equal(graph.Relationships, read.Relationships);
    }
}
