using System.Reflection;
using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// The .NET 10 regex source generator emits code that can index past the input for lazy bounded loops
/// (<c>(?:\w+\s+){0,3}?</c>): ordinary sentences threw IndexOutOfRangeException and the whole article was refused.
/// </summary>
public sealed partial class RegexSafetyTests
{
    [Theory]
    [InlineData("The minister held a meeting in Erbil.")]
    [InlineData("The spokesman held a press conference in Baghdad on Monday.")]
    [InlineData("The delegation held talks.")]
    [InlineData("Iraq received a delegation.")]
    [InlineData("Turkey launched new strikes.")]
    [InlineData("Groups, which have long")]
    public void Ordinary_sentences_are_extracted_without_throwing(string sentence)
    {
        var graph = TestArticles.Extract($"Headline\n\n{sentence}\n");
        Assert.Equal("test_article", graph.Article.Id);
    }

    [Fact]
    public void No_generated_regex_uses_a_lazy_bounded_loop()
    {
        var patterns = typeof(ArticlePipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes<GeneratedRegexAttribute>().Select(a => (Method: $"{m.DeclaringType!.Name}.{m.Name}", a.Pattern)))
            .ToList();

        Assert.NotEmpty(patterns);
        var offenders = patterns.Where(p => LazyBoundedLoop().IsMatch(p.Pattern)).Select(p => p.Method).ToList();
        Assert.True(offenders.Count == 0, "lazy bounded loops in: " + string.Join(", ", offenders));
    }

    [GeneratedRegex(@"(?<!\\)\{\d*,\d+\}\?")]
    private static partial Regex LazyBoundedLoop();
}
