using GraphExplorer.Extraction.Syntax.Parsing;
using GraphExplorer.Extraction.Syntax.Training;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The arc-eager system and its oracles against the training treebank.</summary>
public sealed class TransitionSystemTests
{
    [Fact]
    public void The_static_oracle_rebuilds_every_projective_training_tree()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var system = ParserTrainer.SystemOf(train);
        var oracle = new ArcEagerOracle(system);
        var state = new ParserState();
        var projective = 0;
        foreach (var sentence in train.Where(s => s.IsProjective))
        {
            projective++;
            var (heads, labels) = Gold(system, sentence);
            oracle.SetGold(heads, labels);
            state.Init(sentence.Words.Count);
            while (!state.IsTerminal)
            {
                var action = oracle.Static(state);
                Assert.True(action >= 0 && state.IsLegal(system, action), $"{sentence.Id}: the oracle's action {action} is not legal");
                state.Apply(system, action);
            }

            for (var p = 1; p <= sentence.Words.Count; p++)
            {
                Assert.True(state.Head[p] == heads[p] && state.Label[p] == labels[p], $"{sentence.Id}: word {p} got head {state.Head[p]}, gold {heads[p]}");
            }
        }

        Assert.True(projective > 12_000, $"only {projective} projective sentences");
    }

    [Fact]
    public void Zero_cost_actions_of_the_dynamic_oracle_rebuild_every_tree_after_lifting()
    {
        var train = Treebank.Train;
        if (train is null)
        {
            Assert.Skip(Treebank.Absent);
        }

        var system = ParserTrainer.SystemOf(train);
        var oracle = new ArcEagerOracle(system);
        var state = new ParserState();
        var costs = new int[system.Count];
        foreach (var sentence in train)
        {
            var example = ParserTrainer.ExampleOf(system, sentence, new int[sentence.Words.Count]);
            oracle.SetGold(example.Heads, example.Labels);
            state.Init(sentence.Words.Count);
            while (!state.IsTerminal)
            {
                Assert.Equal(0, oracle.Costs(state, costs));

                // The last zero-cost action: a different path from the static oracle's preference.
                var action = Array.LastIndexOf(costs, 0);
                state.Apply(system, action);
            }

            for (var p = 1; p <= sentence.Words.Count; p++)
            {
                Assert.True(state.Head[p] == example.Heads[p] && state.Label[p] == example.Labels[p], $"{sentence.Id}: word {p} got head {state.Head[p]}, gold {example.Heads[p]}");
            }
        }
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective_and_keeps_the_rest()
    {
        // "A hearing is scheduled on the issue today": 'hearing' <- 'on' crosses 'is scheduled'.
        int[] heads = [1, 3, 3, -1, 6, 6, 1, 3];
        Assert.False(Projectivizer.IsProjective(heads));
        var lifted = Projectivizer.Lift(heads);
        Assert.True(Projectivizer.IsProjective(lifted));
        Assert.Equal(3, lifted[6]);
        Assert.Equal([1, 3, 3, -1, 6, 6, 3, 3], lifted);
    }

    private static (int[] Heads, int[] Labels) Gold(TransitionSystem system, TreebankSentence sentence)
    {
        var heads = new int[sentence.Words.Count + 1];
        var labels = new int[sentence.Words.Count + 1];
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            heads[i + 1] = sentence.Words[i].Head + 1;
            labels[i + 1] = Array.IndexOf(system.Labels, sentence.Words[i].Relation);
        }

        return (heads, labels);
    }
}
