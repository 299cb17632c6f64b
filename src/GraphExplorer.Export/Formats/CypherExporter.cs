using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// An idempotent load script for <c>cypher-shell -f</c>, in the stored shape of GRAPH-SHAPE.md: unique
/// constraints (IF NOT EXISTS), then one MERGE per entity by id, per article by id and per relationship
/// by key, each followed by <c>SET x += {…}</c> so running it again changes nothing and absent values are
/// removed. Values are literals escaped by <see cref="CypherText"/>; labels and types are backtick-quoted.
/// <see cref="Import.CypherScriptImport"/> reads exactly this shape back.
/// </summary>
internal sealed class CypherExporter : TextExporter
{
    public override string Format => "cypher";

    public override string ContentType => "text/plain; charset=utf-8";

    public override string FileExtension => "cypher";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var graph = new ExportGraph(document.Graph);
        var script = new StringBuilder()
            .Append("// GraphExplorer export: load with cypher-shell -f FILE. Idempotent: MERGE by id and key.\n")
            .Append("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n")
            .Append("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;\n");
        foreach (var node in graph.Nodes)
        {
            script.Append("MERGE (n:Entity {id: ").Append(CypherText.String(node.Id)).Append("}) SET n:").Append(CypherText.Name(node.Label))
                .Append(", n += {name: ").Append(CypherText.String(node.Name))
                .Append(", aliases: ").Append(CypherText.Strings(node.Aliases))
                .Append(", aliasText: ").Append(CypherText.String(string.Join(" | ", node.Aliases)))
                .Append("};\n");
        }

        foreach (var article in graph.Articles)
        {
            script.Append("MERGE (a:Article {id: ").Append(CypherText.String(article.Id)).Append("}) SET a += {title: ").Append(CypherText.String(article.Title))
                .Append(", published: ").Append(CypherText.Date(article.Published))
                .Append(", publisher: ").Append(CypherText.String(article.Publisher))
                .Append(", author: ").Append(CypherText.String(article.Author))
                .Append(", source: ").Append(CypherText.String(article.Source))
                .Append("};\n");
        }

        foreach (var r in graph.Relationships)
        {
            script.Append("MATCH (s:Entity {id: ").Append(CypherText.String(r.SourceId)).Append("}) ")
                .Append("MATCH (t:Entity {id: ").Append(CypherText.String(r.TargetId)).Append("}) ")
                .Append("MERGE (s)-[r:").Append(CypherText.Name(r.Type)).Append(" {key: ").Append(CypherText.String(r.Key)).Append("}]->(t) ")
                .Append("SET r += {date: ").Append(CypherText.Date(r.Date))
                .Append(", dateKind: ").Append(CypherText.String(r.Date is null ? null : r.DateKind.Name()))
                .Append(", placeId: ").Append(CypherText.String(r.PlaceId))
                .Append(", title: ").Append(CypherText.String(r.Title))
                .Append(", allegation: ").Append(CypherText.String(r.Allegation))
                .Append(", confidence: ").Append(CypherText.Float(r.Confidence, $"The confidence of '{r.Key}'"))
                .Append(", evidenceArticles: ").Append(CypherText.Strings(r.Evidence.Select(e => e.ArticleId)))
                .Append(", evidenceSentences: ").Append(CypherText.Strings(r.Evidence.Select(e => e.Sentence)))
                .Append(", evidenceStarts: ").Append(CypherText.Ints(r.Evidence.Select(e => e.Start)))
                .Append(", evidenceEnds: ").Append(CypherText.Ints(r.Evidence.Select(e => e.End)))
                .Append("};\n");
        }

        return Task.FromResult(script.ToString());
    }
}
