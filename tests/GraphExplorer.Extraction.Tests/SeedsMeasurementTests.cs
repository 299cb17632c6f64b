using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Evaluation;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Measures the pipeline on the seed articles with the reference scoring rules; the targets are the issue's.</summary>
public sealed class SeedsMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_figures_meet_the_targets()
    {
        var goldPath = RepoPaths.Shared is { } shared ? Path.Combine(shared, "eval", "seeds.gold.json") : null;
        if (goldPath is null || !File.Exists(goldPath) || !Directory.Exists(RepoPaths.Seeds))
        {
            Assert.Skip("the seeds or shared/eval/seeds.gold.json are not available");
        }

        var files = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        var documents = files.Select(f =>
        {
            var bytes = File.ReadAllBytes(f);
            return new SourceDocument(Path.GetFileNameWithoutExtension(f), Encoding.UTF8.GetString(bytes), SourceDocument.PlainText, Convert.ToHexStringLower(SHA256.HashData(bytes)), f);
        }).ToList();
        var graph = CorpusGraph.Build(documents, new ArticlePipeline(), new KnownEntityResolver());
        var report = GraphScorer.Score(GoldAnnotation.Parse(File.ReadAllText(goldPath)), graph, documents.ToDictionary(d => d.Id, d => d.Content));
        output.WriteLine(report.ToText());
        Assert.True(report.Entities.F1 >= 0.90, report.ToText());
        Assert.True(report.RelationsCore.F1 >= 0.90, report.ToText());
        Assert.True(report.RelationsAll.F1 >= 0.80, report.ToText());
        Assert.Equal(1.0, report.EvidenceVerbatimShare);
    }
}
