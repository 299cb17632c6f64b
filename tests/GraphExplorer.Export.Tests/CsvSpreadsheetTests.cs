using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

/// <summary>The analyst's CSV formats: what a spreadsheet opens, one evidence sentence or one entity per row.</summary>
public sealed class CsvSpreadsheetTests
{
    [Fact]
    public async Task Facts_are_one_row_per_evidence_sentence_with_names_titles_and_dates()
    {
        var bytes = await Exporting.BytesAsync("csv", Exporting.Sample());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("Source", rows[0][0]);
        Assert.Equal(5, rows.Count - 1); // four facts, one of them stated by two sentences
        var meeting = rows.Single(r => r[2] == "MET_WITH");
        Assert.Equal(["Qasim al-Araji", "Person", "MET_WITH", "Rebar Ahmed", "Person", "2024-03-20", "stated", "Erbil"], meeting[..8]);
        Assert.Equal("Talks in Erbil", meeting[12]);
        Assert.Equal("2024-03-20", meeting[13]);
        Assert.Equal("Rudaw", meeting[14]);
        Assert.Equal("Rebar Ahmed met Qasim al-Araji in Erbil on Wednesday.", meeting[15]);
        Assert.Equal("no", meeting[11]);
        Assert.Equal(2, rows.Count(r => r[2] == "SIGNED"));
        Assert.Equal("national security adviser", rows.Single(r => r[2] == "HOLDS_ROLE")[8]);
    }

    [Fact]
    public async Task A_reporting_date_is_marked_as_one_and_an_undated_fact_has_no_kind()
    {
        const string sentence = "Rebar Ahmed met Qasim al-Araji in Erbil.";
        var reported = new Relationship("MET_WITH", SampleGraphs.Araji.Id, SampleGraphs.Rebar.Id, [new Evidence("a", sentence, 0, sentence.Length)])
        {
            Date = new DateOnly(2024, 3, 21),
            DateKind = DateKind.Reported,
        };
        var undated = new Relationship("FOUGHT", SampleGraphs.Araji.Id, SampleGraphs.Rebar.Id, [new Evidence("a", sentence, 0, sentence.Length)]);

        var rows = Read(Encoding.UTF8.GetString((await Exporting.BytesAsync("csv", ExportDocument.ForGraph(new Subgraph([SampleGraphs.Rebar, SampleGraphs.Araji], [reported, undated], []))))[3..]));

        Assert.Equal("Date kind", rows[0][6]);
        Assert.Equal(["2024-03-21", "reported"], rows.Single(r => r[2] == "MET_WITH")[5..7]);
        Assert.Equal(["", ""], rows.Single(r => r[2] == "FOUGHT")[5..7]);
    }

    [Fact]
    public async Task Quotes_commas_and_line_breaks_are_quoted_and_formulas_are_defused()
    {
        var entity = new Entity("person:eq", NodeLabels.Person, "=HYPERLINK(\"http://x\",\"click\")", []);
        var other = new Entity("person:plain", NodeLabels.Person, "Plain, \"quoted\"\nname", []);
        const string sentence = "-1 said: \"yes, indeed\".";
        var graph = new Subgraph([entity, other], [new Relationship("MET_WITH", entity.Id, other.Id, [new Evidence("a", sentence, 0, sentence.Length)])], []);

        var text = Encoding.UTF8.GetString((await Exporting.BytesAsync("csv", ExportDocument.ForGraph(graph)))[3..]);

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Plain, \"\"quoted\"\"\nname\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'-1 said: \"\"yes, indeed\"\".\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var row = Read(text)[1];
        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")", row[0]);
        Assert.Equal("Plain, \"quoted\"\nname", row[3]);
    }

    [Fact]
    public async Task A_caption_sentence_is_marked_as_one()
    {
        const string caption = "Rebar Ahmed (left) meets Qasim al-Araji in Erbil (Handout via Reuters)";
        var graph = new Subgraph([SampleGraphs.Rebar, SampleGraphs.Araji], [new Relationship("MET_WITH", SampleGraphs.Araji.Id, SampleGraphs.Rebar.Id, [new Evidence("a", caption, 0, caption.Length)])], []);

        var rows = Read(Encoding.UTF8.GetString((await Exporting.BytesAsync("csv", ExportDocument.ForGraph(graph)))[3..]));

        Assert.Equal("yes", rows[1][11]);
    }

    [Fact]
    public async Task Entities_are_one_row_each_with_aliases_and_fact_counts()
    {
        var bytes = await Exporting.BytesAsync("entities-csv", Exporting.Sample());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Name", "Label", "Aliases", "Facts", "Id"], rows[0]);
        Assert.Equal(["Qasim al-Araji", "Person", "Araji | al-Araji", "2", "person:qasim-al-araji"], rows.Single(r => r[0] == "Qasim al-Araji"));
        Assert.Equal("0", rows.Single(r => r[0] == "Erbil")[3]);
        Assert.Equal(SampleGraphs.Sample.Nodes.Count, rows.Count - 1);
    }

    // RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
