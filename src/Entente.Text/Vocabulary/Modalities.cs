namespace Entente.Text.Vocabulary;

/// <summary>How binding a provision's wording is, as stable kebab-case keys.</summary>
public static class Modalities
{
    /// <summary>"will", "shall", present-tense commitments ("the Parties cooperate").</summary>
    public const string Obligation = "obligation";

    /// <summary>"intend to".</summary>
    public const string Intention = "intention";

    /// <summary>"express their readiness".</summary>
    public const string Readiness = "readiness";

    /// <summary>"may consider", "will consider the possibilities".</summary>
    public const string Possibility = "possibility";

    /// <summary>"refrain from".</summary>
    public const string Restraint = "restraint";

    /// <summary>"highly appreciates".</summary>
    public const string Appreciation = "appreciation";

    /// <summary>A statement of principle or of the basis of relations ("build their relations on the basis of").</summary>
    public const string Principle = "principle";

    public static IReadOnlyList<string> All { get; } =
        [Obligation, Intention, Readiness, Possibility, Restraint, Appreciation, Principle];

    public static bool IsKnown(string key) => All.Contains(key, StringComparer.Ordinal);
}
