namespace Entente.Text.Structure;

/// <summary>Fixed phrases looked up case-insensitively in a line, in the languages Entente reads.</summary>
internal static class PhraseList
{
    public static int IndexOfAny(ReadOnlySpan<char> line, string[] phrases, out string? found)
    {
        var best = -1;
        found = null;
        foreach (var phrase in phrases)
        {
            var at = line.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                found = phrase;
            }
        }

        return best;
    }

    public static bool StartsWithAny(ReadOnlySpan<char> line, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
