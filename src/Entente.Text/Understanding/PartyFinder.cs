namespace Entente.Text.Understanding;

/// <summary>
/// Finds the states party to a document: those its title names, else those its opening names,
/// else the states it mentions most. Codes are ISO 3166-1 alpha-2, in order of first mention.
/// </summary>
public static class PartyFinder
{
    private const int OpeningLength = 1500;

    public static List<string> Find(string text, string? title, TextSpan? opening, int contentEnd)
    {
        if (title is not null)
        {
            var fromTitle = Distinct(CountryTable.Find(title));
            if (fromTitle.Count > 0)
            {
                return fromTitle;
            }
        }

        if (opening is { } span)
        {
            var fromOpening = Distinct(CountryTable.Find(text.AsSpan(span.Start, Math.Min(span.Length, OpeningLength))));
            if (fromOpening.Count >= 2)
            {
                return fromOpening;
            }
        }

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var mention in CountryTable.Find(text.AsSpan(0, contentEnd)))
        {
            counts[mention.Code] = counts.TryGetValue(mention.Code, out var seen) ? (seen.Count + 1, seen.First) : (1, mention.Span.Start);
        }

        if (counts.Count == 0)
        {
            return [];
        }

        var top = counts.Values.Max(value => value.Count);
        return [.. counts.Where(pair => pair.Value.Count * 2 >= top && pair.Value.Count >= 2)
            .OrderBy(pair => pair.Value.First)
            .Select(pair => pair.Key)];
    }

    private static List<string> Distinct(List<CountryMention> mentions)
    {
        var codes = new List<string>();
        foreach (var mention in mentions)
        {
            if (!codes.Contains(mention.Code))
            {
                codes.Add(mention.Code);
            }
        }

        return codes;
    }
}
