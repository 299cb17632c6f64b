namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// Projectivity checks and lifting (Nivre and Nilsson 2005, without label encoding): while a tree has a
/// crossing arc, the shortest one is re-attached to its head's head. The arc-eager system can build only
/// projective trees; about 2% of EWT's training sentences need a lift, which costs those few words their
/// true head in training and keeps the rest of the sentence.
/// </summary>
internal static class Projectivizer
{
    /// <summary>True when <paramref name="heads"/> (0-based, -1 for the root) has no crossing arc.</summary>
    public static bool IsProjective(IReadOnlyList<int> heads)
    {
        for (var d = 0; d < heads.Count; d++)
        {
            if (heads[d] >= 0 && !IsProjectiveArc(heads, heads[d], d))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lifts crossing arcs until the tree is projective; returns the new heads (0-based, -1 root).</summary>
    public static int[] Lift(IReadOnlyList<int> heads)
    {
        var lifted = heads.ToArray();
        while (true)
        {
            var shortest = -1;
            var length = int.MaxValue;
            for (var d = 0; d < lifted.Length; d++)
            {
                var h = lifted[d];
                if (h >= 0 && Math.Abs(h - d) < length && !IsProjectiveArc(lifted, h, d))
                {
                    shortest = d;
                    length = Math.Abs(h - d);
                }
            }

            if (shortest < 0)
            {
                return lifted;
            }

            lifted[shortest] = lifted[lifted[shortest]];
        }
    }

    private static bool IsProjectiveArc(IReadOnlyList<int> heads, int head, int dependent)
    {
        var low = Math.Min(head, dependent);
        var high = Math.Max(head, dependent);
        for (var k = low + 1; k < high; k++)
        {
            var x = k;
            var steps = 0;
            while (x >= 0 && x != head && steps++ <= heads.Count)
            {
                x = heads[x];
            }

            if (x != head)
            {
                return false;
            }
        }

        return true;
    }
}
