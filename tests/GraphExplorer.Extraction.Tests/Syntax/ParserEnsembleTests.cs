using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Parsing;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The ensemble: right-to-left reading, arc voting and the maximum-spanning-tree reparse.</summary>
public sealed class ParserEnsembleTests
{
    [Fact]
    public void The_static_oracle_rebuilds_every_projective_training_tree_read_right_to_left()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var system = ParserTrainer.SystemOf(train);
        var mirrored = ParserTrainer.Mirrored(system);
        var oracle = new ArcEagerOracle(mirrored);
        var state = new ParserState();
        foreach (var sentence in train.Where(s => s.IsProjective))
        {
            var tags = new int[sentence.Words.Count];
            var example = ParserTrainer.Reversed(ParserTrainer.ExampleOf(system, sentence, tags));
            oracle.SetGold(example.Heads, example.Labels);
            state.Init(sentence.Words.Count);
            while (!state.IsTerminal)
            {
                var action = oracle.Static(state);
                Assert.True(action >= 0 && state.IsLegal(mirrored, action), $"{sentence.Id}: the oracle's action {action} is not legal");
                state.Apply(mirrored, action);
            }

            // read back in the sentence's order, the arcs are the gold ones
            var n = sentence.Words.Count;
            for (var p = 1; p <= n; p++)
            {
                var word = n - p;
                var head = state.Head[p] == 0 ? -1 : n - state.Head[p];
                Assert.True(head == sentence.Words[word].Head && system.Labels[state.Label[p]] == sentence.Words[word].Relation, $"{sentence.Id}: word {word + 1} got head {head + 1}");
            }
        }
    }

    [Fact]
    public void The_majority_of_three_members_wins_each_arc()
    {
        // members' heads (-1 root) for a 4-word sentence; the third member's labels are all 9 so labels show who was followed
        var votes = Votes(
            ([1, -1, 1, 2], [1, 0, 1, 1]),
            ([1, -1, 3, 1], [2, 0, 2, 2]),
            ([2, -1, 1, 1], [9, 0, 9, 9]));
        var heads = new int[4];
        var labels = new int[4];
        ParserEnsemble.Combine(votes, 4, heads, labels);
        Assert.Equal([1, -1, 1, 1], heads);
        Assert.Equal([1, 0, 1, 2], labels);
    }

    [Fact]
    public void A_voted_cycle_or_a_second_root_is_resolved_into_one_tree()
    {
        // word 0 and word 1 vote each other their head (a cycle), and words 2 and 3 each get a root vote from a different member
        var votes = Votes(
            ([1, 0, -1, 2], [1, 1, 0, 1]),
            ([1, 0, 3, -1], [1, 1, 1, 0]),
            ([2, 2, -1, 2], [1, 1, 0, 1]));
        var heads = new int[4];
        var labels = new int[4];
        ParserEnsemble.Combine(votes, 4, heads, labels);
        Assert.Single(heads, h => h < 0);
        for (var d = 0; d < 4; d++)
        {
            var h = d;
            for (var steps = 0; h >= 0; steps++)
            {
                Assert.True(steps <= 4, $"word {d} does not reach the root in {string.Join(' ', heads)}");
                h = heads[h];
            }
        }

        Assert.Equal(-1, heads[2]);
    }

    [Fact]
    public void The_spanning_tree_is_the_best_one()
    {
        // every arborescence of 3 words over the root, enumerated: Chu-Liu-Edmonds must find the best score
        var random = new Random(3);
        for (var trial = 0; trial < 200; trial++)
        {
            var score = new double[4][];
            for (var h = 0; h < 4; h++)
            {
                score[h] = [.. Enumerable.Range(0, 4).Select(_ => Math.Round(random.NextDouble() * 10))];
            }

            var tree = ParserEnsemble.MaximumSpanningTree(score);
            var best = double.NegativeInfinity;
            foreach (var candidate in Arborescences(3))
            {
                best = Math.Max(best, Enumerable.Range(1, 3).Sum(d => score[candidate[d]][d]));
            }

            Assert.Equal(best, Enumerable.Range(1, 3).Sum(d => score[tree[d]][d]));
            Assert.Contains(Arborescences(3), c => c.AsSpan(1).SequenceEqual(tree.AsSpan(1)));
        }
    }

    [Fact]
    public void An_ensemble_model_trained_on_a_slice_is_saved_read_back_and_parses_as_trained()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var slice = train.Take(300).ToList();
        var dev = train.Skip(300).Take(60).ToList();
        var options = new SyntaxTrainingOptions { Folds = 1, TaggerEpochs = 2, ParserEpochs = 2, Seed = 7, Parsers = ["ltr", "rtl", "rtl"] };
        var model = SyntaxTrainer.Train(slice, dev, options, TextWriter.Null);
        Assert.Equal([false, true, true], model.Parser.Members.Select(m => m.RightToLeft));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = SyntaxModel.Load(stream);
        Assert.Equal([false, true, true], loaded.Parser.Members.Select(m => m.RightToLeft));
        Assert.Equal(SyntaxEvaluator.Evaluate(model, dev).Las, SyntaxEvaluator.Evaluate(loaded, dev).Las);
        var tree = loaded.Parse("The ministers signed the agreement in Baghdad on Monday.");
        Assert.Single(tree, w => w.IsRoot);
    }

    private static EnsembleVotes Votes(params (int[] Heads, int[] Labels)[] members)
    {
        var votes = new EnsembleVotes();
        votes.Ensure(members.Length, members[0].Heads.Length);
        for (var k = 0; k < members.Length; k++)
        {
            members[k].Heads.CopyTo(votes.Heads[k], 0);
            members[k].Labels.CopyTo(votes.Labels[k], 0);
        }

        return votes;
    }

    /// <summary>Every head assignment of <paramref name="n"/> words (node 0 the root) that forms a tree.</summary>
    private static IEnumerable<int[]> Arborescences(int n)
    {
        var total = (int)Math.Pow(n + 1, n);
        for (var code = 0; code < total; code++)
        {
            var head = new int[n + 1];
            head[0] = -1;
            var c = code;
            for (var d = 1; d <= n; d++)
            {
                head[d] = c % (n + 1);
                c /= n + 1;
            }

            if (Enumerable.Range(1, n).All(d => head[d] != d && Reaches(head, d, n)))
            {
                yield return head;
            }
        }
    }

    private static bool Reaches(int[] head, int d, int n)
    {
        for (var steps = 0; steps <= n; steps++)
        {
            if (d == 0)
            {
                return true;
            }

            d = head[d];
        }

        return false;
    }
}
