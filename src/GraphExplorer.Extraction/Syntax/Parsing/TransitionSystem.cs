namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>The four arc-eager transitions; arcs carry a label.</summary>
internal enum ActionKind : byte
{
    /// <summary>Push the front of the buffer onto the stack.</summary>
    Shift,

    /// <summary>Pop the top of the stack (it already has its head).</summary>
    Reduce,

    /// <summary>The front of the buffer becomes the head of the stack's top, which is popped.</summary>
    Left,

    /// <summary>The stack's top becomes the head of the buffer's front, which is pushed.</summary>
    Right,
}

/// <summary>
/// The labelled arc-eager transition system (Nivre 2003): SHIFT, REDUCE, LEFT-ARC(label) and
/// RIGHT-ARC(label), with the artificial root at the bottom of the stack. Only the (direction, label)
/// pairs seen in training become actions, and only RIGHT-ARC(root) may leave the artificial root, once,
/// so every parse has a single root word as UD requires.
/// </summary>
internal sealed class TransitionSystem
{
    public const int Shift = 0;
    public const int Reduce = 1;

    public TransitionSystem(IReadOnlyList<string> labels, IEnumerable<int> leftLabels, IEnumerable<int> rightLabels, int rootLabel)
    {
        Labels = [.. labels];
        RootLabel = rootLabel;
        var kinds = new List<ActionKind> { ActionKind.Shift, ActionKind.Reduce };
        var actionLabels = new List<int> { -1, -1 };
        LeftAction = Enumerable.Repeat(-1, Labels.Length).ToArray();
        RightAction = Enumerable.Repeat(-1, Labels.Length).ToArray();
        foreach (var label in leftLabels.Where(l => l != rootLabel).Distinct().Order())
        {
            LeftAction[label] = kinds.Count;
            kinds.Add(ActionKind.Left);
            actionLabels.Add(label);
        }

        foreach (var label in rightLabels.Append(rootLabel).Distinct().Order())
        {
            RightAction[label] = kinds.Count;
            kinds.Add(ActionKind.Right);
            actionLabels.Add(label);
        }

        FirstRight = kinds.IndexOf(ActionKind.Right);
        Kinds = [.. kinds];
        ActionLabels = [.. actionLabels];
        LeftLabels = [.. leftLabels.Where(l => l != rootLabel).Distinct().Order()];
        RightLabels = [.. rightLabels.Append(rootLabel).Distinct().Order()];
    }

    /// <summary>Relation names (full UD DEPREL, with subtypes), by label id.</summary>
    public string[] Labels { get; }

    public int RootLabel { get; }

    public ActionKind[] Kinds { get; }

    /// <summary>The label of each action (-1 for SHIFT and REDUCE).</summary>
    public int[] ActionLabels { get; }

    /// <summary>Label id → its LEFT-ARC action, or -1.</summary>
    public int[] LeftAction { get; }

    /// <summary>Label id → its RIGHT-ARC action, or -1.</summary>
    public int[] RightAction { get; }

    public int[] LeftLabels { get; }

    public int[] RightLabels { get; }

    public int Count => Kinds.Length;

    /// <summary>The first RIGHT-ARC action: SHIFT and REDUCE come first, then the LEFT-ARCs, then the RIGHT-ARCs.</summary>
    public int FirstRight { get; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(RootLabel);
        writer.Write(LeftLabels.Length);
        foreach (var label in LeftLabels)
        {
            writer.Write(label);
        }

        writer.Write(RightLabels.Length);
        foreach (var label in RightLabels)
        {
            writer.Write(label);
        }
    }

    public static TransitionSystem Read(BinaryReader reader)
    {
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        var root = reader.ReadInt32();
        var left = new int[reader.ReadInt32()];
        for (var i = 0; i < left.Length; i++)
        {
            left[i] = reader.ReadInt32();
        }

        var right = new int[reader.ReadInt32()];
        for (var i = 0; i < right.Length; i++)
        {
            right[i] = reader.ReadInt32();
        }

        return new TransitionSystem(labels, left, right, root);
    }
}
