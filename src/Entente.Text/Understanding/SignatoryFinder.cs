using Entente.Text.Analysis;

namespace Entente.Text.Understanding;

/// <summary>
/// Finds the people who sign for each state: "President of the Russian Federation Vladimir Putin",
/// "Prime Minister of Japan Shinzo Abe". The office names the state; the name follows it.
/// </summary>
public static class SignatoryFinder
{
    private const int MaxNameWords = 4;

    private static readonly string[] s_offices =
    [
        "President of the ", "President of ", "Prime Minister of the ", "Prime Minister of ", "Minister of Foreign Affairs of the ",
        "Minister of Foreign Affairs of ", "Foreign Minister of ", "Chairman of the Government of the ", "Chairman of the Government of ",
        "Head of State of ", "King of ", "Emir of the ", "Emir of ", "Ambassador of the ", "Ambassador of ",
        "Президент ", "Председатель Правительства ", "Министр иностранных дел ",
    ];

    private static readonly string[] s_signatureOpeners = ["For the ", "For ", "FOR THE ", "FOR ", "On behalf of the ", "On behalf of ", "За ", "ЗА "];

    private const int MaxNameLine = 60;

    /// <summary>
    /// Signature blocks under a closing formula: "For the Russian Federation" on one line, the
    /// signatory's name on the next. The office is not written there, so the role stays null.
    /// </summary>
    public static List<Signatory> FindInSignatureBlocks(string text, TextSpan closing)
    {
        var signatories = new List<Signatory>();
        var lineStart = closing.Start;
        string? pendingParty = null;
        while (lineStart < closing.End)
        {
            var lineEnd = text.IndexOf('\n', lineStart, closing.End - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = closing.End;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (!line.IsEmpty)
            {
                var party = StartsWithOpener(line) ? CountryTable.FirstIn(line) : null;
                if (party is not null)
                {
                    pendingParty = party;
                }
                else if (pendingParty is not null && line.Length <= MaxNameLine && line[^1] != '.' && char.IsUpper(line[0]))
                {
                    var start = lineStart + text.AsSpan(lineStart, lineEnd - lineStart).IndexOf(line[0]);
                    signatories.Add(new Signatory(line.ToString(), null, pendingParty, new TextSpan(start, start + line.Length)));
                    pendingParty = null;
                }
                else
                {
                    pendingParty = null;
                }
            }

            lineStart = lineEnd + 1;
        }

        return signatories;
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> line)
    {
        foreach (var opener in s_signatureOpeners)
        {
            if (line.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static List<Signatory> Find(string text, IEnumerable<TextSpan> regions)
    {
        var signatories = new List<Signatory>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            var slice = text.AsSpan(region.Start, region.Length);
            foreach (var mention in CountryTable.Find(slice))
            {
                var roleStart = OfficeStart(slice, mention.Span.Start);
                if (roleStart < 0)
                {
                    continue;
                }

                var nameEnd = NameEnd(slice, mention.Span.End, out var nameStart);
                if (nameEnd <= nameStart)
                {
                    continue;
                }

                var name = slice[nameStart..nameEnd].ToString();
                if (!names.Add(name))
                {
                    continue;
                }

                var role = slice[roleStart..mention.Span.End].ToString();
                signatories.Add(new Signatory(name, role, mention.Code, new TextSpan(region.Start + roleStart, region.Start + nameEnd)));
            }
        }

        return signatories;
    }

    private static int OfficeStart(ReadOnlySpan<char> slice, int countryStart)
    {
        foreach (var office in s_offices)
        {
            var start = countryStart - office.Length;
            if (start >= 0 && slice[start..countryStart].Equals(office, StringComparison.Ordinal))
            {
                return start;
            }
        }

        return -1;
    }

    private static int NameEnd(ReadOnlySpan<char> slice, int from, out int nameStart)
    {
        nameStart = from;
        while (nameStart < slice.Length && slice[nameStart] == ' ')
        {
            nameStart++;
        }

        var end = nameStart;
        var words = 0;
        var i = nameStart;
        while (i < slice.Length && words < MaxNameWords && char.IsUpper(slice[i]))
        {
            var wordEnd = i;
            while (wordEnd < slice.Length && (char.IsLetter(slice[wordEnd]) || slice[wordEnd] is '-' or '.' or '\''))
            {
                wordEnd++;
            }

            words++;
            end = wordEnd;
            if (wordEnd + 1 < slice.Length && slice[wordEnd] == ' ' && char.IsUpper(slice[wordEnd + 1]))
            {
                i = wordEnd + 1;
            }
            else
            {
                break;
            }
        }

        return words >= 2 ? end : nameStart;
    }
}
