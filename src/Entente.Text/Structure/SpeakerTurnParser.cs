using Entente.Text.Analysis;
using Entente.Text.Understanding;

namespace Entente.Text.Structure;

/// <summary>
/// Reads the speaker turns of a transcript: lines opening with a name and role and a colon
/// ("President of Russia Vladimir Putin: …"). A turn runs to the next speaker's line.
/// </summary>
internal static class SpeakerTurnParser
{
    private const int MaxPrefix = 80;
    private const int MaxWords = 10;
    private const int MaxSameSurname = 8;

    private static readonly string[] s_roleWords =
    [
        "President", "Prime", "Minister", "Foreign", "Ambassador", "Chairman", "Chair", "Secretary", "Spokesperson", "Spokesman",
        "Moderator", "Speaker", "Deputy", "Vice", "Head", "King", "Queen", "Chancellor", "Question", "Journalist", "Director",
        "Президент", "Министр", "Председатель", "Премьер-министр", "Посол", "Вопрос", "Prezident", "Nazir", "Baş", "Səfir", "Sədr", "Sual",
    ];

    public static List<Speaker> Parse(string text, List<TextLine> lines)
    {
        var turns = new List<(int Start, string Name, string? Role, string? Party)>();
        foreach (var line in lines)
        {
            if (TryReadLabel(text, line, out var name, out var role, out var party))
            {
                turns.Add((line.ContentStart, name, role, party));
            }
        }

        var speakers = new List<(string Name, string? Role, string? Party, List<TextSpan> Turns)>();
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var end = lines.Count > 0 ? lines[^1].End : 0;
        for (var t = 0; t < turns.Count; t++)
        {
            var turnEnd = t + 1 < turns.Count ? turns[t + 1].Start : end;
            while (turnEnd > turns[t].Start && char.IsWhiteSpace(text[turnEnd - 1]))
            {
                turnEnd--;
            }

            var span = new TextSpan(turns[t].Start, turnEnd);
            var surname = LastWord(turns[t].Name);
            var index = -1;
            if (bySurname.TryGetValue(surname, out var known))
            {
                // Speakers sharing a surname are few; looking at a handful keeps pathological input linear.
                foreach (var candidate in known.Take(MaxSameSurname))
                {
                    if (SameSpeaker(speakers[candidate].Name, turns[t].Name))
                    {
                        index = candidate;
                        break;
                    }
                }
            }

            if (index < 0)
            {
                if (!bySurname.TryGetValue(surname, out known))
                {
                    known = [];
                    bySurname[surname] = known;
                }

                known.Add(speakers.Count);
                speakers.Add((turns[t].Name, turns[t].Role, turns[t].Party, [span]));
            }
            else
            {
                speakers[index].Turns.Add(span);
            }
        }

        return [.. speakers.Select(s => new Speaker(s.Name, s.Role, s.Turns) { Party = s.Party })];
    }

    private static bool TryReadLabel(string text, TextLine line, out string name, out string? role, out string? party)
    {
        name = string.Empty;
        role = null;
        party = null;
        if (line.IsBlank || !char.IsUpper(text[line.ContentStart]))
        {
            return false;
        }

        var content = line.Content(text);
        var colon = content[..Math.Min(content.Length, MaxPrefix)].IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var prefix = content[..colon].TrimEnd();
        var words = 0;
        var capitalised = 0;
        var inWord = false;
        for (var i = 0; i < prefix.Length; i++)
        {
            var c = prefix[i];
            if (c is ',' or ';' or '!' or '?' or '"' or '(' or ')' || char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLetter(c) && !inWord)
            {
                words++;
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
            }

            inWord = char.IsLetter(c) || c is '-' or '\'';
        }

        // Names and roles are capitalised: "President of Russia Vladimir Putin", "В.Путин".
        if (words is < 1 or > MaxWords || capitalised < 2 || capitalised * 2 < words)
        {
            return false;
        }

        var label = prefix.ToString();
        var countries = CountryTable.Find(label);
        if (countries.Count > 0 && countries[^1].Span.End < label.Length)
        {
            var split = countries[^1].Span.End;
            role = label[..split].Trim();
            name = label[split..].Trim();
            party = countries[^1].Code;
        }
        else if (StartsWithRole(label) && words >= 3)
        {
            var cut = LastWordsStart(label, 2);
            role = label[..cut].Trim();
            name = label[cut..].Trim();
        }
        else
        {
            name = label;
        }

        return name.Length > 0;
    }

    private static bool StartsWithRole(string label)
    {
        foreach (var word in s_roleWords)
        {
            if (label.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int LastWordsStart(string label, int count)
    {
        var i = label.Length;
        for (var seen = 0; seen < count && i > 0; seen++)
        {
            i = label.LastIndexOf(' ', i - 1);
            if (i < 0)
            {
                return 0;
            }
        }

        return i + 1;
    }

    private static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    // A later turn may give only part of the name: "Putin:" after "Vladimir Putin:".
    private static bool SameSpeaker(string known, string name) =>
        known.Equals(name, StringComparison.Ordinal) ||
        known.EndsWith(" " + name, StringComparison.Ordinal) ||
        name.EndsWith(" " + known, StringComparison.Ordinal);
}
