using System.Runtime.CompilerServices;

namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// An arc-eager configuration over positions 0..N (0 is the artificial root, word i is position i+1):
/// the stack, the front of the buffer (the buffer is always the contiguous tail B..N), the arcs built
/// so far, and what the features read about them (the two outermost children on each side, valencies,
/// the set of labels on each side). Reused from sentence to sentence; nothing is allocated per word.
/// </summary>
internal sealed class ParserState
{
    public int N;
    public int[] Stack = new int[65];
    public int Top;
    public int B;
    public bool RootAssigned;

    public int[] Head = new int[65];
    public int[] Label = new int[65];
    public int[] Left1 = new int[65];
    public int[] Left2 = new int[65];
    public int[] Right1 = new int[65];
    public int[] Right2 = new int[65];
    public int[] LeftCount = new int[65];
    public int[] RightCount = new int[65];
    public ulong[] LeftLabels = new ulong[65];
    public ulong[] RightLabels = new ulong[65];

    /// <summary>Starts a sentence of <paramref name="words"/> words: the root alone on the stack, every word in the buffer.</summary>
    public void Init(int words)
    {
        N = words;
        var size = words + 1;
        if (Head.Length < size)
        {
            var capacity = Math.Max(size, Head.Length * 2);
            Stack = new int[capacity];
            Head = new int[capacity];
            Label = new int[capacity];
            Left1 = new int[capacity];
            Left2 = new int[capacity];
            Right1 = new int[capacity];
            Right2 = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
            LeftLabels = new ulong[capacity];
            RightLabels = new ulong[capacity];
        }

        Array.Fill(Head, -1, 0, size);
        Array.Fill(Label, -1, 0, size);
        Array.Fill(Left1, -1, 0, size);
        Array.Fill(Left2, -1, 0, size);
        Array.Fill(Right1, -1, 0, size);
        Array.Fill(Right2, -1, 0, size);
        Array.Clear(LeftCount, 0, size);
        Array.Clear(RightCount, 0, size);
        Array.Clear(LeftLabels, 0, size);
        Array.Clear(RightLabels, 0, size);
        Stack[0] = 0;
        Top = 1;
        B = 1;
        RootAssigned = false;
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (the beam's way of branching).</summary>
    public void CopyFrom(ParserState other)
    {
        var size = other.N + 1;
        if (Head.Length < size)
        {
            Init(other.N);
        }

        N = other.N;
        Top = other.Top;
        B = other.B;
        RootAssigned = other.RootAssigned;
        Array.Copy(other.Stack, Stack, other.Top);
        Array.Copy(other.Head, Head, size);
        Array.Copy(other.Label, Label, size);
        Array.Copy(other.Left1, Left1, size);
        Array.Copy(other.Left2, Left2, size);
        Array.Copy(other.Right1, Right1, size);
        Array.Copy(other.Right2, Right2, size);
        Array.Copy(other.LeftCount, LeftCount, size);
        Array.Copy(other.RightCount, RightCount, size);
        Array.Copy(other.LeftLabels, LeftLabels, size);
        Array.Copy(other.RightLabels, RightLabels, size);
    }

    public bool IsTerminal => B > N;

    /// <summary>The stack's top, or -1.</summary>
    public int S0 => Top > 0 ? Stack[Top - 1] : -1;

    /// <summary>The item below the stack's top, or -1.</summary>
    public int S1 => Top > 1 ? Stack[Top - 2] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLegal(TransitionSystem system, int action)
    {
        if (B > N)
        {
            return false;
        }

        var s = S0;
        return system.Kinds[action] switch
        {
            ActionKind.Shift => true,
            ActionKind.Reduce => s > 0 && Head[s] >= 0,
            ActionKind.Left => s > 0 && Head[s] < 0,
            _ => s == 0
                ? !RootAssigned && system.ActionLabels[action] == system.RootLabel
                : s > 0 && system.ActionLabels[action] != system.RootLabel,
        };
    }

    /// <summary>Applies a legal action.</summary>
    public void Apply(TransitionSystem system, int action)
    {
        var s = S0;
        switch (system.Kinds[action])
        {
            case ActionKind.Shift:
                Stack[Top++] = B++;
                break;
            case ActionKind.Reduce:
                Top--;
                break;
            case ActionKind.Left:
                AddArc(B, s, system.ActionLabels[action]);
                Top--;
                break;
            default:
                AddArc(s, B, system.ActionLabels[action]);
                if (s == 0)
                {
                    RootAssigned = true;
                }

                Stack[Top++] = B++;
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Right1[head] < 0 || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] < 0 || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }
}
