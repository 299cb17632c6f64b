namespace GraphExplorer.Export.Formatting;

/// <summary>Character tests shared by the escapers.</summary>
internal static class Chars
{
    /// <summary>Whether the character at <paramref name="i"/> can be written: not a control character and not half of a broken surrogate pair.</summary>
    public static bool IsWritable(string text, int i)
    {
        var c = text[i];
        return !char.IsControl(c) && (!char.IsSurrogate(c) || IsPaired(text, i));
    }

    /// <summary>Whether a surrogate at <paramref name="i"/> belongs to a complete pair.</summary>
    public static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
