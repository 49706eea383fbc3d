namespace Entente.Agreements;

/// <summary>
/// Which words of a provision a reader sees: those of their language (the text of that language's version when it
/// has been ingested, else the summary written in that language), else English's, else another language's.
/// </summary>
public static class ProvisionLanguages
{
    /// <summary>The language everything falls back to (every sample summary exists in it).</summary>
    public const string Fallback = "en";

    /// <summary>The entry shown to a reader of <paramref name="language"/>: the first, in order of preference, with words.</summary>
    public static ProvisionText? Pick(IEnumerable<ProvisionText> texts, string language) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t.Text) || !string.IsNullOrWhiteSpace(t.Summary))
            .OrderBy(t => t.Language == language ? 0 : t.Language == Fallback ? 1 : 2)
            .ThenBy(t => t.Language, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The words of the entry picked for <paramref name="language"/>: its text, else its summary.</summary>
    public static string? Words(IEnumerable<ProvisionText> texts, string language) =>
        Pick(texts, language) is { } picked ? Words(picked) : null;

    public static string? Words(ProvisionText entry) => !string.IsNullOrWhiteSpace(entry.Text) ? entry.Text : entry.Summary;

    /// <summary>The summary in <paramref name="language"/>, else in English, else in another language.</summary>
    public static string? Summary(IEnumerable<ProvisionText> texts, string language = Fallback) =>
        Pick(texts.Where(t => !string.IsNullOrWhiteSpace(t.Summary)).Select(t => new ProvisionText { Language = t.Language, Summary = t.Summary }), language)?.Summary;

    /// <summary>Every word of every language, for search and linking (each language is matched by its own rules).</summary>
    public static IEnumerable<string> All(IEnumerable<ProvisionText> texts) =>
        texts.OrderBy(t => t.Language, StringComparer.Ordinal).SelectMany(t => new[] { t.Text, t.Summary }).OfType<string>();

    /// <summary>The entry of <paramref name="language"/>, added when missing.</summary>
    public static ProvisionText Entry(Provision provision, string language)
    {
        var entry = provision.Texts.FirstOrDefault(t => t.Language == language);
        if (entry is null)
        {
            entry = new ProvisionText { Language = language };
            provision.Texts.Add(entry);
        }

        return entry;
    }
}
