using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// The per-sentence working arrays shared by the tagger and the parser: word hashes, affixes, shapes,
/// tags, heads and labels. One buffer per thread is reused from sentence to sentence, so tagging and
/// parsing allocate nothing per word.
/// </summary>
internal sealed class SentenceBuffer
{
    public const int Affixes = 4;

    public int Count;
    public string[] Forms = new string[64];
    public ulong[] Raw = new ulong[64];
    public ulong[] Lower = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public ulong[] Prefix = new ulong[64 * Affixes];
    public ulong[] Suffix = new ulong[64 * Affixes];
    public int[] Flags = new int[64];
    public int[] FirstPass = new int[64];
    public int[] Tags = new int[64];

    /// <summary>Parse result, 0-based heads (-1 for the root) and label ids.</summary>
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];

    [Flags]
    public enum WordFlags
    {
        None = 0,
        Digit = 1,
        Hyphen = 2,
        AllCaps = 4,
        InitialCap = 8,
        Period = 16,
        Number = 32,
        Apostrophe = 64,
        First = 128,
    }

    /// <summary>Loads the words of one sentence (forms as written; quotes are folded for the features).</summary>
    public void Load(IReadOnlyList<string> forms)
    {
        Ensure(forms.Count);
        Count = forms.Count;
        for (var i = 0; i < forms.Count; i++)
        {
            Describe(i, forms[i]);
        }
    }

    /// <summary>Loads the words given as spans of <paramref name="text"/>.</summary>
    public void Load(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        Ensure(spans.Count);
        Count = spans.Count;
        for (var i = 0; i < spans.Count; i++)
        {
            Describe(i, text[spans[i].Start..spans[i].End]);
        }
    }

    private void Ensure(int count)
    {
        if (count <= Forms.Length)
        {
            return;
        }

        var size = Math.Max(count, Forms.Length * 2);
        Forms = new string[size];
        Raw = new ulong[size];
        Lower = new ulong[size];
        Shape = new ulong[size];
        Prefix = new ulong[size * Affixes];
        Suffix = new ulong[size * Affixes];
        Flags = new int[size];
        FirstPass = new int[size];
        Tags = new int[size];
        Heads = new int[size];
        Labels = new int[size];
    }

    private void Describe(int i, string form)
    {
        var folded = Fold(form);
        Forms[i] = folded;
        Raw[i] = FeatureHash.Of(folded);
        Lower[i] = FeatureHash.OfLower(folded);
        Span<char> lower = stackalloc char[Math.Min(folded.Length, 256)];
        var span = folded.AsSpan(0, lower.Length);
        span.ToLowerInvariant(lower);
        for (var k = 0; k < Affixes; k++)
        {
            var length = k + 1;
            Prefix[(i * Affixes) + k] = lower.Length > length ? FeatureHash.Feature(k, FeatureHash.Of(lower[..length])) : 0;
            Suffix[(i * Affixes) + k] = lower.Length > length ? FeatureHash.Feature(k, FeatureHash.Of(lower[^length..])) : 0;
        }

        Span<char> shape = stackalloc char[8];
        var shapeLength = 0;
        var flags = WordFlags.None;
        int letters = 0, upper = 0, digits = 0;
        char previous = '\0';
        var run = 0;
        foreach (var c in folded)
        {
            char kind;
            if (char.IsUpper(c))
            {
                kind = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                kind = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                kind = 'd';
                digits++;
            }
            else
            {
                kind = c;
                flags |= c switch
                {
                    '-' => WordFlags.Hyphen,
                    '.' => WordFlags.Period,
                    '\'' => WordFlags.Apostrophe,
                    _ => WordFlags.None,
                };
            }

            run = kind == previous ? run + 1 : 1;
            previous = kind;
            if (run <= 2 && shapeLength < shape.Length)
            {
                shape[shapeLength++] = kind;
            }
        }

        if (digits > 0)
        {
            flags |= WordFlags.Digit;
            if (letters == 0)
            {
                flags |= WordFlags.Number;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= WordFlags.AllCaps;
        }

        if (folded.Length > 0 && char.IsUpper(folded[0]))
        {
            flags |= WordFlags.InitialCap;
        }

        if (i == 0)
        {
            flags |= WordFlags.First;
        }

        Shape[i] = FeatureHash.Of(shape[..shapeLength]);
        Flags[i] = (int)flags;
    }

    /// <summary>Typographic quotes and apostrophes as their ASCII forms, the way the treebank mostly writes them.</summary>
    public static string Fold(string form)
    {
        foreach (var c in form)
        {
            if (c is '’' or '‘' or '′' or '“' or '”' or '„' or '`')
            {
                return string.Create(form.Length, form, static (span, source) =>
                {
                    for (var k = 0; k < source.Length; k++)
                    {
                        span[k] = source[k] switch
                        {
                            '’' or '‘' or '′' => '\'',
                            '“' or '”' or '„' => '"',
                            '`' => '\'',
                            var other => other,
                        };
                    }
                });
            }
        }

        return form;
    }
}
