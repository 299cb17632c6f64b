using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using Spectre.Console;

namespace GraphExplorer.Cli.Tests;

/// <summary>Query results at a terminal: evidence given the width, articles by title, columns in words.</summary>
public sealed class ResultTableTests
{
    private const string Sentence =
        "The foreign ministers of Jordan and Lebanon held two rounds of talks in Amman on Monday about the return of refugees and the reopening of the crossing at Masnaa.";

    private static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string> { ["j_0042_a1b2c3"] = "Jordan and Lebanon agree to reopen the Masnaa crossing" };

    private static QueryResult Meetings() => new(
        "meetings",
        new Dictionary<string, object?> { ["actor"] = null, ["limit"] = 200L },
        ["participant", "metWith", "date", "place", "articles", "sentences"],
        [["Ayman Safadi", "Abdallah Bou Habib", "2024-03-11", "Amman", (IReadOnlyList<string>)["j_0042_a1b2c3"], (IReadOnlyList<string>)[Sentence]]],
        Subgraph.Empty);

    private static List<string> Render(QueryResult result, int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Write(ResultTable.Render(result, Titles, width));
        return [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())];
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(200)]
    public void Evidence_takes_the_width_and_never_wraps_one_word_per_line(int width)
    {
        var lines = Render(Meetings(), width);

        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        // The sentence's words, read back line by line, come in runs of at least six words per line.
        var evidenceLines = lines.Where(l => l.Contains("Jordan and", StringComparison.Ordinal) || l.Contains("refugees", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(evidenceLines);
        Assert.Contains(lines, l => l.Contains("The foreign ministers of Jordan and Lebanon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wide_terminal_gets_a_table_and_a_narrow_one_a_block_per_row()
    {
        var wide = Render(Meetings(), 200);
        var narrow = Render(Meetings(), 80);

        Assert.Contains(wide, l => l.StartsWith('│') && l.Contains("Participant", StringComparison.Ordinal) && l.Contains("Evidence", StringComparison.Ordinal));
        Assert.Contains(narrow, l => l.StartsWith("Participant  Ayman Safadi", StringComparison.Ordinal));
        Assert.Contains(narrow, l => l.StartsWith("Met with     Abdallah Bou Habib", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_are_shown_by_title_and_machine_columns_are_left_to_json()
    {
        var evidence = new QueryResult(
            "evidence",
            new Dictionary<string, object?>(),
            ["edge", "type", "source", "target", "article", "title", "startOffset", "sentence"],
            [["MET_WITH|person:a|person:b", "MET_WITH", "Ayman Safadi", "Abdallah Bou Habib", "j_0042_a1b2c3", "Jordan and Lebanon agree to reopen the Masnaa crossing", 120L, Sentence]],
            Subgraph.Empty);

        var text = string.Join('\n', Render(evidence, 120));

        Assert.Contains("Jordan and Lebanon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("j_0042_a1b2c3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MET_WITH|person", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Start offset", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_result_says_so_with_the_arguments_that_were_given()
    {
        var empty = new QueryResult("meetings", new Dictionary<string, object?> { ["from"] = new DateOnly(2030, 1, 1), ["limit"] = 200L }, ["participant"], [], Subgraph.Empty);

        Assert.Equal("meetings: no rows for from=2030-01-01.", Render(empty, 80)[0]);
    }

    [Fact]
    public void A_score_column_is_explained_under_the_table()
    {
        var actors = new QueryResult("key-actors", new Dictionary<string, object?> { ["limit"] = 10L },
            ["name", "label", "degree", "betweenness", "degreeRank", "betweennessRank"], [["Jordan", "Country", 3L, 2.5, 1L, 1L]], Subgraph.Empty);

        var text = string.Join(' ', Render(actors, 100));

        Assert.Contains("Betweenness: how much the entity is a go-between", text, StringComparison.Ordinal);
        Assert.Contains("Degree rank", text, StringComparison.Ordinal);
    }
}
