using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Evaluation;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// One person, several written names: surnames inside an article, spellings and shorter forms across
/// articles; and the guards that keep relatives and namesakes apart.
/// </summary>
public sealed class PersonResolutionTests
{
    private static Entity Person(string name, params string[] aliases) => new(NameKey.EntityId(NodeLabels.Person, name), NodeLabels.Person, name, aliases);

    private static Entity? Resolve(Entity fresh, params Entity[] known)
    {
        var graph = new ArticleGraph(new Article("a2", "t", "text", "h"), [fresh], []);
        var resolved = Assert.Single(new KnownEntityResolver().ResolveAgainst(graph, known).Entities);
        return known.FirstOrDefault(k => k.Id == resolved.Id);
    }

    private static Subgraph Corpus(params string[] bodies) =>
        CorpusGraph.Build(
            [.. bodies.Select((body, i) => new SourceDocument($"a{i}", "Headline\n\n" + body + "\n", SourceDocument.PlainText, $"h{i}"))],
            new ArticlePipeline(),
            new KnownEntityResolver());

    [Theory]
    [InlineData("Qassem al-Jaberi", "Qasim al-Jaberi")]
    [InlineData("Fouad Hamadi", "Fuad Hamadi")]
    [InlineData("Karim Sanaani", "Karim Sanani")]
    [InlineData("Davood Amir-Hosseinian", "Davood Amirhosseinian")]
    [InlineData("Ali Kazem Tamimi", "Ali Kadhim Tamimi")]
    [InlineData("Mohsen Rezaei-Far", "Muhsin Rida Far")]
    [InlineData("Ahmed Yousef Nouri", "Ahmad Yusuf Nuri")]
    [InlineData("Othman Sabet", "Uthman Thabet")]
    [InlineData("Rashed Mahdi Awadh", "Rashad Mahdi Awad")]
    [InlineData("Hamed Maruan Saleh", "Hamid Marwan Salih")]
    [InlineData("Dhiab Sameer Hayek", "Diab Samir Hayek")]
    public void Spellings_of_one_name_in_two_articles_are_one_person(string first, string second)
    {
        Assert.NotNull(Resolve(Person(second), Person(first)));
        Assert.NotNull(Resolve(Person(first), Person(second)));
    }

    /// <summary>
    /// A writer hands the resolver the same known entities article after article (what it reads of each is kept by object,
    /// whether two names are one person by pair): resolving again against the same objects, in any order, matches what
    /// resolving against fresh copies matches, persons by full name and by bare surname, and bodies by name.
    /// </summary>
    [Fact]
    public void Known_entities_handed_again_resolve_as_fresh_copies_do()
    {
        Entity[] known =
        [
            Person("Qassem al-Jaberi"), Person("Recep Tayyip Erdogan", "Tayyip Erdogan"), Person("Nabil Haddad"), Person("Haddad"),
            new(NameKey.EntityId(NodeLabels.Organization, "Border Guard Command"), NodeLabels.Organization, "Border Guard Command", ["the Border Guard Command"]),
        ];
        Entity[] articles =
        [
            Person("Qasim al-Jaberi"), Person("Tayyip Erdogan"), Person("Nabil Hadid"), Person("Haddad"), Person("Erdogan"),
            new(NameKey.EntityId(NodeLabels.Organization, "Border Guard Command"), NodeLabels.Organization, "Border Guard Command", []),
            Person("Khalid Jaberi"), Person("Recep Erdogan"),
        ];

        var expected = articles.Select(a => Resolve(a, [.. known.Select(k => k with { })])?.Id).ToList();
        Assert.Equal([known[0].Id, known[1].Id, null, known[3].Id, null, known[4].Id, null], expected.Take(7));
        foreach (var order in new[] { articles, [.. articles.Reverse()], [.. articles, .. articles] })
        {
            foreach (var article in order)
            {
                Assert.Equal(expected[Array.IndexOf(articles, article)], Resolve(article, known)?.Id);
            }
        }
    }

    [Theory]
    [InlineData("Omar Jaberi", "Khalid Jaberi")]
    [InlineData("Hamad Obeidi", "Hamid Obeidi")]
    [InlineData("Hassan Rawi", "Hussein Rawi")]
    [InlineData("Ali Hassan Rawi", "Hassan Ali Rawi")]
    [InlineData("Karim Sanaani", "Karim Sanandaji")]
    [InlineData("Rashad Mahdi Awadh", "Rashid Mahdi Awad")]
    [InlineData("Samir Mahdi Awadh", "Tarek Mahdi Awad")]
    [InlineData("Rashed Awadh", "Rashed Awadi")]
    [InlineData("Nabil Haddad", "Nabil Hadid")]
    public void Different_given_names_or_surnames_stay_two_people(string first, string second)
    {
        Assert.Null(Resolve(Person(second), Person(first)));
        Assert.Null(Resolve(Person(first), Person(second)));
    }

    [Fact]
    public void A_shorter_form_of_a_known_full_name_is_that_person()
    {
        Assert.NotNull(Resolve(Person("Tayyip Demirel"), Person("Recep Tayyip Demirel")));
        Assert.NotNull(Resolve(Person("Recep Tayyip Demirel"), Person("Tayyip Demirel")));
        Assert.NotNull(Resolve(Person("Thamer al-Obeidi"), Person("Thamer Ali al-Obeidi")));
    }

    [Fact]
    public void In_a_chain_of_Arabic_names_the_second_name_is_the_father_not_a_shorter_form()
    {
        Assert.Null(Resolve(Person("Ali al-Obeidi"), Person("Thamer Ali al-Obeidi")));
    }

    [Fact]
    public void A_bare_surname_never_joins_a_full_name_across_articles()
    {
        Assert.Null(Resolve(Person("Obeidat"), Person("Salim Obeidat")));
        Assert.Null(Resolve(Person("Salim Obeidat"), Person("Obeidat")));
        Assert.NotNull(Resolve(Person("Obeidat"), Person("Obeidat")));
    }

    [Fact]
    public void A_known_surname_alias_joins_no_relative()
    {
        // the first article called its prime minister "Obeidat" too; the minister of the second is another man
        Assert.Null(Resolve(Person("Salim Obeidat"), Person("Nasser Obeidat", "Obeidat")));
    }

    [Fact]
    public void A_shorter_form_that_fits_two_known_people_joins_neither()
    {
        Assert.Null(Resolve(Person("Ali Tamimi"), Person("Ali Hadi Tamimi"), Person("Ali Fadel Tamimi")));
    }

    [Fact]
    public void A_name_that_fits_only_some_of_a_known_persons_names_stays_apart()
    {
        // "Mohammed Ali al-Rawi" fits the short "Mohammed al-Rawi" but not the full "Mohammed Salih al-Rawi"
        Assert.Null(Resolve(Person("Mohammed Ali al-Rawi"), Person("Mohammed Salih al-Rawi", "Mohammed al-Rawi")));
    }

    [Fact]
    public void Inside_an_article_a_bare_surname_is_the_relative_named_nearest_before_it()
    {
        var graph = TestArticles.Extract("Headline\n\nInterior Minister Salim Obeidat met Prime Minister Nasser Obeidat in Amman. "
            + "Obeidat said the border was calm. Later, army chief Fadi Obeidat visited Zarqa, where Obeidat inspected the troops.\n");
        var persons = graph.Entities.Where(e => e.Label == NodeLabels.Person).ToList();
        Assert.Equal(3, persons.Count);
        Assert.Contains("Obeidat", graph.Find(NodeLabels.Person, "Nasser Obeidat")!.Aliases);
        Assert.Contains("Obeidat", graph.Find(NodeLabels.Person, "Fadi Obeidat")!.Aliases);
        Assert.DoesNotContain("Obeidat", graph.Find(NodeLabels.Person, "Salim Obeidat")!.Aliases);
    }

    [Fact]
    public void Relatives_sharing_a_surname_stay_apart_across_articles_after_a_bare_surname_was_used()
    {
        var corpus = Corpus(
            "Jordanian Prime Minister Nasser Obeidat said the border was calm. Speaking in Amman, Obeidat said patrols would go on.",
            "Jordanian Interior Minister Salim Obeidat met Prime Minister Nasser Obeidat and army chief Fadi Obeidat in Irbid.");
        var persons = corpus.Nodes.Where(n => n.Label == NodeLabels.Person).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Fadi Obeidat", "Nasser Obeidat", "Salim Obeidat"], persons);
    }

    [Fact]
    public void Corresponding_letters_make_one_name_and_other_letters_do_not()
    {
        // e for a or i, dh for d or z, w for v or u; never one vowel for another nor one consonant for another
        Assert.True(Extraction.Resolution.PersonNames.WordsMatch("rashed", "rashad"));
        Assert.True(Extraction.Resolution.PersonNames.WordsMatch("rashed", "rashid"));
        Assert.False(Extraction.Resolution.PersonNames.WordsMatch("rashad", "rashid"));
        Assert.True(Extraction.Resolution.PersonNames.WordsMatch("awadh", "awad"));
        Assert.True(Extraction.Resolution.PersonNames.WordsMatch("kadhem", "kazim"));
        Assert.True(Extraction.Resolution.PersonNames.WordsMatch("marwan", "maruan"));
        Assert.False(Extraction.Resolution.PersonNames.WordsMatch("awad", "awar"));
        Assert.False(Extraction.Resolution.PersonNames.WordsMatch("awad", "awadi"));
        Assert.False(Extraction.Resolution.PersonNames.WordsMatch("eli", "ali"));
    }

    [Fact]
    public void Spelling_variants_across_articles_join_in_either_order_and_a_namesake_stays_apart()
    {
        string[] bodies =
        [
            "Sudanese Finance Minister Rashed Dhiab bin Nasser arrived in Cairo on Monday.",
            "Sudan's finance minister, Rashad Diab bin Nasser, met Egyptian bankers. He was joined by Rashad Kamal al-Tayeb, a trader.",
        ];
        List<string> People(IEnumerable<string> ordered) =>
            [.. Corpus([.. ordered]).Nodes.Where(n => n.Label == NodeLabels.Person).Select(n => string.Join(" | ", n.AllNames.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
        var forward = People(bodies);
        Assert.Equal(forward, People(bodies.Reverse()));
        Assert.Equal(2, forward.Count);
        Assert.Contains(forward, p => p.Contains("Rashed Dhiab bin Nasser", StringComparison.Ordinal) && p.Contains("Rashad Diab bin Nasser", StringComparison.Ordinal));
        Assert.Contains(forward, p => p == "Rashad Kamal al-Tayeb");
    }

    [Fact]
    public void A_transliterated_name_in_a_second_article_joins_the_person_of_the_first()
    {
        var corpus = Corpus(
            "Iranian envoy Mohammad Kazem Rezaei-Far met Omani officials in Muscat.",
            "Iran's envoy, Muhammad Kadhim Rida Far, visited Sohar on Monday.");
        var person = Assert.Single(corpus.Nodes, n => n.Label == NodeLabels.Person);
        Assert.Contains(person.AllNames, n => n == "Muhammad Kadhim Rida Far");
        Assert.Contains(person.AllNames, n => n == "Mohammad Kazem Rezaei-Far");
    }
}
