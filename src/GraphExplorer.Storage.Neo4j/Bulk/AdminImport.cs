using System.Globalization;
using System.Text;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Curation;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Bulk;

/// <summary>The files <see cref="AdminImport.Write"/> wrote, what they hold, and the <c>neo4j-admin</c> arguments that load them.</summary>
/// <param name="Folder">Where the files are.</param>
/// <param name="Entities">Entity nodes.</param>
/// <param name="Articles">Article nodes.</param>
/// <param name="Mentions">MENTIONS relationships.</param>
/// <param name="Facts">Fact relationships.</param>
/// <param name="Assertions">Assertion nodes: each article's evidence and attributes for each fact it states.</param>
/// <param name="Extracted">ExtractedArticle nodes: each article's graph as extracted, which curation applies its log to.</param>
/// <param name="MultilineFiles">The files with a line break inside a value (neo4j-admin must be told, and parses them more slowly).</param>
public sealed record AdminImportFiles(string Folder, int Entities, int Articles, int Mentions, int Facts, int Assertions, int Extracted, IReadOnlyList<string> MultilineFiles)
{
    /// <summary>
    /// The arguments of <c>neo4j-admin</c> that replace <paramref name="database"/> with these files. The DBMS must be
    /// stopped (Neo4j Community cannot stop one database), and the schema is applied when the store next starts.
    /// </summary>
    public IReadOnlyList<string> Arguments(string database = "neo4j")
    {
        var arguments = new List<string>
        {
            "database", "import", "full", database, "--overwrite-destination=true",
            "--nodes=" + Path.Combine(Folder, AdminImport.EntitiesFile),
            "--nodes=" + Path.Combine(Folder, AdminImport.ArticlesFile),
            "--nodes=" + Path.Combine(Folder, AdminImport.ExtractedFile),
            "--nodes=" + Path.Combine(Folder, AdminImport.AssertionsFile),
            "--nodes=" + Path.Combine(Folder, AdminImport.StoreFormatFile),
            "--relationships=" + Path.Combine(Folder, AdminImport.MentionsFile),
            "--relationships=" + Path.Combine(Folder, AdminImport.FactsFile),
            "--array-delimiter=U+001F",
            "--report-file=" + Path.Combine(Folder, "import.report"),
        };
        if (MultilineFiles.Count > 0)
        {
            arguments.Add("--multiline-fields-format=v2");
            arguments.Add("--multiline-fields=" + string.Join(',', MultilineFiles.Select(f => Path.Combine(Folder, f))));
        }

        return arguments;
    }

    /// <summary>The command line, quoted for a POSIX shell.</summary>
    public string CommandLine(string neo4jAdmin = "neo4j-admin", string database = "neo4j") =>
        string.Join(' ', Arguments(database).Prepend(neo4jAdmin).Select(a => a.All(c => char.IsAsciiLetterOrDigit(c) || "-_=./:+,".Contains(c)) ? a : "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}

/// <summary>
/// The first load of a large Neo4j store without a transaction per article: the articles are saved into a
/// <see cref="StoreImage"/> (the same write plan as the store), and the image is written as the CSV input of
/// <c>neo4j-admin database import full</c>, with every node, relationship and property the store itself would write
/// (entity name keys, MENTIONS with each article's aliases, facts with their aggregates, each article's assertions with its evidence).
/// </summary>
/// <remarks>
/// The CSV dialect: comma separated, every string quoted with inner quotes doubled, an absent value an empty
/// unquoted field, arrays and the labels of a node joined by U+001F (names and sentences contain ';').
/// </remarks>
public static class AdminImport
{
    public const string EntitiesFile = "entities.csv";
    public const string ArticlesFile = "articles.csv";
    public const string MentionsFile = "mentions.csv";
    public const string FactsFile = "facts.csv";
    public const string ExtractedFile = "extracted.csv";
    public const string AssertionsFile = "assertions.csv";
    public const string StoreFormatFile = "store-format.csv";

    private const char ArrayDelimiter = '\u001F';

    private static readonly string[] EntityHeader = ["id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "aliasText", "nameKeys:string[]", "nameKeyText"];

    private static readonly string[] ArticleHeader = ["id:ID(Article)", ":LABEL", "title", "published:date", "publisher", "author", "source", "contentHash"];

    private static readonly string[] ExtractedHeader = ["id:ID(ExtractedArticle)", ":LABEL", "contentHash", "graph", "entityIds:string[]"];

    private static readonly string[] MentionHeader = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "name", "aliases:string[]"];

    private static readonly string[] FactHeader =
    [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key", "date:date", "dateKind", "placeId", "placeArticle", "title", "titleArticle",
        "allegation", "allegationArticle", "confidence:double", "assertions:long",
    ];

    // The id (article and fact key) only tells the nodes apart for the importer: it is not stored.
    private static readonly string[] AssertionHeader =
    [
        ":ID(Assertion)", ":LABEL", "fact", "article", "date:date", "dateKind", "placeId", "title", "allegation", "confidence:double",
        "sentences:string[]", "starts:long[]", "ends:long[]",
    ];

    // The :StoreFormat nodes that cypher/schema.cypher leaves once it has rewritten an older store: the files are written in
    // the current shape, so the first start skips those rewrites (each reads every relationship or entity; on a store of a
    // million facts the first command ran past the request timeout).
    private static readonly string[] StoreFormatHeader = [":ID(StoreFormat)", ":LABEL", "evidence", "nameKeys"];

    private static readonly string[][] StoreFormats =
    [
        [Text("evidence"), Text("StoreFormat"), Text("assertions"), ""],
        [Text("nameKeys"), Text("StoreFormat"), "", Text("text")],
    ];

    /// <summary>
    /// Writes the import files for a store holding <paramref name="articles"/>, saved in this order (a later article
    /// with an id seen before replaces it, as a re-save does), into <paramref name="folder"/> (created if needed).
    /// Throws <see cref="ArgumentException"/> naming the article for a graph the store would refuse, and
    /// <see cref="InvalidDataException"/> for a value that contains U+001F, which cannot be written as an array element.
    /// </summary>
    public static AdminImportFiles Write(IEnumerable<ArticleGraph> articles, string folder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var image = new StoreImage();
        var extracted = new Dictionary<string, ArticleGraph>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            image.Save(article);
            extracted[article.Article.Id] = article;
        }

        Directory.CreateDirectory(folder);
        var multiline = new List<string>();
        var entities = WriteFile(folder, EntitiesFile, EntityHeader, image.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(EntityFields), multiline);
        var articleCount = WriteFile(folder, ArticlesFile, ArticleHeader, image.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ArticleFields), multiline);
        var mentions = WriteFile(folder, MentionsFile, MentionHeader, image.Mentions.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Mention.Id, StringComparer.Ordinal).Select(MentionFields), multiline);
        var facts = WriteFile(folder, FactsFile, FactHeader, image.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(FactFields), multiline);
        var assertions = WriteFile(
            folder,
            AssertionsFile,
            AssertionHeader,
            image.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Contributions.Values.Select(c => AssertionFields(f.Key, c))),
            multiline);
        WriteFile(folder, StoreFormatFile, StoreFormatHeader, StoreFormats, multiline);
        var extractedCount = WriteFile(folder, ExtractedFile, ExtractedHeader, extracted.Values.OrderBy(g => g.Article.Id, StringComparer.Ordinal).Select(ExtractedFields), multiline);
        return new AdminImportFiles(Path.GetFullPath(folder), entities, articleCount, mentions, facts, assertions, extractedCount, multiline);
    }

    private static string[] EntityFields(StoredEntity entity)
    {
        var properties = entity.Properties;
        return
        [
            Text(entity.Id),
            Array(entity.Labels.Prepend("Entity").ToList(), entity.Id),
            Text(entity.Name),
            Array((IReadOnlyList<string>)properties["aliases"]!, entity.Id),
            Text((string)properties["aliasText"]!),
            Array((IReadOnlyList<string>)properties["nameKeys"]!, entity.Id),
            Text(properties["nameKeyText"] as string),
        ];
    }

    private static string[] ArticleFields(Article article) =>
    [
        Text(article.Id),
        Text(NodeLabels.Article),
        Text(article.Title),
        article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        Text(article.Publisher),
        Text(article.Author),
        Text(article.Source),
        Text(article.ContentHash),
    ];

    /// <summary>
    /// What <see cref="Neo4jCurationStore.SaveExtractedAsync"/> keeps for an article saved through the curated store
    /// with no curation in force (the entity ids it mentions as extracted are those it mentions as curated), so that
    /// curations reach bulk-loaded articles and ingest sees them as stored.
    /// </summary>
    private static string[] ExtractedFields(ArticleGraph graph) =>
    [
        Text(graph.Article.Id),
        Text(Neo4jCurationStore.ExtractedLabel),
        Text(graph.Article.ContentHash),
        Text(CurationJson.Write(graph)),
        Array([.. CurationJson.EntityIds(graph).Distinct().Order(StringComparer.Ordinal)], graph.Article.Id),
    ];

    private static string[] MentionFields((string ArticleId, Entity Mention) mention) =>
    [
        Text(mention.ArticleId),
        Text(mention.Mention.Id),
        Text("MENTIONS"),
        Text(mention.Mention.Name),
        Array(mention.Mention.Aliases, mention.Mention.Id),
    ];

    private static string[] FactFields(StoredFact fact)
    {
        var aggregate = fact.Aggregate;
        return
        [
            Text(fact.SourceId),
            Text(fact.TargetId),
            Text(fact.Type),
            Text(fact.Key),
            aggregate.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Text(aggregate.Date is null ? null : aggregate.DateKind.Name()),
            Text(aggregate.PlaceId),
            Text(aggregate.PlaceArticle),
            Text(aggregate.Title),
            Text(aggregate.TitleArticle),
            Text(aggregate.Allegation),
            Text(aggregate.AllegationArticle),
            aggregate.Confidence.ToString("R", CultureInfo.InvariantCulture),
            aggregate.Assertions.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The fields of one <c>:Assertion</c> node, with the properties <see cref="FactContribution.ToProperties"/> gives the store.</summary>
    private static string[] AssertionFields(string key, FactContribution contribution)
    {
        var evidence = contribution.OrderedEvidence;
        return
        [
            Text(contribution.ArticleId + ArrayDelimiter + key),
            Text("Assertion"),
            Text(key),
            Text(contribution.ArticleId),
            contribution.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Text(contribution.Date is null ? null : contribution.DateKind.Name()),
            Text(contribution.PlaceId),
            Text(contribution.Title),
            Text(contribution.Allegation),
            contribution.Confidence.ToString("R", CultureInfo.InvariantCulture),
            Array([.. evidence.Select(e => e.Sentence)], key),
            Array([.. evidence.Select(e => e.Start.ToString(CultureInfo.InvariantCulture))], key),
            Array([.. evidence.Select(e => e.End.ToString(CultureInfo.InvariantCulture))], key),
        ];
    }

    private static int WriteFile(string folder, string name, string[] header, IEnumerable<string[]> records, List<string> multiline)
    {
        var count = 0;
        var hasLineBreak = false;
        using (var writer = new StreamWriter(Path.Combine(folder, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
        {
            writer.Write(string.Join(',', header));
            writer.Write('\n');
            foreach (var fields in records)
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    if (i > 0)
                    {
                        writer.Write(',');
                    }

                    hasLineBreak |= fields[i].AsSpan().IndexOfAny('\n', '\r') >= 0;
                    writer.Write(fields[i]);
                }

                writer.Write('\n');
                count++;
            }
        }

        if (hasLineBreak)
        {
            multiline.Add(name);
        }

        return count;
    }

    /// <summary>A string field: null stays empty and unquoted (absent), anything else is quoted.</summary>
    private static string Text(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// An array field. neo4j-admin stores no empty arrays (even a quoted empty field gives none), so an empty list is
    /// absent in an imported store where a saved one holds []; every read of the store treats the two alike.
    /// </summary>
    private static string Array(IReadOnlyList<string> values, string owner)
    {
        if (values.FirstOrDefault(v => v.Contains(ArrayDelimiter, StringComparison.Ordinal)) is { } bad)
        {
            throw new InvalidDataException($"A value of '{owner}' contains U+001F, the array delimiter of the import files: '{bad}'.");
        }

        return values.Count == 0 ? "" : Text(string.Join(ArrayDelimiter, values));
    }
}
