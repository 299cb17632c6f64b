using System.IO.Compression;
using System.Text;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Syntax.Lemmatization;
using GraphExplorer.Extraction.Syntax.Parsing;
using GraphExplorer.Extraction.Syntax.Tagging;
using GraphExplorer.Extraction.Syntax.Tokenization;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// The syntax model of English: UD tokenizer, lemmatizer, UPOS tagger and labelled dependency parser,
/// trained on UD English EWT. <see cref="Default"/> is the model embedded in this assembly (loaded once,
/// on first use). The model file is a zip archive: the tagger and parser weight tables and the lemma
/// tables as TSV. Immutable and thread-safe: each thread parses with its own scratch buffers.
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>The embedded resource name of the shipped model.</summary>
    public const string ResourceName = "syntax/en_ewt.model";

    /// <summary>The widest beam the parser may decode with.</summary>
    public const int MaxBeamWidth = DependencyParser.MaxBeamWidth;

    private const string FormatName = "graph-explorer syntax model 1";

    // How the parser decodes, when not greedy: one line "beam N".
    private const string DecodingFile = "decoding.txt";
    private static readonly DateTimeOffset FixedTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<SyntaxModel> Embedded = new(LoadEmbedded);

    [ThreadStatic]
    private static Workspace? scratch;

    internal SyntaxModel(PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer, string description)
    {
        Tagger = tagger;
        Parser = parser;
        Lemmatizer = lemmatizer;
        Description = description;
    }

    /// <summary>The model shipped inside the assembly.</summary>
    public static SyntaxModel Default => Embedded.Value;

    /// <summary>How the model was trained (treebank, command, scores), as recorded in the file.</summary>
    public string Description { get; }

    internal PosTagger Tagger { get; }

    internal DependencyParser Parser { get; }

    internal Lemmatizer Lemmatizer { get; }

    /// <summary>Tokenizes and parses one sentence.</summary>
    public DependencyTree Parse(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Parse(sentence, 0, sentence.Length);
    }

    /// <summary>Tokenizes and parses the sentence <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>); offsets are absolute in <paramref name="text"/>.</summary>
    public DependencyTree Parse(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var spans = UdTokenizer.Tokenize(text, start, end);
        var workspace = scratch ??= new Workspace();
        var buffer = workspace.Sentence;
        buffer.Load(text, spans);
        Analyze(buffer, workspace.Parser);
        var words = new SyntaxWord[spans.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Word(buffer, i, text[spans[i].Start..spans[i].End], spans[i].Start, spans[i].End);
        }

        return new DependencyTree(words);
    }

    /// <summary>Parses words already tokenized (gold tokenization); offsets are those of the words joined by single spaces.</summary>
    public DependencyTree Parse(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var workspace = scratch ??= new Workspace();
        var buffer = workspace.Sentence;
        buffer.Load(words);
        Analyze(buffer, workspace.Parser);
        var result = new SyntaxWord[words.Count];
        var offset = 0;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Word(buffer, i, words[i], offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        return new DependencyTree(result);
    }

    /// <summary>
    /// Tags and parses words already tokenized, as <see cref="Parse(IReadOnlyList{string})"/> does, but writes each word's
    /// analysis into <paramref name="analyses"/> (at least as long as <paramref name="words"/>) instead of building a tree: for a
    /// caller that builds its own tree of other words (mention folding), without a tree of objects made only to be copied.
    /// </summary>
    internal void Analyze(IReadOnlyList<string> words, WordAnalysis[] analyses)
    {
        var workspace = scratch ??= new Workspace();
        var buffer = workspace.Sentence;
        buffer.Load(words);
        Analyze(buffer, workspace.Parser);
        for (var i = 0; i < words.Count; i++)
        {
            var tag = buffer.Tags[i];
            var upos = Tagger.Tags.Upos[tag];
            var xpos = Tagger.Tags.Xpos[tag];
            analyses[i] = new WordAnalysis(Lemmatizer.Lemma(words[i], upos, xpos), upos, xpos, buffer.Heads[i], Parser.System.Labels[buffer.Labels[i]]);
        }
    }

    /// <summary>Tags and parses a loaded buffer: the work whose speed eval-syntax reports.</summary>
    internal void Analyze(SentenceBuffer buffer, ParserWorkspace workspace)
    {
        if (buffer.Count == 0)
        {
            return;
        }

        using (PartClock.Start(PartClock.Tag))
        {
            Tagger.Tag(buffer);
        }

        using (PartClock.Start(PartClock.Parse))
        {
            Parser.Parse(buffer, workspace);
        }
    }

    private SyntaxWord Word(SentenceBuffer buffer, int i, string form, int start, int end)
    {
        var tag = buffer.Tags[i];
        var upos = Tagger.Tags.Upos[tag];
        var xpos = Tagger.Tags.Xpos[tag];
        return new SyntaxWord(i, start, end, form, Lemmatizer.Lemma(form, upos, xpos), upos, xpos, buffer.Heads[i], Parser.System.Labels[buffer.Labels[i]]);
    }

    /// <summary>Writes the model file: a zip archive with fixed timestamps, so one model gives one byte sequence.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteText(zip, "README.txt", FormatName + "\n" + Description);
        WriteBinary(zip, "tagger.bin", Tagger.Write);
        WriteBinary(zip, "parser.bin", Parser.Write);
        if (Parser.BeamWidth > 1)
        {
            // Only a beam model has this entry, so a greedy model's file is what it always was.
            WriteText(zip, DecodingFile, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"beam {Parser.BeamWidth}")
                + (double.IsPositiveInfinity(Parser.Margin) ? "" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" margin {Parser.Margin:R}")) + "\n");
        }

        var (rules, exceptions) = Lemmatizer.ToTsv();
        WriteText(zip, Lemmatizer.RulesFile, rules);
        WriteText(zip, Lemmatizer.ExceptionsFile, exceptions);
    }

    /// <summary>Reads a model file written by <see cref="Save"/>; a file of another kind fails with its reason.</summary>
    public static SyntaxModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var readme = ReadText(zip, "README.txt");
            if (!readme.StartsWith(FormatName + "\n", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"not a '{FormatName}' file");
            }

            var (beam, margin) = zip.GetEntry(DecodingFile) is null ? (1, double.PositiveInfinity) : DecodingOf(ReadText(zip, DecodingFile));
            // The two tables are built side by side (most of a command's start-up is this load); the archive itself is read
            // by one thread only.
            var taggerBytes = Inflate(zip, "tagger.bin");
            var parserBytes = Inflate(zip, "parser.bin");
            var parserBuilt = Task.Run(() => Decode(parserBytes, reader => DependencyParser.Read(reader, beam, margin)));
            var tagger = Decode(taggerBytes, PosTagger.Read);
            var parser = parserBuilt.GetAwaiter().GetResult();
            // the lemmas read the tagger's word list (the forms the treebank has often enough), so a stem no word is gives way to one that is
            var lemmatizer = Lemmatizer.FromTsv(ReadText(zip, Lemmatizer.RulesFile), ReadText(zip, Lemmatizer.ExceptionsFile))
                .WithWordList(word => tagger.Ambiguity.Get(Learning.FeatureHash.OfLower(word), 0) > 0);
            return new SyntaxModel(tagger, parser, lemmatizer, readme[(FormatName.Length + 1)..]);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"Not a usable syntax model: {e.Message}", e);
        }
    }

    /// <summary>The same model decoding with a beam of <paramref name="width"/> (1: greedy), to measure what the width buys.</summary>
    public SyntaxModel WithBeam(int width) => new(Tagger, Parser.WithBeam(width), Lemmatizer, Description);

    /// <summary>
    /// The same model with its beam narrowed by a margin: candidates more than <paramref name="margin"/> (in summed
    /// weights) below a step's best are dropped; positive infinity keeps the full beam.
    /// </summary>
    public SyntaxModel WithMargin(double margin) => new(Tagger, Parser.WithMargin(margin), Lemmatizer, Description);

    /// <summary>The margin that narrows the parser's beam (positive infinity: none), as recorded in the model file.</summary>
    public double BeamMargin => Parser.Margin;

    /// <summary>The (feature, action) weights the parser keeps.</summary>
    public int ParserWeights => Parser.Weights.Entries;

    /// <summary>
    /// The same model without the parser's weights smaller in magnitude than <paramref name="minimum"/> (in the table's
    /// 16-bit units, the largest weight being 32,767) nor the features left without any: a smaller file and table.
    /// </summary>
    public SyntaxModel WithParserPruned(int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var description = Description.TrimEnd('\n') + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\nparser weights pruned below {minimum} (of 32767)\n");
        return new(Tagger, Parser.WithWeights(Parser.Weights.Pruned(minimum)), Lemmatizer, description);
    }

    /// <summary>The parser's beam width (1: greedy), as recorded in the model file.</summary>
    public int BeamWidth => Parser.BeamWidth;

    // "beam N", optionally followed by "margin M".
    private static (int Width, double Margin) DecodingOf(string decoding)
    {
        var parts = decoding.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var margin = double.PositiveInfinity;
        return parts.Length is 2 or 4 && parts[0] == "beam" && int.TryParse(parts[1], System.Globalization.NumberStyles.None, culture, out var width)
            && width is >= 1 and <= DependencyParser.MaxBeamWidth
            && (parts.Length == 2 || (parts[2] == "margin" && double.TryParse(parts[3], System.Globalization.NumberStyles.Float, culture, out margin) && margin > 0))
            ? (width, margin)
            : throw new InvalidDataException($"the entry '{DecodingFile}' should read 'beam N' with N from 1 to {DependencyParser.MaxBeamWidth}, optionally followed by 'margin M' with M > 0, not '{decoding.Trim()}'");
    }

    private static SyntaxModel LoadEmbedded()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded syntax model '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }

    private static void WriteText(ZipArchive zip, string name, string text) =>
        WriteBinary(zip, name, writer => writer.Write(Encoding.UTF8.GetBytes(text)));

    private static void WriteBinary(ZipArchive zip, string name, Action<BinaryWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        write(writer);
    }

    private static string ReadText(ZipArchive zip, string name)
    {
        using var stream = Open(zip, name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Inflated whole first: a reader over memory decodes the tables' millions of small numbers without a stream call each.
    private static byte[] Inflate(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"the entry '{name}' is missing");
        if (entry.Length > Array.MaxLength)
        {
            throw new InvalidDataException($"the entry '{name}' is too large ({entry.Length} bytes)");
        }

        var bytes = new byte[entry.Length];
        using var stream = entry.Open();
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static T Decode<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        return read(reader);
    }

    private static Stream Open(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidDataException($"the entry '{name}' is missing")).Open();

    /// <summary>What the model says of one word: lemma, tags, head (-1 for the root) and relation.</summary>
    internal readonly record struct WordAnalysis(string Lemma, string Upos, string Xpos, int Head, string Relation);

    /// <summary>One thread's scratch buffers.</summary>
    internal sealed class Workspace
    {
        public SentenceBuffer Sentence { get; } = new();

        public ParserWorkspace Parser { get; } = new();
    }
}
