namespace Entente.Text.Vocabulary;

/// <summary>The kinds of document and agreement Entente tells apart, as stable kebab-case keys.</summary>
public static class DocumentKinds
{
    public const string Declaration = "declaration";
    public const string Treaty = "treaty";
    public const string Agreement = "agreement";
    public const string Convention = "convention";
    public const string JointStatement = "joint-statement";
    public const string Statement = "statement";
    public const string Protocol = "protocol";
    public const string Memorandum = "memorandum";
    public const string ActionPlan = "action-plan";
    public const string Roadmap = "roadmap";
    public const string Programme = "programme";
    public const string Contract = "contract";
    public const string Transcript = "transcript";
    public const string News = "news";
    public const string Other = "other";

    /// <summary>Kinds that are agreements between parties (as opposed to reports about them).</summary>
    public static IReadOnlyList<string> AgreementKinds { get; } =
        [Declaration, Treaty, Agreement, Convention, JointStatement, Statement, Protocol, Memorandum, ActionPlan, Roadmap, Programme, Contract];

    public static IReadOnlyList<string> All { get; } = [.. AgreementKinds, Transcript, News, Other];

    public static bool IsKnown(string key) => All.Contains(key, StringComparer.Ordinal);
}
