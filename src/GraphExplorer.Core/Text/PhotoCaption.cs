using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Text;

/// <summary>
/// Recognizes the caption of a news photo kept in an article's text: "X (far right) meets with Y in Baghdad
/// (Press Office/Handout via Reuters)", "The flags are pictured in … (Photo: Anadolu Agency)", "… [Atta
/// Kenare/AFP]". A caption names who is in a picture, not what was reported, so its facts are weaker
/// evidence: extraction keeps a caption line whole as one sentence (credit included) and lowers the
/// confidence of what it states, and reports set those facts apart. Because the whole line is the
/// evidence sentence, <see cref="IsCaption"/> on a stored sentence gives the same answer extraction gave.
/// The markers are data (<c>photo-captions.tsv</c>): credit words, positions in the picture, caption phrases.
/// </summary>
public static partial class PhotoCaption
{
    /// <summary>A caption is one short paragraph; a line longer than this is prose even with a credit.</summary>
    public const int MaxWords = 80;

    private static readonly Markers Known = Markers.Load();

    /// <summary>Whether this line (or evidence sentence) is a photo caption.</summary>
    public static bool IsCaption(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || Words().Count(text) > MaxWords)
        {
            return false;
        }

        return CreditStart(text) < text.Length || HasPosition(text) || HasPhrase(text) || LeadingLabel().IsMatch(text);
    }

    /// <summary>
    /// Where the photo credit that ends the line starts ("(Photo: …)", "[Name/AFP]", "Photo: …"), or the line's
    /// length when it ends with none. The credit names who took or supplied the picture, not who is in it.
    /// </summary>
    public static int CreditStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.TrimEnd();
        var group = TrailingGroup().Match(trimmed);
        if (group.Success && HasCreditWord(group.Groups["inside"].Value))
        {
            return group.Index;
        }

        var label = TrailingLabel().Match(trimmed);
        return label.Success ? label.Index : line.Length;
    }

    private static bool HasPosition(string text) =>
        Groups().Matches(text).Any(m => Known.Positions.Contains(Squeeze(m.Groups["inside"].Value)));

    private static bool HasPhrase(string text)
    {
        var squeezed = " " + Squeeze(text) + " ";
        return Known.Phrases.Any(p => squeezed.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    // "Handout via Reuters", "Press Office/Handout", "AFP file photo", "Photo: Kurdistan 24": a credit word as a whole word.
    private static bool HasCreditWord(string inside)
    {
        var squeezed = " " + Squeeze(inside.Replace('/', ' ').Replace(':', ' ')) + " ";
        return Known.Credits.Any(c => squeezed.Contains(" " + c + " ", StringComparison.Ordinal));
    }

    private static string Squeeze(string text) => Spaces().Replace(text.Trim().ToLowerInvariant().Replace('’', '\''), " ").Trim(' ', '.', ',', ';');

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\((?<inside>[^()\n]{1,40})\)")]
    private static partial Regex Groups();

    // The last (…) or […] group of the line, maybe followed by a full stop: "… in Baghdad (Handout via Reuters )".
    [GeneratedRegex(@"[\(\[](?<inside>[^()\[\]\n]{1,160})[\)\]]\s*\.?$")]
    private static partial Regex TrailingGroup();

    // "… on February 15. Photo: Iraqi foreign ministry." — a short credit label that ends the line.
    [GeneratedRegex(@"(?<=^|[.!?”""]\s|\s[–—-]\s)(?:Photo|Picture|Image|Photograph|File photo)(?: credit)?\s*:\s*[^.:\n]{1,80}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingLabel();

    // "Photo: Iraqi Prime Minister … meets …" — a caption introduced as such.
    [GeneratedRegex(@"^(?:Photo|Picture|Image|Photograph|File photo|Caption)\s*:\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabel();

    private sealed record Markers(HashSet<string> Credits, HashSet<string> Positions, IReadOnlyList<string> Phrases)
    {
        public static Markers Load()
        {
            using var stream = typeof(PhotoCaption).Assembly.GetManifestResourceStream("text/photo-captions.tsv")
                ?? throw new InvalidOperationException("The embedded photo-captions.tsv is missing.");
            using var reader = new StreamReader(stream);
            var credits = new HashSet<string>(StringComparer.Ordinal);
            var positions = new HashSet<string>(StringComparer.Ordinal);
            var phrases = new List<string>();
            var header = true;
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('#') || line.Trim().Length == 0)
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    continue;
                }

                var fields = line.Split('\t');
                if (fields.Length != 2)
                {
                    throw new InvalidDataException($"photo-captions.tsv: '{line}' is not 'kind<TAB>text'.");
                }

                var text = Squeeze(fields[1]);
                switch (fields[0])
                {
                    case "credit":
                        credits.Add(text);
                        break;
                    case "position":
                        positions.Add(text);
                        break;
                    case "phrase":
                        phrases.Add(text);
                        break;
                    default:
                        throw new InvalidDataException($"photo-captions.tsv: unknown kind '{fields[0]}'.");
                }
            }

            return new Markers(credits, positions, phrases);
        }
    }
}
