using Entente.Text.Extraction;

namespace Entente.Text.Understanding;

/// <summary>Reads the signing date and place from a closing formula: "signed on 22 February 2022 in Moscow", "Done at Brussels on…".</summary>
public static class SigningReader
{
    private static readonly string[] s_placeMarkers = [" in ", " at ", "Done at ", "Done in ", "DONE at ", "DONE in ", " в г. ", " в городе ", " в ", "Совершено в "];

    private static readonly string[] s_notPlaces =
    [
        "Witness", "Faith", "English", "French", "Spanish", "Arabic", "Chinese", "Russian", "Azerbaijani", "German",
        "Portuguese", "Turkish", "Armenian", "Georgian", "Persian", "Kazakh", "Duplicate", "Triplicate", "Two", "Three",
        "The", "This", "Each", "Both", "Accordance", "Force", "Respect",
    ];

    public static (DateOnly? Date, string? Place) Read(string text, TextSpan closing)
    {
        DateOnly? date = null;
        foreach (var found in DateExtractor.FindDays(text, closing.Start, closing.End))
        {
            if (found.Value is { } value)
            {
                date = value;
                break;
            }
        }

        return (date, ReadPlace(text, closing));
    }

    private static string? ReadPlace(string text, TextSpan closing)
    {
        var region = text.AsSpan(closing.Start, closing.Length);
        var best = -1;
        string? place = null;
        foreach (var marker in s_placeMarkers)
        {
            var from = 0;
            while (from < region.Length)
            {
                var at = region[from..].IndexOf(marker, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var name = NameAt(region, at + marker.Length);
                if (name is not null)
                {
                    if (best < 0 || at < best)
                    {
                        best = at;
                        place = name;
                    }

                    break;
                }

                from = at + marker.Length;
            }
        }

        return place;
    }

    private static string? NameAt(ReadOnlySpan<char> region, int start)
    {
        var end = start;
        var words = 0;
        while (end < region.Length && char.IsUpper(region[end]) && words < 3)
        {
            var wordEnd = end;
            while (wordEnd < region.Length && (char.IsLetter(region[wordEnd]) || region[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var word = region[end..wordEnd].ToString();
            if (wordEnd - end < 2 || s_notPlaces.Contains(word, StringComparer.OrdinalIgnoreCase) || Months.TryParse(word, out _))
            {
                break;
            }

            words++;
            end = wordEnd;
            if (end + 1 < region.Length && region[end] == ' ' && char.IsUpper(region[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        var name = region[start..end].TrimEnd().ToString();
        return words == 0 ? null : name;
    }
}
