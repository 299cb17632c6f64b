namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// Greedy parsers combined by arc voting with a maximum-spanning-tree reparse (Sagae and Lavie 2006):
/// every member parses the sentence, each proposed arc scores one vote per member that proposed it (the
/// earlier member breaking ties), and the tree with the most votes is found with the Chu-Liu-Edmonds
/// algorithm under the constraint of a single root word. Members that read in opposite directions err in
/// different places, so their majority is right more often than any one of them. A word's relation is
/// that of the first member that proposed the chosen arc. One member is a plain greedy parser.
/// All members share the relation inventory (label ids) of the first.
/// </summary>
internal sealed class ParserEnsemble
{
    private const double Missing = -1e12;
    private const double RootPenalty = 1e6;

    public ParserEnsemble(IReadOnlyList<DependencyParser> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("An ensemble needs at least one parser.", nameof(members));
        }

        var labels = members[0].System.Labels;
        if (members.Any(m => !m.System.Labels.AsSpan().SequenceEqual(labels)))
        {
            throw new InvalidDataException("the parsers of the ensemble do not share one relation inventory");
        }

        Members = [.. members];
    }

    public DependencyParser[] Members { get; }

    /// <summary>The first member's transition system: its labels are the relation names of every member.</summary>
    public TransitionSystem System => Members[0].System;

    /// <summary>Parses the tagged words of <paramref name="sentence"/> into its Heads (0-based, -1 root) and Labels.</summary>
    public void Parse(SentenceBuffer sentence, ParserWorkspace workspace)
    {
        if (Members.Length == 1)
        {
            Members[0].Parse(sentence, workspace);
            return;
        }

        var n = sentence.Count;
        var votes = workspace.Votes(Members.Length, n);
        for (var k = 0; k < Members.Length; k++)
        {
            Members[k].Parse(sentence, workspace);
            sentence.Heads.AsSpan(0, n).CopyTo(votes.Heads[k]);
            sentence.Labels.AsSpan(0, n).CopyTo(votes.Labels[k]);
        }

        Combine(votes, n, sentence.Heads, sentence.Labels);
    }

    /// <summary>
    /// The tree of most votes from the members' heads and labels. When every word's best-voted head already
    /// forms a tree with one root (the usual case), that is the answer; otherwise Chu-Liu-Edmonds finds it.
    /// </summary>
    internal static void Combine(EnsembleVotes votes, int n, int[] heads, int[] labels)
    {
        var members = votes.Heads.Length;
        for (var d = 0; d < n; d++)
        {
            heads[d] = BestHead(votes, members, d);
        }

        if (!IsSingleRootTree(heads, n))
        {
            // Scores by node: 0 is the root, word d is node d + 1; arcs no member proposed are (almost) never taken.
            var score = new double[n + 1][];
            for (var h = 0; h <= n; h++)
            {
                score[h] = new double[n + 1];
                Array.Fill(score[h], Missing);
            }

            for (var d = 0; d < n; d++)
            {
                for (var k = 0; k < members; k++)
                {
                    var h = votes.Heads[k][d] + 1;
                    var current = score[h][d + 1];
                    score[h][d + 1] = (current == Missing ? 0 : current) + Weight(members, k);
                }
            }

            for (var d = 1; d <= n; d++)
            {
                if (score[0][d] != Missing)
                {
                    score[0][d] -= RootPenalty; // every extra root word costs more than all votes together
                }
            }

            var tree = MaximumSpanningTree(score);
            for (var d = 0; d < n; d++)
            {
                heads[d] = tree[d + 1] - 1;
            }
        }

        for (var d = 0; d < n; d++)
        {
            labels[d] = votes.Labels[0][d];
            for (var k = 0; k < members; k++)
            {
                if (votes.Heads[k][d] == heads[d])
                {
                    labels[d] = votes.Labels[k][d];
                    break;
                }
            }
        }
    }

    /// <summary>One vote per member, and the earlier member's vote a little more: ties go to the first member.</summary>
    private static double Weight(int members, int k) => 1 + (members - k) * 1e-3;

    private static int BestHead(EnsembleVotes votes, int members, int d)
    {
        var best = votes.Heads[0][d];
        var bestScore = 0.0;
        for (var k = 0; k < members; k++)
        {
            var h = votes.Heads[k][d];
            var total = 0.0;
            for (var j = 0; j < members; j++)
            {
                total += votes.Heads[j][d] == h ? Weight(members, j) : 0;
            }

            if (total > bestScore)
            {
                best = h;
                bestScore = total;
            }
        }

        return best;
    }

    private static bool IsSingleRootTree(int[] heads, int n)
    {
        var roots = 0;
        for (var d = 0; d < n; d++)
        {
            roots += heads[d] < 0 ? 1 : 0;
        }

        if (roots != 1)
        {
            return false;
        }

        // Every word must reach the root within n steps (otherwise it sits on a cycle).
        for (var d = 0; d < n; d++)
        {
            var h = d;
            var steps = 0;
            while (h >= 0 && steps <= n)
            {
                h = heads[h];
                steps++;
            }

            if (h >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Chu-Liu-Edmonds on a dense score matrix <paramref name="score"/>[head][dependent] with node 0 the
    /// root: the head of every node (the root's is -1) in the spanning arborescence of highest total score.
    /// </summary>
    internal static int[] MaximumSpanningTree(double[][] score)
    {
        var size = score.Length;
        var head = new int[size];
        head[0] = -1;
        for (var d = 1; d < size; d++)
        {
            var best = 0;
            var bestScore = double.NegativeInfinity;
            for (var h = 0; h < size; h++)
            {
                if (h != d && score[h][d] > bestScore)
                {
                    best = h;
                    bestScore = score[h][d];
                }
            }

            head[d] = best;
        }

        var cycle = FindCycle(head);
        if (cycle is null)
        {
            return head;
        }

        // Contract the cycle into one node c; arcs into it are scored by what they gain over the cycle's arc they replace.
        var inCycle = new bool[size];
        foreach (var v in cycle)
        {
            inCycle[v] = true;
        }

        var outside = Enumerable.Range(0, size).Where(v => !inCycle[v]).ToArray(); // node 0 is never on a cycle
        var index = new int[size];
        for (var i = 0; i < outside.Length; i++)
        {
            index[outside[i]] = i;
        }

        var c = outside.Length;
        var cycleScore = cycle.Sum(v => score[head[v]][v]);
        var contracted = new double[c + 1][];
        for (var i = 0; i <= c; i++)
        {
            contracted[i] = new double[c + 1];
            Array.Fill(contracted[i], double.NegativeInfinity);
        }

        var enterVia = new int[c + 1]; // outside node u → the cycle node its arc into c enters
        var leaveFrom = new int[c + 1]; // outside node v → the cycle node its arc from c leaves
        for (var i = 0; i < c; i++)
        {
            var u = outside[i];
            for (var j = 0; j < c; j++)
            {
                if (i != j)
                {
                    contracted[i][j] = score[u][outside[j]];
                }
            }

            foreach (var v in cycle)
            {
                var gain = score[u][v] - score[head[v]][v] + cycleScore;
                if (gain > contracted[i][c])
                {
                    contracted[i][c] = gain;
                    enterVia[i] = v;
                }

                if (outside[i] != 0 && score[v][u] > contracted[c][i])
                {
                    contracted[c][i] = score[v][u];
                    leaveFrom[i] = v;
                }
            }
        }

        var sub = MaximumSpanningTree(contracted);
        var result = (int[])head.Clone();
        for (var i = 1; i < c; i++)
        {
            result[outside[i]] = sub[i] == c ? leaveFrom[i] : outside[sub[i]];
        }

        var entering = sub[c];
        result[enterVia[entering]] = outside[entering];
        return result;
    }

    /// <summary>The nodes of a cycle among the heads, or null when there is none.</summary>
    private static List<int>? FindCycle(int[] head)
    {
        var size = head.Length;
        var state = new int[size]; // 0 unvisited, 1 on the current path, 2 done
        for (var start = 1; start < size; start++)
        {
            var v = start;
            while (v > 0 && state[v] == 0)
            {
                state[v] = 1;
                v = head[v];
            }

            if (v > 0 && state[v] == 1)
            {
                var cycle = new List<int> { v };
                for (var u = head[v]; u != v; u = head[u])
                {
                    cycle.Add(u);
                }

                return cycle;
            }

            for (v = start; v > 0 && state[v] == 1; v = head[v])
            {
                state[v] = 2;
            }
        }

        return null;
    }
}

/// <summary>The members' heads and labels of one sentence (scratch, reused).</summary>
internal sealed class EnsembleVotes
{
    public int[][] Heads = [];
    public int[][] Labels = [];

    public void Ensure(int members, int words)
    {
        if (Heads.Length != members || Heads[0].Length < words)
        {
            var size = Math.Max(words, 64);
            Heads = [.. Enumerable.Range(0, members).Select(_ => new int[size])];
            Labels = [.. Enumerable.Range(0, members).Select(_ => new int[size])];
        }
    }
}
