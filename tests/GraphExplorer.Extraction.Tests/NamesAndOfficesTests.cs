using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Evaluation;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Offices named through an anaphor or an appointment, names recognized by an apposition, and spellings of one name
/// across articles (letters without a decomposition, servant compounds, compounds written joined, split or hyphened).
/// Every sentence is written for these tests.
/// </summary>
public sealed class NamesAndOfficesTests
{
    private static ArticleGraph Read(string body) => TestArticles.Extract("Report\n\n" + body + "\n");

    private static Subgraph Corpus(params string[] bodies) =>
        CorpusGraph.Build(
            [.. bodies.Select((body, i) => new SourceDocument($"a{i}", "Headline\n\n" + body + "\n", SourceDocument.PlainText, $"h{i}"))],
            new ArticlePipeline(),
            new KnownEntityResolver());

    private static Entity Person(string name) => new(NameKey.EntityId(NodeLabels.Person, name), NodeLabels.Person, name, []);

    private static bool OnePerson(string first, string second)
    {
        var graph = new ArticleGraph(new Article("a2", "t", "text", "h"), [Person(second)], []);
        return Assert.Single(new KnownEntityResolver().ResolveAgainst(graph, [Person(first)]).Entities).Id == Person(first).Id;
    }

    [Theory]
    [InlineData("Masked men set fire to the offices of the Green Mountain Workers Party in Ranya on Tuesday. Its spokeswoman, Shilan Qadir, blamed the police.", "Shilan Qadir", "Green Mountain Workers Party")]
    [InlineData("Speaking for the Sinjar Resistance Council, its new commander Dilshad Khalaf said the fighters would stay.", "Dilshad Khalaf", "Sinjar Resistance Council")]
    [InlineData("The Halabja Teachers Union called a strike on Sunday. Pay has not come for months, its president Kazhal Rostam told reporters.", "Kazhal Rostam", "Halabja Teachers Union")]
    public void A_title_after_its_is_held_in_the_body_named_before(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void Its_before_no_title_or_with_no_body_named_gives_no_office()
    {
        var members = Read("The Green Mountain Workers Party marched in Ranya. Its members, among them Shilan Qadir, carried flags.");
        Assert.False(members.Has(EdgeTypes.HoldsRole, "Shilan Qadir", "Green Mountain Workers Party"), members.Facts());
        var orphan = Read("Its spokesman, Aras Kamil, said the talks had failed.");
        Assert.DoesNotContain(orphan.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Theory]
    [InlineData("Iraq reopened the Zurbatiya crossing, the Ministry of Electricity said. Trucks will cross at night, ministry spokesman Hadi Kareem said.", "Hadi Kareem")]
    [InlineData("The Ministry of Water Resources warned of floods. Ministry spokesman Hadi Kareem said the dams were full.", "Hadi Kareem")]
    public void A_bare_ministry_before_a_title_is_the_one_ministry_the_article_names(string body, string person)
    {
        var graph = Read(body);
        var ministry = graph.Entities.Single(e => e.Label == NodeLabels.Organization && e.Name.Contains("Ministry", StringComparison.Ordinal));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, ministry.Name), graph.Facts());
    }

    [Fact]
    public void A_bare_ministry_with_two_ministries_named_is_neither()
    {
        var graph = Read("The Ministry of Health and the Ministry of Trade sent aid to Zakho. Ministry spokesman Hadi Kareem said more would follow.");
        var person = graph.Find(NodeLabels.Person, "Hadi Kareem");
        Assert.NotNull(person);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name && r.SourceId == person.Id && r.TargetId.Contains("ministry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Garmiyan Farmers Union elected Nasik Hawrami as its president on Monday.", "Nasik Hawrami", "Garmiyan Farmers Union")]
    [InlineData("Delegates appointed Hogir Mirawdali as the spokesman of the Koya Farmers Union.", "Hogir Mirawdali", "Koya Farmers Union")]
    [InlineData("According to Rawand Salih, assistant director of the Duhok Water Directorate, the pipes were cut.", "Rawand Salih", "Duhok Water Directorate")]
    public void An_appointment_or_an_assistant_title_names_the_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.NotNull(graph.Find(NodeLabels.Person, person));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void As_before_no_title_names_no_office()
    {
        var graph = Read("The Erbil Chamber of Commerce regards Hogir Mirawdali as a friend, its statement said.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Hogir Mirawdali", "Erbil Chamber of Commerce"), graph.Facts());
    }

    [Theory]
    [InlineData("The only witness, Delshad Bapir, told police in Zakho that the car had stopped twice.", "Delshad Bapir")]
    [InlineData("A survivor, Sozan Mirkhan, said the boat sank near the shore.", "Sozan Mirkhan")]
    [InlineData("Police detained Rezan Kakeyi, 45, at a checkpoint near Kirkuk.", "Rezan Kakeyi")]
    [InlineData("Hazhar Qaradaghi (38) was freed on bail in Sulaimani.", "Hazhar Qaradaghi")]
    public void A_name_in_apposition_to_a_person_noun_or_an_age_is_a_person(string body, string person)
    {
        var graph = Read(body);
        Assert.NotNull(graph.Find(NodeLabels.Person, person));
    }

    [Fact]
    public void A_capitalized_name_after_a_comma_and_a_common_noun_is_no_person_without_such_a_cue()
    {
        var graph = Read("The convoy reached Bardarash Bridge, 35 kilometres south of Duhok, on Friday.");
        Assert.Null(graph.Find(NodeLabels.Person, "Bardarash Bridge"));
    }

    [Theory]
    [InlineData("Kılıçaslan", "kilicaslan")]
    [InlineData("Çakıroğlu", "cakiroglu")]
    [InlineData("Sæther Łukasz", "saether lukasz")]
    [InlineData("Saʿid", "said")]
    public void Letters_without_a_decomposition_fold_to_their_plain_spelling(string name, string key)
    {
        Assert.Equal(key, NameKey.Normalize(name));
    }

    [Theory]
    [InlineData("Mustafa Ozdemir Kilicaslan", "Mustafa Özdemir Kılıçaslan")]
    [InlineData("Abd al-Wahid Jumaili", "Abdul Waheed al-Jumaili")]
    [InlineData("Abdelkader Saadi", "Abd al-Qadir Saadi")]
    [InlineData("Gholamhossein Rezakhani", "Gholam Hossein Reza-Khani")]
    [InlineData("Aliakbar Nourmohammadi", "Ali Akbar Nour-Mohammadi")]
    public void Spellings_of_one_name_join_across_articles(string first, string second)
    {
        Assert.True(OnePerson(first, second));
        Assert.True(OnePerson(second, first));
    }

    [Theory]
    [InlineData("Abd al-Karim Jumaili", "Abd al-Rahim Jumaili")]
    [InlineData("Abdul Wahid Jumaili", "Abdullah Wahid Jumaili")]
    [InlineData("Gholamhossein Rezakhani", "Gholam Ali Reza-Khani")]
    [InlineData("Mustafa Kilicaslan", "Mehmet Kılıçaslan")]
    public void Different_names_written_the_same_ways_stay_apart(string first, string second)
    {
        Assert.False(OnePerson(first, second));
        Assert.False(OnePerson(second, first));
    }

    [Fact]
    public void A_Turkish_name_with_and_without_its_letters_is_one_person_in_either_order_and_a_relative_stays_apart()
    {
        string[] bodies =
        [
            "Turkish Ambassador Kemal Yuksel Bayraktaroglu met Iraqi officials in Baghdad.",
            "Turkey's envoy Kemal Yüksel Bayraktaroğlu travelled to Basra with trade attaché Selin Bayraktaroğlu.",
        ];
        List<string> People(IEnumerable<string> ordered) =>
            [.. Corpus([.. ordered]).Nodes.Where(n => n.Label == NodeLabels.Person).Select(n => string.Join(" | ", n.AllNames.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
        var forward = People(bodies);
        Assert.Equal(forward, People(bodies.Reverse()));
        Assert.Contains(forward, p => p.Contains("Kemal Yuksel Bayraktaroglu", StringComparison.Ordinal) && p.Contains("Kemal Yüksel Bayraktaroğlu", StringComparison.Ordinal));
        Assert.DoesNotContain(forward, p => p.Contains("Kemal", StringComparison.Ordinal) && p.Contains("Selin", StringComparison.Ordinal));
    }
}
