using Entente.Text.Analysis;
using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// A partnership made up for the linking tests (Kazakhstan and Uzbekistan, a treaty of 6 December 2021), so nothing
/// about one real partnership is assumed; each test class gives it its own clauses and profiles.
/// </summary>
internal static class MadeUpPartnership
{
    public static LinkCandidate Treaty(IReadOnlyList<CandidateClause> clauses, IReadOnlyList<CommitmentProfile> profiles) =>
        new(3, "Treaty on Strategic Partnership between Kazakhstan and Uzbekistan", "treaty")
        {
            Date = new DateOnly(2021, 12, 6),
            Parties = ["KZ", "UZ"],
            Clauses = clauses,
            Profiles = profiles,
        };

    public static CommitmentProfile Profile(string clause, Dictionary<string, IReadOnlyList<string>>? names = null, Dictionary<string, IReadOnlyList<string>>? terms = null) =>
        new(clause) { Names = names ?? [], Terms = terms ?? [] };

    /// <summary>The links the whole pipeline and the linker make from <paramref name="text"/> to <paramref name="treaty"/>.</summary>
    public static IReadOnlyList<ClauseLink> Links(string text, LinkCandidate treaty) =>
        ClauseLinker.Link(text, DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis, [treaty]);
}
