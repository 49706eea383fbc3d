using System.Text;

namespace Entente.ActionItems;

/// <summary>Reads and writes RFC 4180 CSV: comma-separated, fields quoted with double quotes when they need it.</summary>
public static class Csv
{
    /// <summary>Splits text into records of fields; a quoted field may hold commas, quotes (doubled) and line breaks.</summary>
    /// <exception cref="UnclosedQuoteException">A quoted field is not closed.</exception>
    public static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRecord(records, recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new UnclosedQuoteException(recordLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRecord(records, recordLine, fields);
        }

        return records;
    }

    public static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private static void AddRecord(List<(int, List<string>)> records, int line, List<string> fields)
    {
        // A blank line is not a record.
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add((line, fields));
        }
    }

    /// <summary>A quoted field that runs to the end of the file; <see cref="RecordLine"/> is where its record starts.</summary>
    public sealed class UnclosedQuoteException(int recordLine)
        : FormatException($"The quoted field starting on line {recordLine} is never closed.")
    {
        public int RecordLine { get; } = recordLine;
    }
}
