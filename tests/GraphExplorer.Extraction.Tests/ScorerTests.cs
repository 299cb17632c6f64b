using System.Diagnostics;
using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Evaluation;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Extraction.Tests;

public sealed class ScorerTests
{
    private const string ArticleText = "Jordanian Prime Minister Nadia Haddad met the Free Valley Movement in Amman.\nJordan accused the FVM of smuggling.";

    private const string GoldJson = """
        {
          "entities": [
            {"id": "p1", "type": "Person", "name": "Nadia Haddad", "aliases": ["Haddad"]},
            {"id": "c1", "type": "Country", "name": "Jordan", "aliases": []},
            {"id": "c2", "type": "Country", "name": "Syria", "aliases": []},
            {"id": "o1", "type": "Organization", "name": "Free Valley Movement", "aliases": ["FVM"]},
            {"id": "a1", "type": "Agreement", "name": "Jordan–Syria water agreement", "aliases": []}
          ],
          "optional_entities": [{"id": "o2", "type": "Organization", "name": "Reuters", "aliases": []}],
          "relations": [
            {"type": "HOLDS_ROLE", "source": "p1", "target": "c1"},
            {"type": "ACCUSED", "source": "c1", "target": "o1"},
            {"type": "PARTY_TO", "source": "c1", "target": "a1"},
            {"type": "MET_WITH", "source": "p1", "target": "o1"}
          ],
          "optional_relations": [{"type": "ATTACKED", "source": "c2", "target": "o1"}]
        }
        """;

    private static Subgraph Prediction()
    {
        Entity N(string id, string label, string name, params string[] aliases) => new(id, label, name, aliases);
        Relationship R(string type, string s, string t, string sentence) => new(type, s, t, [new Evidence("art1", sentence, 0, sentence.Length)]);
        const string verbatim = "Jordan accused the FVM of smuggling.";
        return new Subgraph(
            [
                N("n1", "Person", "Nadia Haddad"), N("n2", "Person", "Haddad"), N("n3", "Country", "Jordan"), N("n4", "Country", "Syria"),
                N("n5", "Organization", "FVM"), N("n6", "Place", "Amman"), N("n7", "Organization", "Reuters"), N("n8", "Article", "art1"),
            ],
            [
                R("HOLDS_ROLE", "n1", "n3", "Jordanian Prime Minister Nadia Haddad met the Free Valley Movement in Amman."),
                R("ACCUSED", "n3", "n5", verbatim), R("ACCUSED", "n3", "n5", verbatim),
                R("MET_WITH", "n5", "n1", "Jordanian Prime Minister Nadia Haddad met the Free Valley Movement in Amman."),
                R("ATTACKED", "n4", "n5", verbatim), R("FOUGHT", "n3", "n4", "This sentence is not in the article."),
                R("PARTY_TO", "n3", "n6", verbatim), R("VISITED", "n1", "n8", verbatim),
            ],
            []);
    }

    [Fact]
    public void Figures_follow_the_reference_rules()
    {
        var report = GraphScorer.Score(GoldAnnotation.Parse(GoldJson), Prediction(), new Dictionary<string, string> { ["art1"] = ArticleText });
        Assert.Equal(4, report.EntitiesFound);
        Assert.Equal(2, report.EntitiesSpurious); // Amman, and the duplicate "Haddad"
        Assert.Equal(4.0 / 6, report.Entities.Precision, 6);
        Assert.Equal(["a1"], report.MissedEntities);
        Assert.Single(report.UnresolvedDuplicates);
        Assert.Equal(3, report.RelationsAll is { } all ? report.RelationsByType.Sum(t => t.TruePositives) : 0);
        Assert.Equal(["PARTY_TO(c1,a1)"], report.MissedRelations);
        Assert.Equal(["FOUGHT(Jordan -> Syria)", "PARTY_TO(Jordan -> Amman)"], report.SpuriousRelations);
        Assert.Equal(6.0 / 7, report.EvidenceVerbatimShare!.Value, 6);
    }

    [Fact]
    public void Without_article_texts_there_is_no_evidence_figure() =>
        Assert.Null(GraphScorer.Score(GoldAnnotation.Parse(GoldJson), Prediction(), null).EvidenceVerbatimShare);

    [Fact]
    public void Bad_gold_json_is_a_format_error_that_says_why()
    {
        var e = Assert.Throws<FormatException>(() => GoldAnnotation.Parse("""{"entities": [{"id": "x"}], "relations": []}"""));
        Assert.Contains("type", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.125, "0.12")]
    [InlineData(0.375, "0.38")]
    [InlineData(2.0 / 3, "0.67")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.015, "0.01")]
    public void Rounding_is_python_rounding(double value, string expected) => Assert.Equal(expected, ScoreReport.F2(value));

    [Fact]
    public void The_text_report_equals_what_score_py_prints()
    {
        var script = RepoPaths.Shared is { } shared ? Path.Combine(shared, "eval", "score.py") : null;
        if (script is null || !File.Exists(script))
        {
            Assert.Skip("shared/eval/score.py is not beside the repository");
        }

        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("gold.json"), GoldJson);
        var articles = Directory.CreateDirectory(Path.Combine(temp.Path, "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "art1.txt"), ArticleText);
        File.WriteAllText(temp.File("pred.json"), ToScorerJson(Prediction()));
        string expected;
        try
        {
            expected = Run("python3", script, temp.File("gold.json"), temp.File("pred.json"), "--articles", articles);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed");
            return;
        }

        var report = GraphScorer.Score(GoldAnnotation.Parse(GoldJson), Prediction(), new Dictionary<string, string> { ["art1"] = ArticleText });
        Assert.Equal(expected, report.ToText());
    }

    private static string ToScorerJson(Subgraph graph) => JsonSerializer.Serialize(new
    {
        nodes = graph.Nodes.Select(n => new { id = n.Id, label = n.Label, name = n.Name, aliases = n.Aliases }),
        relationships = graph.Relationships.Select(r => new
        {
            type = r.Type,
            source = r.SourceId,
            target = r.TargetId,
            evidence = r.Evidence.Select(e => new { article = e.ArticleId, text = e.Sentence }),
        }),
    });

    private static string Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
