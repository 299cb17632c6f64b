using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Benchmark;

/// <summary>
/// A deterministic generator of news-like articles for benchmarks: headlines, datelines, bylines, page
/// furniture and paragraphs built from sentence templates whose people, offices, states, places,
/// organizations and verbs vary from article to article. Pure: the same seed gives the same corpus.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Given = ["Karim", "Layla", "Omar", "Nadia", "Hassan", "Soran", "Dilan", "Farid", "Samir", "Yusuf", "Aram", "Jamal", "Rana", "Tariq", "Bahar", "Idris"];
    private static readonly string[] Family = ["al-Hakim", "Mahmoudi", "al-Jubouri", "Barzinji", "Rostami", "al-Obeidi", "Talabani", "Nouri", "Kaya", "Demir", "al-Rubaie", "Haddad", "Zebari", "Khoshnaw"];
    private static readonly string[] States = ["Iraq", "Iran", "Syria", "Turkey", "Jordan", "Lebanon", "Saudi Arabia", "Kuwait", "Qatar", "Egypt", "France", "Germany", "Russia", "China"];
    private static readonly string[] Adjectives = ["Iraqi", "Iranian", "Syrian", "Turkish", "Jordanian", "Lebanese", "Saudi", "Kuwaiti", "Qatari", "Egyptian", "French", "German", "Russian", "Chinese"];
    private static readonly string[] Places = ["Erbil", "Mosul", "Basra", "Kirkuk", "Duhok", "Tabriz", "Aleppo", "Raqqa", "Ankara", "Amman", "Beirut", "Riyadh", "Doha", "Cairo", "Najaf", "Karbala"];
    private static readonly string[] Bodies = ["Ministry of Water Resources", "Border Guard Command", "National Reconciliation Council", "Tribal Mobilization Front", "Regional Security Agency", "Democratic Unity Party", "Free Homeland Movement", "Joint Crisis Committee"];
    private static readonly string[] Titles = ["Prime Minister", "Foreign Minister", "Defense Minister", "Interior Minister", "President", "national security adviser"];
    private static readonly string[] Subjects = ["water sharing", "border security", "trade", "energy supplies", "refugee returns", "counter-terrorism"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Templates =
    [
        "{A0} {T0} {P0} met with {A1} {T1} {P1} in {L0} on {D}, the two sides said in a joint statement.",
        "{P0}, head of the {B0}, held talks with {P1} about {S} and the situation along the {A0}-{A1} border.",
        "{S0} and {S1} signed a {S} agreement in {L1} that officials said would take effect next month.",
        "The deal signed by {P0} and {P1} commits both governments to regular consultations on {S}.",
        "{S1} accused the {B1} of smuggling weapons across the border with {S0}, a charge the group denied.",
        "{A0} forces launched drone strikes against positions of the {B1} near {L0} on {D}, local officials said.",
        "Fighters of the {B0} and {A1} troops exchanged fire near {L1}, leaving several people wounded.",
        "{P1} arrived in {L0} on {D} for a two-day visit, his office said.",
        "The {B1}, which is backed by {S0}, has denied any role in the attacks.",
        "Officials from the {B0} said they would coordinate with the {B1} to reopen the main road to {L1}.",
        "\u201cWe will not allow anyone to use our territory against our neighbours,\u201d {P0} told reporters in {L1}.",
        "Analysts said the talks were unlikely to resolve long-standing disputes over {S} in the short term.",
        "Prices in the markets of {L0} rose sharply after the announcement, traders said.",
        "{A1} Foreign Minister {P1} denounced what he called interference by {S0} in the affairs of the region.",
        "Last year, {S1} and the {B0} clashed repeatedly over control of the crossing near {L0}.",
        "The meeting came days after a visit to {L1} by a delegation led by {P0}.",
    ];

    private static readonly string[] Furniture = ["Leave a Comment", "Related Posts", "You may also like", "Source link", "- Advertisment -"];

    /// <summary>Builds articles until their content reaches <paramref name="targetBytes"/> (UTF-8), from the given seed.</summary>
    public static IReadOnlyList<SourceDocument> Generate(long targetBytes = 10_000_000, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetBytes);
#pragma warning disable CA5394 // deterministic test data, not security
        var random = new Random(seed);
        var documents = new List<SourceDocument>();
        long total = 0;
        while (total < targetBytes)
        {
            var text = Article(random);
            var bytes = Encoding.UTF8.GetBytes(text);
            var id = $"synthetic_{documents.Count:D6}";
            documents.Add(new SourceDocument(id, text, SourceDocument.PlainText, Convert.ToHexStringLower(SHA256.HashData(bytes)), id + ".txt"));
            total += bytes.Length;
        }
#pragma warning restore CA5394

        return documents;
    }

    /// <summary>
    /// One article of exactly <paramref name="sentences"/> body sentences (plus dateline, headline and byline), for
    /// measuring how extraction time grows with an article's length. Every few paragraphs the people, states,
    /// places and bodies change, as in a long report, so mentions, entities and repeated facts all grow with it.
    /// </summary>
    public static SourceDocument LongArticle(int sentences, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
#pragma warning disable CA5394 // deterministic test data, not security
        var random = new Random(seed);
        var slots = Slots(random);
        var b = new StringBuilder();
        Heading(random, slots, b);
        var written = 0;
        for (var p = 0; written < sentences; p++)
        {
            if (p % 4 == 3)
            {
                slots = Slots(random);
            }

            written += Paragraph(random, slots, b, Math.Min(random.Next(2, 5), sentences - written));
        }
#pragma warning restore CA5394

        var text = b.ToString();
        var id = $"synthetic_long_{sentences}";
        return new SourceDocument(id, text, SourceDocument.PlainText, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), id + ".txt");
    }

#pragma warning disable CA5394
    private static string Article(Random random)
    {
        var slots = Slots(random);
        var b = new StringBuilder();
        Heading(random, slots, b);
        var paragraphs = random.Next(6, 14);
        for (var p = 0; p < paragraphs; p++)
        {
            Paragraph(random, slots, b, random.Next(2, 5));
        }

        b.Append(Pick(random, Furniture)).Append("\n\n");
        return b.ToString();
    }

    private static Dictionary<string, string> Slots(Random random)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            var state = random.Next(States.Length);
            slots[$"S{i}"] = States[state];
            slots[$"A{i}"] = Adjectives[state];
            slots[$"P{i}"] = $"{Pick(random, Given)} {Pick(random, Family)}";
            slots[$"T{i}"] = Pick(random, Titles);
            slots[$"L{i}"] = Pick(random, Places);
            slots[$"B{i}"] = Pick(random, Bodies);
        }

        slots["S"] = Pick(random, Subjects);
        slots["D"] = Pick(random, Days);
        return slots;
    }

    private static void Heading(Random random, Dictionary<string, string> slots, StringBuilder b)
    {
        b.Append("• ").Append(Pick(random, Days)).Append(", ").Append(random.Next(1, 29)).Append(' ').Append(Pick(random, Months)).Append(' ').Append(random.Next(2019, 2026)).Append("\n\n");
        b.Append(Fill($"{{S0}} and {{S1}} discuss {{S}} as {{P0}} visits {{L0}}", slots)).Append("\n\n");
        b.Append("By ").Append(Pick(random, Given)).Append(' ').Append(Pick(random, Family)).Append("\n\n");
    }

    /// <summary>Appends one paragraph of <paramref name="sentences"/> sentences; returns how many.</summary>
    private static int Paragraph(Random random, Dictionary<string, string> slots, StringBuilder b, int sentences)
    {
        for (var s = 0; s < sentences; s++)
        {
            b.Append(Fill(Pick(random, Templates), slots)).Append(' ');
        }

        b.Append("\n\n");
        return sentences;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
#pragma warning restore CA5394

    private static string Fill(string template, Dictionary<string, string> slots)
    {
        var text = template;
        foreach (var (key, value) in slots)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
