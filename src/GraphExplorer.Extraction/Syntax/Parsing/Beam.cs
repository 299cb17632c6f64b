using System.Numerics;

namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// The beam of a transition parser: up to <see cref="Width"/> configurations with the summed scores of the action
/// sequences that reached them. One step offers every (item, action) candidate, keeps the <see cref="Width"/> best
/// (ties: the candidate offered first, so that decoding is deterministic) and builds the next items from them; an
/// item that is already terminal is offered unchanged (action -1) and competes with the others as it stands.
/// Reused from sentence to sentence.
/// </summary>
internal sealed class Beam
{
    private ParserState[] next;
    private double[] nextScores;

    // The candidates kept so far in this step, best first.
    private readonly double[] candidateScores;
    private readonly int[] candidateParents;
    private readonly int[] candidateActions;
    private int candidates;

    // While advancing: for each item, 1 + the candidate that takes its configuration (0: none yet).
    private readonly int[] owner;

    public Beam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        Items = new ParserState[width];
        next = new ParserState[width];
        for (var i = 0; i < width; i++)
        {
            Items[i] = new ParserState();
            next[i] = new ParserState();
        }

        Scores = new double[width];
        nextScores = new double[width];
        candidateScores = new double[width];
        candidateParents = new int[width];
        candidateActions = new int[width];
        owner = new int[width];
        Parents = new int[width];
        Actions = new int[width];
    }

    public int Width { get; }

    /// <summary>
    /// Candidates scoring more than this below the step's best are dropped even when the beam has room (positive
    /// infinity: none is). A beam so narrowed is greedy where the best action leads by more than the margin and keeps
    /// alternatives only where it does not, like selectional branching (Choi and McCallum 2013).
    /// </summary>
    public double Margin { get; set; } = double.PositiveInfinity;

    /// <summary>The items, best first after each step.</summary>
    public ParserState[] Items { get; private set; }

    /// <summary>The summed score of each item's actions.</summary>
    public double[] Scores { get; private set; }

    public int Count { get; private set; }

    /// <summary>After <see cref="Advance"/>: the index (in the previous step's items) each item came from.</summary>
    public int[] Parents { get; }

    /// <summary>After <see cref="Advance"/>: the action that made each item (-1: it was terminal already).</summary>
    public int[] Actions { get; }

    /// <summary>Starts from one configuration, with score 0.</summary>
    public void Start(ParserState start)
    {
        Items[0].CopyFrom(start);
        Scores[0] = 0;
        Count = 1;
    }

    /// <summary>
    /// One step's candidates: every legal action of every live item, scored by <paramref name="scorer"/> and added to the
    /// item's score; a terminal item is offered as it stands. False when every item was terminal already (nothing to
    /// advance). Decoding and global training both take their steps here.
    /// </summary>
    public bool Expand<T>(TransitionSystem system, IActionScorer<T> scorer, Span<T> scores)
        where T : struct, INumber<T>
    {
        Clear();
        scorer.Prepare(Items, Count);
        var live = false;
        for (var i = 0; i < Count; i++)
        {
            var state = Items[i];
            if (state.IsTerminal)
            {
                Offer(Scores[i], i, -1);
                continue;
            }

            live = true;
            scorer.Score(state, i, scores);
            OfferLegal(system, state, i, scores);
        }

        return live;
    }

    /// <summary>
    /// Offers every legal action of item <paramref name="item"/>, scored by the item's score plus the action's, in action
    /// order. The actions come by kind (SHIFT, REDUCE, the LEFT-ARCs, the RIGHT-ARCs: <see cref="TransitionSystem"/>), and
    /// legality depends on the kind only (and on the root label for a RIGHT-ARC), so whole runs are offered or skipped;
    /// a candidate that cannot enter the full beam is not offered at all.
    /// </summary>
    private void OfferLegal<T>(TransitionSystem system, ParserState state, int item, ReadOnlySpan<T> scores)
        where T : struct, INumber<T>
    {
        var s = state.S0;
        var hasHead = s > 0 && state.Head[s] >= 0;
        var baseScore = Scores[item];
        var firstRight = system.FirstRight;
        var rootAction = system.RightAction[system.RootLabel];
        var threshold = Threshold;
        OfferRun(scores, item, baseScore, 0, 1, -1, ref threshold);
        if (hasHead)
        {
            OfferRun(scores, item, baseScore, 1, 2, -1, ref threshold);
        }

        if (s > 0 && !hasHead)
        {
            OfferRun(scores, item, baseScore, 2, firstRight, -1, ref threshold);
        }

        if (s == 0)
        {
            if (!state.RootAssigned)
            {
                OfferRun(scores, item, baseScore, rootAction, rootAction + 1, -1, ref threshold);
            }
        }
        else if (s > 0)
        {
            OfferRun(scores, item, baseScore, firstRight, system.Count, rootAction, ref threshold);
        }
    }

    // Offers actions from..to-1 but `skip`, keeping `threshold` the score a candidate must beat.
    private void OfferRun<T>(ReadOnlySpan<T> scores, int item, double baseScore, int from, int to, int skip, ref double threshold)
        where T : struct, INumber<T>
    {
        for (var a = from; a < to; a++)
        {
            var total = baseScore + double.CreateTruncating(scores[a]);
            if (total > threshold && a != skip)
            {
                Offer(total, item, a);
                threshold = Threshold;
            }
        }
    }

    /// <summary>Forgets the candidates of the last step.</summary>
    public void Clear() => candidates = 0;

    /// <summary>The score a candidate must beat to be kept (negative infinity while the beam is not full).</summary>
    public double Threshold => candidates < Width ? double.NegativeInfinity : candidateScores[Width - 1];

    /// <summary>Offers the successor of item <paramref name="parent"/> by <paramref name="action"/> with the given total score.</summary>
    public void Offer(double score, int parent, int action)
    {
        if (candidates == Width)
        {
            if (score <= candidateScores[Width - 1])
            {
                return;
            }

            candidates--;
        }

        var k = candidates++;
        while (k > 0 && candidateScores[k - 1] < score)
        {
            candidateScores[k] = candidateScores[k - 1];
            candidateParents[k] = candidateParents[k - 1];
            candidateActions[k] = candidateActions[k - 1];
            k--;
        }

        candidateScores[k] = score;
        candidateParents[k] = parent;
        candidateActions[k] = action;
    }

    /// <summary>
    /// Replaces the items by the candidates kept, applying their actions. The first candidate of each item takes the
    /// item's configuration itself; only the others copy it (before it changes), so a step copies little.
    /// </summary>
    public void Advance(TransitionSystem system)
    {
        if (candidates > 1 && !double.IsPositiveInfinity(Margin))
        {
            var floor = candidateScores[0] - Margin;
            while (candidates > 1 && candidateScores[candidates - 1] < floor)
            {
                candidates--;
            }
        }

        Array.Clear(owner, 0, Count);
        for (var c = 0; c < candidates; c++)
        {
            var parent = candidateParents[c];
            if (owner[parent] == 0)
            {
                owner[parent] = c + 1;
            }
            else
            {
                next[c].CopyFrom(Items[parent]);
            }
        }

        for (var c = 0; c < candidates; c++)
        {
            var parent = candidateParents[c];
            if (owner[parent] == c + 1)
            {
                (next[c], Items[parent]) = (Items[parent], next[c]);
            }

            if (candidateActions[c] >= 0)
            {
                next[c].Apply(system, candidateActions[c]);
            }

            nextScores[c] = candidateScores[c];
            Parents[c] = parent;
            Actions[c] = candidateActions[c];
        }

        (Items, next) = (next, Items);
        (Scores, nextScores) = (nextScores, Scores);
        Count = candidates;
    }
}
