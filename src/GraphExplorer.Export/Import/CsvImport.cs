using System.Globalization;
using System.IO.Compression;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Reads back the zip the <c>csv</c> export writes (nodes.csv, relationships.csv, articles.csv in the
/// neo4j-admin dialect described there) into a subgraph, so an export can be loaded into another store
/// or checked for a lossless round trip. Reads only that layout: headers must match exactly.
/// </summary>
public static class CsvImport
{
    /// <summary>
    /// Reads a <c>csv</c> export zip. Throws <see cref="FormatException"/> naming the file and record when
    /// the zip, a header or a value is not what the exporter writes.
    /// </summary>
    public static Subgraph Read(Stream zip) => Read(zip, ImportLimits.Default);

    /// <summary>
    /// Reads a <c>csv</c> export zip within <paramref name="limits"/>: at most <see cref="ImportLimits.MaxZipEntries"/>
    /// entries, expanding to at most <see cref="ImportLimits.MaxUncompressedBytes"/> in all and at most
    /// <see cref="ImportLimits.MaxCompressionRatio"/> times their compressed size. The sizes the zip declares are
    /// checked before anything is inflated, and the bytes that actually come out are counted too, so a zip that lies
    /// about its sizes is refused as well. Throws <see cref="FormatException"/> naming the entry and the limit.
    /// </summary>
    public static Subgraph Read(Stream zip, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new FormatException($"The csv export is not a zip archive: {e.Message}", e);
        }

        using (archive)
        {
            CheckEntries(archive, limits);
            var budget = new long[] { limits.MaxUncompressedBytes };
            var nodes = Records(archive, Neo4jCsv.NodesFile, Neo4jCsv.NodeHeader, limits, budget).Select(ReadNode).ToList();
            // an export written before facts carried a date kind lacks the last column, dateKind
            var relationships = Records(archive, Neo4jCsv.RelationshipsFile, Neo4jCsv.RelationshipHeader, limits, budget, Neo4jCsv.RelationshipHeader.Length - 1)
                .Select(ReadRelationship).ToList();
            var articles = Records(archive, Neo4jCsv.ArticlesFile, Neo4jCsv.ArticleHeader, limits, budget).Select(ReadArticle).ToList();
            return new Subgraph(nodes, relationships, articles);
        }
    }

    // Before anything is inflated: the entry count, and the sizes and ratios the zip declares.
    private static void CheckEntries(ZipArchive archive, ImportLimits limits)
    {
        if (archive.Entries.Count > limits.MaxZipEntries)
        {
            throw new FormatException($"The csv export has {archive.Entries.Count:N0} zip entries, over the limit of {limits.MaxZipEntries} (it writes 4).");
        }

        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            CheckRatio(entry.FullName, entry.Length, entry.CompressedLength, limits);
        }

        if (declared > limits.MaxUncompressedBytes)
        {
            throw new FormatException($"The csv export expands to {declared:N0} bytes, over the {limits.MaxUncompressedBytes:N0}-byte import limit.");
        }
    }

    private static void CheckRatio(string entry, long length, long compressedLength, ImportLimits limits)
    {
        if (length > limits.RatioFloorBytes && length > Math.Max(compressedLength, 1) * limits.MaxCompressionRatio)
        {
            throw new FormatException(
                $"{entry} expands {length / Math.Max(compressedLength, 1):N0} times ({compressedLength:N0} to {length:N0} bytes), over the limit of {limits.MaxCompressionRatio}: a zip bomb, not an export.");
        }
    }

    private static IEnumerable<Row> Records(ZipArchive archive, string file, string[] header, ImportLimits limits, long[] budget, int? olderColumns = null)
    {
        var entry = archive.GetEntry(file) ?? throw new FormatException($"The csv export has no {file}.");
        byte[] bytes;
        using (var stream = entry.Open())
        {
            // The declared length may lie: count what really comes out, against the entry's own size and the budget left.
            var limit = Math.Min(budget[0], entry.Length);
            bytes = BoundedInput.ReadAll(stream, limit, () => $"{file} expands past the {entry.Length:N0} bytes its zip header declares, or past the import limit.");
            budget[0] -= bytes.Length;
            CheckRatio(file, bytes.Length, entry.CompressedLength, limits);
        }

        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new FormatException($"{file} is not valid UTF-8 (bad byte at offset {e.Index}).", e);
        }

        var records = Neo4jCsv.Parse(text, file);
        var columns = records.Count == 0 ? 0 : records[0].Count;
        if (records.Count == 0 || !(columns == header.Length || columns == olderColumns) || !records[0].Select(f => f.Text).SequenceEqual(header.Take(columns)))
        {
            throw new FormatException($"{file}: the header is not '{string.Join(',', header)}'.");
        }

        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Count != columns)
            {
                throw new FormatException($"{file}: record {i} has {records[i].Count} fields, expected {columns}.");
            }

            yield return new Row(file, i, records[i]);
        }
    }

    private static Entity ReadNode(Row row)
    {
        var labels = row[1].Elements.Where(l => l != "Entity").ToList();
        var label = labels.Count == 1 ? labels[0] : throw row.Fail(":LABEL", labels.Count == 0 ? "names no entity label" : $"names {labels.Count} entity labels ({string.Join(", ", labels)}); an entity has one");
        return new Entity(row.Required(0, "id"), label, row.Required(2, "name"), row[3].Elements);
    }

    private static Relationship ReadRelationship(Row row)
    {
        var articles = row[9].Elements;
        var sentences = row[10].Elements;
        var starts = row[11].Elements;
        var ends = row[12].Elements;
        if (sentences.Count != articles.Count || starts.Count != articles.Count || ends.Count != articles.Count)
        {
            throw row.Fail("evidence", "the evidence arrays differ in length");
        }

        var evidence = articles.Select((article, i) => new Evidence(article, sentences[i], row.Int(starts[i], "evidenceStarts"), row.Int(ends[i], "evidenceEnds"))).ToList();
        var relationship = new Relationship(row.Required(2, ":TYPE"), row.Required(0, ":START_ID"), row.Required(1, ":END_ID"), evidence)
        {
            Date = row.Date(4, "date"),
            DateKind = DateKinds.Parse(row.Fields.Count > 13 ? row[13].Value : null), // files written before date kinds have 13 columns
            PlaceId = row[5].Value,
            Title = row[6].Value,
            Allegation = row[7].Value,
            Confidence = double.TryParse(row.Required(8, "confidence"), NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence)
                ? confidence : throw row.Fail("confidence", "is not a number"),
        };
        return relationship.Key == row.Required(3, "key") ? relationship : throw row.Fail("key", $"does not match type and endpoints ({relationship.Key})");
    }

    private static ArticleInfo ReadArticle(Row row) =>
        new(row.Required(0, "id"), row.Required(2, "title"), row.Date(3, "published"), row[4].Value, row[5].Value, row[6].Value);

    private readonly record struct Row(string File, int Number, IReadOnlyList<Neo4jCsv.Field> Fields)
    {
        public Neo4jCsv.Field this[int index] => Fields[index];

        public string Required(int index, string column) => Fields[index].Value ?? throw Fail(column, "is empty");

        public DateOnly? Date(int index, string column) =>
            Fields[index].Value is not { } text ? null
                : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw Fail(column, $"'{text}' is not a yyyy-MM-dd date");

        public int Int(string text, string column) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Fail(column, $"'{text}' is not a whole number");

        public FormatException Fail(string column, string reason) => new($"{File}: record {Number}, {column} {reason}.");
    }
}
