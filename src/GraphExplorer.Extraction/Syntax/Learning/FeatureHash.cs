using System.Runtime.CompilerServices;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>
/// Stable 64-bit hashes for sparse features. A feature is a template number combined with one to four
/// atoms (word hashes, tag ids, distances); the result keys a weight row. The functions never depend on
/// the process (unlike <see cref="string.GetHashCode()"/>), so a model trained once scores the same
/// everywhere. Zero is reserved as the empty-slot marker of the weight tables and never returned
/// by the feature functions, whose keys have <see cref="KeyMask"/>'s 40 bits.
/// </summary>
internal static class FeatureHash
{
    /// <summary>
    /// Feature keys keep 40 bits: a feature absent from a table of a million rows then matches a stored key
    /// about once in a million lookups, and sorted keys delta-encode in three bytes instead of eight.
    /// </summary>
    public const ulong KeyMask = (1UL << 40) - 1;

    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    /// <summary>The hash of a string's characters (ordinal).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Prime3 ^ (ulong)text.Length;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime1;
            h ^= h >> 29;
        }

        return Final(h);
    }

    /// <summary>The hash of a string's characters folded to lower case (invariant).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Prime3 ^ (ulong)text.Length;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime1;
            h ^= h >> 29;
        }

        return Final(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => NonZero(Final(Mix(Mix(Prime2 + (ulong)template, a), 1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Final(Mix(Mix(Mix(Prime2 + (ulong)template, a), b), 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => NonZero(Final(Mix(Mix(Mix(Mix(Prime2 + (ulong)template, a), b), c), 3)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c, ulong d) => NonZero(Final(Mix(Mix(Mix(Mix(Mix(Prime2 + (ulong)template, a), b), c), d), 4)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v * Prime2;
        h = ulong.RotateLeft(h, 31) * Prime1;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Final(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong h) => (h & KeyMask) == 0 ? 1 : h & KeyMask;
}
