namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// Oracles for the arc-eager system against a projective gold tree (positions 1..N, gold head 0 for the
/// root word). The dynamic oracle (Goldberg and Nivre 2012) gives the cost of every action from any
/// configuration, even one reached by mistakes: the number of gold arcs still reachable before it and
/// no longer after it (arc-eager is arc-decomposable, so this is exact), plus one when the arc is right
/// but its label is not. Training follows zero-cost actions and explores the model's own errors. The
/// static oracle is the classic one-path oracle, kept as a check that the system covers the treebank.
/// </summary>
internal sealed class ArcEagerOracle
{
    private readonly TransitionSystem system;
    private int[] goldHead = [];
    private int[] goldLabel = [];
    private bool[] onStack = [];
    private int goldRoot;

    public ArcEagerOracle(TransitionSystem system) => this.system = system;

    /// <summary>Sets the gold tree: <paramref name="heads"/> and <paramref name="labels"/> by position (index 0 unused).</summary>
    public void SetGold(int[] heads, int[] labels)
    {
        goldHead = heads;
        goldLabel = labels;
        goldRoot = Array.IndexOf(heads, 0, 1);
        if (onStack.Length < heads.Length)
        {
            onStack = new bool[heads.Length * 2];
        }
    }

    /// <summary>Fills <paramref name="costs"/> for every action (int.MaxValue for illegal ones); returns the least cost.</summary>
    public int Costs(ParserState state, Span<int> costs)
    {
        var s = state.S0;
        var b = state.B;
        var n = state.N;
        Array.Clear(onStack, 0, n + 1);
        for (var k = 0; k < state.Top; k++)
        {
            onStack[state.Stack[k]] = true;
        }

        // SHIFT: b can no longer take a head from the stack, nor give one to a headless stack word.
        // The root can take only one word: once it has, its arc to any other word is out of reach.
        onStack[0] = !state.RootAssigned;
        var shift = 0;
        var goldHeadOfB = goldHead[b];
        if (onStack[goldHeadOfB])
        {
            shift++;
        }

        var headlessChildrenOfB = 0;
        for (var k = 0; k < state.Top; k++)
        {
            var item = state.Stack[k];
            if (item != 0 && state.Head[item] < 0 && goldHead[item] == b)
            {
                headlessChildrenOfB++;
            }
        }

        shift += headlessChildrenOfB;

        // Dependents of s still in the buffer are lost when s leaves the stack.
        var sChildrenInBuffer = 0;
        if (s > 0)
        {
            for (var k = b; k <= n; k++)
            {
                if (goldHead[k] == s)
                {
                    sChildrenInBuffer++;
                }
            }
        }

        var reduce = sChildrenInBuffer;
        var left = sChildrenInBuffer + (s > 0 && goldHead[s] > b ? 1 : 0);

        // RIGHT-ARC: b takes s as its head (any other gold head still reachable is lost), and headless
        // stack words whose gold head is b can no longer get it.
        var right = headlessChildrenOfB + (goldHeadOfB != s && (onStack[goldHeadOfB] || goldHeadOfB > b) ? 1 : 0);
        if (s == 0 && goldRoot != b && goldRoot >= b && goldHeadOfB != 0)
        {
            // Only one word may hang from the root: choosing b loses the true root's arc too.
            right++;
        }

        var least = int.MaxValue;
        for (var a = 0; a < system.Count; a++)
        {
            if (!state.IsLegal(system, a))
            {
                costs[a] = int.MaxValue;
                continue;
            }

            var label = system.ActionLabels[a];
            var cost = system.Kinds[a] switch
            {
                ActionKind.Shift => shift,
                ActionKind.Reduce => reduce,
                ActionKind.Left => left + (goldHead[s] == b && goldLabel[s] != label ? 1 : 0),
                _ => right + (goldHeadOfB == s && goldLabel[b] != label ? 1 : 0),
            };
            costs[a] = cost;
            least = Math.Min(least, cost);
        }

        return least;
    }

    /// <summary>The classic static oracle: the one action that follows the gold tree.</summary>
    public int Static(ParserState state)
    {
        var s = state.S0;
        var b = state.B;
        if (s > 0 && goldHead[s] == b)
        {
            return system.LeftAction[goldLabel[s]];
        }

        if (goldHead[b] == s)
        {
            return system.RightAction[goldLabel[b]];
        }

        if (s > 0 && state.Head[s] >= 0)
        {
            // Reduce when b's head or a dependent of b lies deeper in the stack.
            for (var k = 0; k < state.Top - 1; k++)
            {
                var item = state.Stack[k];
                if (goldHead[b] == item || (item != 0 && goldHead[item] == b))
                {
                    return TransitionSystem.Reduce;
                }
            }
        }

        return TransitionSystem.Shift;
    }
}
