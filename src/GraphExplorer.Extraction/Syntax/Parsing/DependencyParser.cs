using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// A labelled arc-eager dependency parser scored by an averaged perceptron over the <see cref="ParserFeatures"/>.
/// With a <see cref="BeamWidth"/> of 1 it is greedy: at each configuration the best legal action is applied, so a
/// sentence of n words takes at most 2n steps. With a wider beam it keeps the <see cref="BeamWidth"/> best action
/// sequences by the sum of their scores (Zhang and Clark 2008), which pays off for weights trained globally on
/// whole sequences (<c>train-syntax --beam</c>). Words still without a head when the buffer runs out (rare) hang
/// from the root word. Immutable; per-sentence state lives in a <see cref="ParserWorkspace"/>.
/// </summary>
internal sealed class DependencyParser(TransitionSystem system, SparseWeights weights, int beamWidth = 1, double margin = double.PositiveInfinity)
{
    public static readonly ulong RootWord = FeatureHash.Of("<root>");

    /// <summary>The widest beam a model may ask for.</summary>
    public const int MaxBeamWidth = 64;

    public TransitionSystem System { get; } = system;

    public SparseWeights Weights { get; } = weights;

    /// <summary>Action sequences kept while decoding: 1 is greedy.</summary>
    public int BeamWidth { get; } = beamWidth is >= 1 and <= MaxBeamWidth
        ? beamWidth
        : throw new ArgumentOutOfRangeException(nameof(beamWidth), beamWidth, $"The beam width must be 1 to {MaxBeamWidth}.");

    /// <summary>
    /// With a beam: candidates more than this below the step's best (in summed weights, as the perceptron averaged them)
    /// are dropped even when the beam has room (<see cref="Beam.Margin"/>); positive infinity keeps the full beam.
    /// </summary>
    public double Margin { get; } = margin > 0 && !double.IsNaN(margin)
        ? margin
        : throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be positive.");

    /// <summary>The same weights decoded with another beam width.</summary>
    public DependencyParser WithBeam(int width) => new(System, Weights, width, Margin);

    /// <summary>The same weights decoded with another margin (positive infinity: the full beam).</summary>
    public DependencyParser WithMargin(double value) => new(System, Weights, BeamWidth, value);

    /// <summary>Other weights decoded as this parser decodes.</summary>
    public DependencyParser WithWeights(SparseWeights other) => new(System, other, BeamWidth, Margin);

    /// <summary>Parses the tagged words of <paramref name="sentence"/> into its Heads (0-based, -1 root) and Labels.</summary>
    public void Parse(SentenceBuffer sentence, ParserWorkspace workspace)
    {
        if (BeamWidth > 1)
        {
            ParseBeam(sentence, workspace);
            return;
        }

        var state = workspace.Prepare(sentence);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        var scores = workspace.Scores(System.Count);
        while (!state.IsTerminal)
        {
            var n = ParserFeatures.Extract(state, workspace.Words, workspace.Tags, features);
            scores.Clear();
            Weights.Score(features[..n], scores);
            state.Apply(System, BestLegal(System, state, scores));
        }

        Finish(System, state, sentence);
    }

    private void ParseBeam(SentenceBuffer sentence, ParserWorkspace workspace)
    {
        var beam = workspace.Beam(BeamWidth);
        beam.Margin = Margin / Weights.Scale;
        beam.Start(workspace.Prepare(sentence));
        var scorer = workspace.Scorer;
        scorer.Start(Weights, workspace.Words, workspace.Tags, sentence.Count);
        var scores = workspace.Scores(System.Count);
        while (beam.Expand(System, scorer, scores))
        {
            beam.Advance(System);
        }

        Finish(System, beam.Items[0], sentence);
    }

    /// <summary>The legal action with the highest score (ties: the lowest action number).</summary>
    public static int BestLegal(TransitionSystem system, ParserState state, ReadOnlySpan<int> scores)
    {
        // Legality depends on the kind of action only (and on the label for RIGHT-ARC from the root),
        // so it is decided once per kind rather than once per action.
        var s = state.S0;
        var hasHead = s > 0 && state.Head[s] >= 0;
        var canReduce = hasHead;
        var canLeft = s > 0 && !hasHead;
        var fromRoot = s == 0;
        var kinds = system.Kinds;
        var labels = system.ActionLabels;
        var root = system.RootLabel;
        var best = TransitionSystem.Shift;
        var bestScore = scores[TransitionSystem.Shift];
        for (var a = 1; a < kinds.Length; a++)
        {
            var score = scores[a];
            if (score <= bestScore)
            {
                continue;
            }

            var legal = kinds[a] switch
            {
                ActionKind.Reduce => canReduce,
                ActionKind.Left => canLeft,
                ActionKind.Right => fromRoot ? !state.RootAssigned && labels[a] == root : s > 0 && labels[a] != root,
                _ => true,
            };
            if (legal)
            {
                best = a;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Copies the arcs to the buffer, hanging headless words from the root word.</summary>
    public static void Finish(TransitionSystem system, ParserState state, SentenceBuffer sentence)
    {
        var root = -1;
        for (var p = 1; p <= state.N; p++)
        {
            if (state.Head[p] == 0)
            {
                root = p;
                break;
            }
        }

        for (var p = 1; p <= state.N; p++)
        {
            if (state.Head[p] < 0 && root < 0)
            {
                root = p;
                state.Head[p] = 0;
                state.Label[p] = system.RootLabel;
            }
        }

        for (var p = 1; p <= state.N; p++)
        {
            var head = state.Head[p];
            if (head < 0)
            {
                head = root;
                state.Label[p] = system.RightLabels.Length > 0 ? FallbackLabel(system) : system.RootLabel;
            }

            sentence.Heads[p - 1] = head - 1;
            sentence.Labels[p - 1] = state.Label[p];
        }
    }

    private static int FallbackLabel(TransitionSystem system)
    {
        var dep = Array.IndexOf(system.Labels, "dep");
        if (dep >= 0)
        {
            return dep;
        }

        var parataxis = Array.IndexOf(system.Labels, "parataxis");
        return parataxis >= 0 ? parataxis : system.RootLabel;
    }

    public void Write(BinaryWriter writer)
    {
        System.Write(writer);
        Weights.Write(writer);
    }

    /// <summary>Reads what <see cref="Write"/> wrote; the beam width is recorded apart (a greedy model's file has none).</summary>
    public static DependencyParser Read(BinaryReader reader, int beamWidth = 1, double margin = double.PositiveInfinity)
    {
        var system = TransitionSystem.Read(reader);
        return new DependencyParser(system, SparseWeights.Read(reader), beamWidth, margin);
    }
}

/// <summary>The per-thread arrays of the parser: the configuration and the words and tags by position.</summary>
internal sealed class ParserWorkspace
{
    private int[] scores = new int[128];

    public ParserState State { get; } = new();

    public ulong[] Words = new ulong[65];

    public int[] Tags = new int[65];

    /// <summary>Positions the sentence's words and tags after the root and starts a configuration.</summary>
    public ParserState Prepare(SentenceBuffer sentence)
    {
        var size = sentence.Count + 1;
        if (Words.Length < size)
        {
            Words = new ulong[Math.Max(size, Words.Length * 2)];
            Tags = new int[Words.Length];
        }

        Words[0] = DependencyParser.RootWord;
        Tags[0] = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            Words[i + 1] = sentence.Lower[i];
            Tags[i + 1] = sentence.Tags[i];
        }

        State.Init(sentence.Count);
        return State;
    }

    private Beam? beam;

    /// <summary>This thread's scorer for beam decoding.</summary>
    public WeightsScorer Scorer { get; } = new();

    /// <summary>This thread's beam of the given width.</summary>
    public Beam Beam(int width) => beam is { Width: var w } && w == width ? beam : beam = new Beam(width);

    public Span<int> Scores(int count)
    {
        if (scores.Length < count)
        {
            scores = new int[count];
        }

        return scores.AsSpan(0, count);
    }
}
