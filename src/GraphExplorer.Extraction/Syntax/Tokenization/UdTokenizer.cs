using System.Collections.Frozen;

namespace GraphExplorer.Extraction.Syntax.Tokenization;

/// <summary>
/// Splits a sentence into words the way UD English EWT does, so that the tagger and the parser see the
/// tokens they were trained on: clitics apart (<c>Iraq's</c> → <c>Iraq 's</c>, <c>can't</c> → <c>ca n't</c>,
/// <c>won't</c> → <c>wo n't</c>, <c>cannot</c> → <c>can not</c>), punctuation apart, hyphenated words split
/// (<c>al-Sudani</c> → <c>al - Sudani</c>) unless the first part is a prefix (<c>e-mail</c>, <c>non-state</c>),
/// abbreviations and initials whole (<c>Lt.</c>, <c>U.S.</c>, <c>W.</c>). Typographic apostrophes and quotes
/// behave like their ASCII forms; an apostrophe inside or at the end of a name that is no clitic stays in
/// the word (<c>Shia’</c>, <c>Ja’fari</c>, <c>O'Brien</c>). Every word is a span of the input text: its
/// form is exactly the characters between its offsets.
/// </summary>
internal static class UdTokenizer
{
    /// <summary>Abbreviations that keep their full stop (compared without it, case-sensitive first, then lower case).</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Lt", "Gen", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Reps", "Rev", "Prof", "Pres", "Jr", "Sr", "Hon", "Amb", "Brig", "Lieut", "Supt", "Insp",
        "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "Fig", "Sec",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "vs", "etc", "approx", "esp", "ca", "cf", "al", "viz", "ext", "est", "incl",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First parts of hyphenated words that EWT keeps in one token (<c>e-mail</c>, <c>co-workers</c>).</summary>
    private static readonly FrozenSet<string> HyphenPrefixes = new[]
    {
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "inter", "intra", "counter", "micro", "macro", "mega", "mini", "neo", "pseudo", "quasi", "ultra", "un", "de", "bi", "tri",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words EWT writes as two syntactic words without any punctuation between: the split point.</summary>
    private static readonly FrozenDictionary<string, int> FusedWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3,
        ["gonna"] = 3,
        ["wanna"] = 3,
        ["gotta"] = 3,
        ["dunno"] = 2,
        ["lemme"] = 3,
        ["gimme"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FusedWordsBySpan = FusedWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>The words of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) as absolute spans.</summary>
    public static List<(int Start, int End)> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<(int Start, int End)>();
        var i = start;
        var chunks = new List<(int Start, int End)>();
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var j = i;
            while (j < end && !char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j > i)
            {
                chunks.Add((i, j));
            }

            i = j;
        }

        for (var c = 0; c < chunks.Count; c++)
        {
            Chunk(text, chunks[c].Start, chunks[c].End, c == chunks.Count - 1, words);
        }

        return words;
    }

    private static void Chunk(string text, int a, int b, bool last, List<(int Start, int End)> words)
    {
        // Opening punctuation.
        var openedSingleQuote = false;
        while (a < b && IsOpening(text, a, b))
        {
            openedSingleQuote |= IsSingleQuote(text[a]);
            var run = RunOf(text, a, b);
            words.Add((a, run));
            a = run;
        }

        if (a >= b)
        {
            return;
        }

        if (IsUrlOrEmail(text, a, b))
        {
            var trailing = new List<(int, int)>();
            while (b > a && ".,;:!?)]}\"”’'".Contains(text[b - 1], StringComparison.Ordinal))
            {
                trailing.Add((b - 1, b));
                b--;
            }

            words.Add((a, b));
            trailing.Reverse();
            words.AddRange(trailing);
            return;
        }

        // Closing punctuation, collected from the end.
        var closing = new List<(int Start, int End)>();
        while (b > a)
        {
            var c = text[b - 1];
            if (c == '.')
            {
                var run = b - 1;
                while (run > a && text[run - 1] == '.')
                {
                    run--;
                }

                if (b - run == 1 && run > a && KeepsFullStop(text, a, b, last))
                {
                    break;
                }

                closing.Add((run, b));
                b = run;
                continue;
            }

            if (IsSingleQuote(c))
            {
                // A closing quote, or the possessive of a plural ("leaders'"); otherwise part of the word ("Shia’").
                if (b - 1 == a || openedSingleQuote || !char.IsLetterOrDigit(text[b - 2]) || text[b - 2] is 's' or 'S')
                {
                    closing.Add((b - 1, b));
                    b--;
                    openedSingleQuote = false;
                    continue;
                }

                break;
            }

            if (IsClosing(c))
            {
                var run = b - 1;
                while (run > a && text[run - 1] == c)
                {
                    run--;
                }

                closing.Add((run, b));
                b = run;
                continue;
            }

            break;
        }

        if (b > a)
        {
            Core(text, a, b, words);
        }

        closing.Reverse();
        words.AddRange(closing);
    }

    /// <summary>A word without outer punctuation: clitics, currency and percent signs, hyphens, slashes.</summary>
    private static void Core(string text, int a, int b, List<(int Start, int End)> words)
    {
        // Currency before a number: "$5", "US$20".
        if (b - a > 1 && text[a] is '$' or '£' or '€' or '#' && char.IsDigit(text[a + 1]))
        {
            words.Add((a, a + 1));
            a++;
        }

        var tail = new List<(int Start, int End)>();
        if (b - a > 1 && text[b - 1] == '%' && char.IsDigit(text[b - 2]))
        {
            tail.Add((b - 1, b));
            b--;
        }

        var clitic = CliticStart(text, a, b);
        if (clitic > a)
        {
            tail.Insert(0, (clitic, b));
            b = clitic;
        }

        if (b - a <= 6 && FusedWordsBySpan.TryGetValue(text.AsSpan(a, b - a), out var split))
        {
            words.Add((a, a + split));
            words.Add((a + split, b));
        }
        else
        {
            Inner(text, a, b, words);
        }

        words.AddRange(tail);
    }

    /// <summary>Splits inside a word at hyphens, slashes and commas between letters; numbers, dates and prefixes stay whole.</summary>
    private static void Inner(string text, int a, int b, List<(int Start, int End)> words)
    {
        var part = a;
        for (var k = a; k < b; k++)
        {
            var c = text[k];
            var splitsHere = c switch
            {
                '-' or '‐' or '‑' => k > part && k + 1 < b && !IsNumeric(text, part, k) && !HyphenPrefixes.Contains(text[part..k])
                    && char.IsLetterOrDigit(text[k + 1]) && !(char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])),
                '–' or '—' => true,
                '/' => k - part >= 2 && b - k > 2 && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]),
                ',' or ';' => k > part && k + 1 < b && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]),
                _ => false,
            };
            if (!splitsHere)
            {
                continue;
            }

            if (k > part)
            {
                words.Add((part, k));
            }

            var run = k + 1;
            while (run < b && text[run] == c)
            {
                run++;
            }

            words.Add((k, run));
            part = run;
            k = run - 1;
        }

        if (b > part)
        {
            words.Add((part, b));
        }
    }

    /// <summary>Where a clitic starts at the end of the word, or <paramref name="a"/> when there is none.</summary>
    private static int CliticStart(string text, int a, int b)
    {
        foreach (var clitic in Clitics)
        {
            var length = clitic.Length;
            if (b - a <= length)
            {
                continue;
            }

            var at = b - length;
            var matches = true;
            for (var k = 0; k < length; k++)
            {
                var c = text[at + k];
                var expected = clitic[k];
                if (expected == '\'' ? !IsSingleQuote(c) : char.ToLowerInvariant(c) != expected)
                {
                    matches = false;
                    break;
                }
            }

            if (matches && char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }

        return a;
    }

    private static bool KeepsFullStop(string text, int a, int b, bool last)
    {
        var core = text.AsSpan(a, b - 1 - a);
        if (core.Length == 0)
        {
            return false;
        }

        // Dotted acronyms ("U.S.", "p.m.") keep their final stop even at the end of a sentence.
        if (core.Contains('.') && IsDottedAcronym(core))
        {
            return true;
        }

        if (last)
        {
            return false;
        }

        // Initials ("W.", "J.").
        if (core.Length == 1 && char.IsUpper(core[0]))
        {
            return true;
        }

        var word = core.ToString();
        return Abbreviations.Contains(word) || (char.IsUpper(word[0]) && Abbreviations.Contains(char.ToLowerInvariant(word[0]) + word[1..]));
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> core)
    {
        // Letters separated by single stops: "U.S", "p.m", "D.C".
        for (var k = 0; k < core.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(core[k]) : core[k] != '.')
            {
                return false;
            }
        }

        return core.Length % 2 == 1;
    }

    private static bool IsNumeric(string text, int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            if (!char.IsDigit(text[k]) && text[k] is not ('.' or ',' or ':' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpening(string text, int a, int b)
    {
        var c = text[a];
        if (c is '(' or '[' or '{' or '"' or '“' or '«' or '„' or '¿' or '¡' or '`')
        {
            return true;
        }

        if (IsSingleQuote(c))
        {
            // '90s and the clitic-like 'em keep their apostrophe.
            return a + 1 < b && !char.IsDigit(text[a + 1]) && !(b - a == 3 && text.AsSpan(a + 1, 2).Equals("em", StringComparison.OrdinalIgnoreCase));
        }

        // A dash or ellipsis glued to the front of a word ("--Baghdad", "…and").
        return (c is '—' or '–' or '…' || (c == '-' && a + 1 < b && text[a + 1] == '-')) && b - a > 1;
    }

    private static bool IsClosing(char c) => c is ')' or ']' or '}' or '"' or '”' or '»' or ',' or ';' or ':' or '!' or '?' or '…' or '—' or '–';

    private static bool IsSingleQuote(char c) => c is '\'' or '’' or '‘' or '′';

    private static int RunOf(string text, int a, int b)
    {
        var c = text[a];
        var run = a + 1;
        while (run < b && text[run] == c && c is '-' or '`' or '—' or '–' or '…')
        {
            run++;
        }

        return run;
    }

    private static bool IsUrlOrEmail(string text, int a, int b)
    {
        var span = text.AsSpan(a, b - a);
        if (span.Contains("://", StringComparison.Ordinal) || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = span.IndexOf('@');
        return at > 0 && span[(at + 1)..].Contains('.') && char.IsLetterOrDigit(span[at - 1]);
    }
}
