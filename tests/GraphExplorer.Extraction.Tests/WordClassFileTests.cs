using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// The closed word-class files (relationwords.tsv, anaphora-words.tsv): read into one lower-case set per class, and a row
/// the reader cannot place fails at load naming the file and the row, instead of leaving a class silently short.
/// </summary>
public sealed class WordClassFileTests
{
    [Fact]
    public void Rows_fill_their_class_in_lower_case_and_comments_are_skipped()
    {
        var words = WordClasses.Load("test.tsv", "# a comment\nbody-noun\tMilitia\nbody-noun\tfront\n\nevent-noun\ttalks\n", ["body-noun", "event-noun"]);

        Assert.Equal(["front", "militia"], words.Class("body-noun").Order(StringComparer.Ordinal));
        Assert.True(words.Contains("event-noun", "Talks"));
        Assert.False(words.Contains("event-noun", "militia"));
    }

    [Theory]
    [InlineData("body-nouns\tgroup")] // a misspelt class
    [InlineData("body-noun")] // no word
    [InlineData("body-noun\t ")] // an empty word
    public void A_row_the_reader_cannot_place_fails_naming_the_file_and_the_row(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => WordClasses.Load("anaphora-words.tsv", row + "\n", ["body-noun"]));

        Assert.StartsWith("anaphora-words.tsv: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(row.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("person-plural", "officials")]
    [InlineData("state-plural", "countries")]
    [InlineData("body-noun", "militia")]
    [InlineData("armed-group-noun", "faction")]
    [InlineData("armed-unit-head", "brigade")]
    [InlineData("body-description", "militant")]
    [InlineData("delegation-noun", "delegation")]
    [InlineData("collective", "authorities")]
    [InlineData("signer-noun", "signatories")]
    [InlineData("event-noun", "talks")]
    public void The_embedded_anaphora_words_load_into_the_classes_the_resolver_reads(string wordClass, string word)
    {
        var words = WordClasses.Load("anaphora-words.tsv", GazetteerFiles.Read("anaphora-words.tsv"), Resolution.AnaphoraResolver.WordClassNames);

        Assert.True(words.Contains(wordClass, word));
    }
}
