using System.Globalization;

namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies) sentences: the ten tab-separated columns of each syntactic
/// word; multiword-token range lines (<c>3-4</c>) and empty nodes (<c>5.1</c>) are skipped, comments give
/// the sentence id and text. A malformed line stops reading with the line number and the reason.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<TreebankSentence> Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<TreebankSentence>();
        var words = new List<TreebankWord>();
        var heads = new List<int>();
        string? id = null, text = null;
        var lineNumber = 0;
        var sentenceLine = 0;

        void Finish()
        {
            if (words.Count == 0)
            {
                id = text = null;
                return;
            }

            var finished = new TreebankWord[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var head = heads[i];
                if (head > words.Count)
                {
                    throw new InvalidDataException($"{source}: sentence at line {sentenceLine}: word {i + 1} has head {head}, beyond its {words.Count} words.");
                }

                finished[i] = words[i] with { Head = head - 1 };
            }

            sentences.Add(new TreebankSentence(id, text, finished));
            words.Clear();
            heads.Clear();
            id = text = null;
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                Finish();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{source}: line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (words.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            if (!int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != words.Count + 1)
            {
                throw new InvalidDataException($"{source}: line {lineNumber}: word id '{columns[0]}' should be {words.Count + 1}.");
            }

            if (!int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head))
            {
                throw new InvalidDataException($"{source}: line {lineNumber}: head '{columns[6]}' is not a number.");
            }

            heads.Add(head);
            words.Add(new TreebankWord(columns[1], columns[2], columns[3], columns[4], head, columns[7]));
        }

        Finish();
        return sentences;
    }
}
