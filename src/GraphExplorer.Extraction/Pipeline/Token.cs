namespace GraphExplorer.Extraction.Pipeline;

/// <summary>A word or a punctuation mark of a sentence, with absolute offsets into the article text.</summary>
internal readonly record struct Token(int Start, int End, string Text, string Norm, bool IsWord)
{
    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case (an acronym or a shouted dateline).</summary>
    public bool IsAllCaps
    {
        get
        {
            if (!IsWord || Text.Length < 2)
            {
                return false;
            }

            foreach (var c in Text)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
