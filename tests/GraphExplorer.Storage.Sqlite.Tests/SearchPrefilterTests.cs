using GraphExplorer.Storage.Sqlite.Queries;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// The search's SQL prefilter on the first letter of a vocabulary term must never drop a term that shares the query
/// word's transliteration skeleton: checked over every pair of a generated vocabulary.
/// </summary>
public sealed class SearchPrefilterTests
{
    [Fact]
    public void A_term_of_the_same_skeleton_always_starts_with_one_of_the_first_letters()
    {
        var random = new Random(11);
        const string letters = "abcdefghijklmnopqrstuvwxyzéø0123456789";
        var words = Enumerable.Range(0, 600)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => letters[random.Next(letters.Length)])]))
            .Concat(["qasim", "kasim", "cassem", "qassem", "ahmed", "ehmed", "yusuf", "usuf", "muhammad", "mohamed", "walid", "hadi"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var checkedPairs = 0;
        foreach (var word in words)
        {
            var firstLetters = SearchScore.SkeletonFirstLetters(word);
            foreach (var term in words.Where(term => term != word && SearchScore.SameTransliteration(word, term)))
            {
                Assert.Contains(term[0], firstLetters);
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs >= 12, $"only {checkedPairs} pairs of different words shared a skeleton: the check proved little");
        Assert.Equal("aeiouy", SearchScore.SkeletonFirstLetters("usuf"));
        Assert.Equal("kqc", SearchScore.SkeletonFirstLetters("qasim"));
        Assert.Equal("m", SearchScore.SkeletonFirstLetters("mohamed"));
    }
}
