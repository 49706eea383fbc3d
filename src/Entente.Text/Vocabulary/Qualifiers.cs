namespace Entente.Text.Vocabulary;

/// <summary>How exactly a figure is stated ("almost", "over", "about"), as stable kebab-case keys.</summary>
public static class Qualifiers
{
    public const string Exact = "exact";
    public const string Approximately = "approximately";
    public const string AtLeast = "at-least";
    public const string Over = "over";
    public const string Almost = "almost";
    public const string AtMost = "at-most";
    public const string Under = "under";

    public static IReadOnlyList<string> All { get; } = [Exact, Approximately, AtLeast, Over, Almost, AtMost, Under];

    public static bool IsKnown(string key) => All.Contains(key, StringComparer.Ordinal);
}
