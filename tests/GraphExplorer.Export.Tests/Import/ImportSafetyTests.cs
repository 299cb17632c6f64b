using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using GraphExplorer.Export.Import;
using GraphExplorer.Export.Tests.Support;
using GraphExplorer.TestSupport.Fakes;

namespace GraphExplorer.Export.Tests.Import;

/// <summary>
/// Hostile or corrupt imports are refused before anything is saved, with a reason that names what is wrong:
/// zip bombs, too many entries, lying zip headers, deep nesting, unknown labels and types, confidences that are
/// not numbers from 0 to 1, CREATE statements the import cannot load, article texts rebuilt too long.
/// </summary>
public sealed partial class ImportSafetyTests
{
    private readonly InMemoryGraphStore store = new();

    private Task<int> Import(string format, byte[] bytes, ImportLimits? limits = null) =>
        GraphImporter.ImportAsync(format, new MemoryStream(bytes), store, limits ?? ImportLimits.Default, TestContext.Current.CancellationToken);

    private async Task<string> RefusalAsync(string format, byte[] bytes, ImportLimits? limits = null)
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => Import(format, bytes, limits));
        Assert.Empty(store.ArticleIds);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_inflated()
    {
        // 64 MiB of one letter deflate to about 64 KB: a thousand times, where csv text compresses 3 to 20 times.
        var bomb = Zip(("nodes.csv", 64 << 20), ("relationships.csv", 10), ("articles.csv", 10));

        var message = await RefusalAsync("neo4j-csv", bomb);

        Assert.Contains("nodes.csv expands", message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_with_too_many_entries_or_too_many_bytes_is_refused()
    {
        var crowded = Zip([.. Enumerable.Range(0, 40).Select(i => ($"extra-{i}.csv", 10))]);
        Assert.Contains("40 zip entries", await RefusalAsync("neo4j-csv", crowded), StringComparison.Ordinal);

        var export = await Exporting.BytesAsync("neo4j-csv", Exporting.Sample());
        Assert.Contains("over the 100-byte import limit", await RefusalAsync("neo4j-csv", export, ImportLimits.Default with { MaxUncompressedBytes = 100 }), StringComparison.Ordinal);
        Assert.Contains("over the 50-byte import limit", await RefusalAsync("neo4j-csv", export, ImportLimits.Default with { MaxInputBytes = 50 }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cypher_script_with_a_hundred_thousand_nested_brackets_is_refused_not_a_stack_overflow()
    {
        var script = "MERGE (n:Entity {id: 'person:x'}) SET n:`Person`, n += {name: 'X', aliases: " + new string('[', 100_000) + new string(']', 100_000) + "};\n";

        var message = await RefusalAsync("cypher", Encoding.UTF8.GetBytes(script));

        Assert.Contains("nested more than 32 deep", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_nested_past_the_limit_is_refused()
    {
        var json = "{\"nodes\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"relationships\": [], \"articles\": []}";

        Assert.Contains("Not a GraphExplorer json export", await RefusalAsync("json", Encoding.UTF8.GetBytes(json)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cypher")]
    [InlineData("json")]
    [InlineData("neo4j-csv")]
    public async Task An_unknown_label_is_refused_by_entity(string format)
    {
        var graph = SampleGraphs.Sample with { Nodes = [.. SampleGraphs.Sample.Nodes.Select(n => n.Id == SampleGraphs.Erbil.Id ? n with { Label = "Alien" } : n)] };
        var bytes = await Exporting.BytesAsync(format, ExportDocument.ForGraph(graph));

        var message = await RefusalAsync(format, bytes);

        Assert.Contains("Entity 'place:erbil' has label 'Alien', which is not one of Person", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cypher", "1e999", "Infinity")]
    [InlineData("cypher", "-0.5", "-0.5")]
    [InlineData("neo4j-csv", "NaN", "NaN")]
    [InlineData("neo4j-csv", "Infinity", "Infinity")]
    [InlineData("json", "1.5", "1.5")]
    public async Task A_confidence_that_is_not_a_number_from_0_to_1_is_refused(string format, string written, string shown)
    {
        var bytes = await Exporting.BytesAsync(format, Exporting.Sample());
        var edited = format switch
        {
            "cypher" => Encoding.UTF8.GetBytes(ConfidenceInCypher().Replace(Encoding.UTF8.GetString(bytes), $"confidence: {written}", 1)),
            "json" => Encoding.UTF8.GetBytes(ConfidenceInJson().Replace(Encoding.UTF8.GetString(bytes), $"\"confidence\": {written}", 1)),
            _ => ReplaceInZip(bytes, "relationships.csv", text => ConfidenceInCsv().Replace(text, $",{written},\"", 1)),
        };

        var message = await RefusalAsync(format, edited);

        Assert.Contains($"has confidence {shown}, not a number from 0 to 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_node_with_two_entity_labels_is_refused()
    {
        var bytes = ReplaceInZip(await Exporting.BytesAsync("neo4j-csv", Exporting.Sample()), "nodes.csv", text => text.Replace("\"Entity\u001FPlace\"", "\"Entity\u001FPlace\u001FPerson\"", StringComparison.Ordinal));

        Assert.Contains("names 2 entity labels (Place, Person)", await RefusalAsync("neo4j-csv", bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_statement_is_refused_by_line_and_the_export_constraints_are_accepted()
    {
        var script = Encoding.UTF8.GetString(await Exporting.BytesAsync("cypher", Exporting.Sample()));
        Assert.Contains("CREATE CONSTRAINT entity_id IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Equal(2, await Import("cypher", Encoding.UTF8.GetBytes(script)));

        var withCreate = script + "CREATE (p:Person {id: 'person:new', name: 'New Person'});\n";
        var fresh = new ImportSafetyTests();
        var message = await fresh.RefusalAsync("cypher", Encoding.UTF8.GetBytes(withCreate));
        Assert.Matches(@"line \d+: 'CREATE \( p : Person", message);
        Assert.Contains("is not supported", message, StringComparison.Ordinal);

        var otherConstraint = "CREATE CONSTRAINT name_unique FOR (n:Entity) REQUIRE n.name IS UNIQUE;\n" + script;
        Assert.Contains("line 1: 'CREATE CONSTRAINT name_unique", await fresh.RefusalAsync("cypher", Encoding.UTF8.GetBytes(otherConstraint)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_offsets_that_would_rebuild_too_much_text_are_refused()
    {
        var bytes = await Exporting.BytesAsync("json", Exporting.Sample());

        var message = await RefusalAsync("json", bytes, ImportLimits.Default with { MaxArticleTextChars = 50 });

        Assert.Contains("over the import limit of 50", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_path_in_an_older_export_is_cut_to_the_file_name()
    {
        var graph = SampleGraphs.Sample with { Articles = [SampleGraphs.ArticleOne with { Source = "/srv/graph/inbox/2024/art-1.txt" }, SampleGraphs.ArticleTwo with { Source = @"C:\data\art-2.html" }] };

        await Import("json", await Exporting.BytesAsync("json", ExportDocument.ForGraph(graph)));

        var stored = await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["art-1.txt", "art-2.html"], stored.Articles.Select(a => a.Source));
    }

    [Theory]
    [InlineData("{}", "the document.nodes is missing or not an array")]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("{\"nodes\": [{\"id\": 3}], \"relationships\": [], \"articles\": []}", "nodes[0].id is not a string")]
    [InlineData("{\"nodes\": [], \"relationships\": [{\"type\": \"MET_WITH\", \"source\": \"a\", \"target\": \"b\", \"evidence\": []}], \"articles\": []}", "relationships[0].confidence is missing")]
    [InlineData("not json", "Not a GraphExplorer json export")]
    public async Task Json_that_is_not_an_export_is_refused_naming_the_element(string json, string expected) =>
        Assert.Contains(expected, await RefusalAsync("json", Encoding.UTF8.GetBytes(json)), StringComparison.Ordinal);

    private static byte[] Zip(params (string Name, int Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'a');
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (var written = 0; written < bytes; written += chunk.Length)
                {
                    stream.Write(chunk, 0, Math.Min(chunk.Length, bytes - written));
                }
            }
        }

        return output.ToArray();
    }

    private static byte[] ReplaceInZip(byte[] zip, string entry, Func<string, string> edit)
    {
        var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var old = archive.GetEntry(entry)!;
            string text;
            using (var reader = new StreamReader(old.Open()))
            {
                text = reader.ReadToEnd();
            }

            old.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open(), new UTF8Encoding(false));
            writer.Write(edit(text));
        }

        return copy.ToArray();
    }

    [GeneratedRegex(@"confidence: [0-9.Ee+-]+")]
    private static partial Regex ConfidenceInCypher();

    [GeneratedRegex(@"""confidence"": [0-9.Ee+-]+")]
    private static partial Regex ConfidenceInJson();

    // relationships.csv: ...,"allegation",confidence,"evidenceArticles"... : the one unquoted number before the evidence arrays
    [GeneratedRegex(@",[0-9.Ee+-]+,""")]
    private static partial Regex ConfidenceInCsv();
}
