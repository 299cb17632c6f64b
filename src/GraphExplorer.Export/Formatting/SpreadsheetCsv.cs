using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// CSV as spreadsheets open it cleanly (Excel, LibreOffice Calc, Numbers, Google Sheets) and as RFC 4180
/// describes it: UTF-8 with a byte order mark (without one Excel reads UTF-8 as the local code page and
/// garbles "Iran’s"), comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line
/// break (inner quotes doubled), and a field that a spreadsheet would take for a formula (it starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) prefixed with an apostrophe, so that a hostile
/// name or sentence is shown, never evaluated (OWASP's advice on CSV injection).
/// </summary>
internal static class SpreadsheetCsv
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>A header line followed by one line per record.</summary>
    public static string Document(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        var csv = new StringBuilder();
        Append(csv, header);
        foreach (var record in records)
        {
            Append(csv, record);
        }

        return csv.ToString();
    }

    /// <summary>One field as written.</summary>
    public static string Field(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void Append(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            csv.Append(i > 0 ? "," : "").Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }
}
