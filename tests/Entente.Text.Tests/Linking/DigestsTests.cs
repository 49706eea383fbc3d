using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 39: a digest ("Агрообзор недели: хлопок, сертификаты и фундук") is a set of stories, one per paragraph. A
/// paragraph that names or places one Party alone is that Party's news, however the paragraphs around it tell of both.
/// </summary>
public class DigestsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("26", "The sides develop ties between their enterprises of agricultural engineering.", null)],
        [
            new CommitmentProfile("26")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["farm machinery"], ["ru"] = ["сельхозтехник*"], ["az"] = ["kənd təsərrüfatı texnika*"] },
                BetweenPartiesOnly = true,
            },
        ]);

    // (Shared with RunInHeadingsTests: the same farm machinery clause read in digests of another kind.)
    internal static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Агрообзор недели: хлопок, сертификаты и выставка\n\n21 ноября 2020\n\nКазахстан и Узбекистан перешли на электронные сертификаты для поставок фруктов.\n\n"
                + "В Шымкенте на следующей неделе откроется региональная выставка сельхозтехники.\n")]
    [InlineData("Farm week in review: cotton, certificates and a fair\n\n21 November 2020\n\nKazakhstan and Uzbekistan moved to electronic certificates for fruit supplies.\n\n"
                + "A regional fair of farm machinery opens in Shymkent next week.\n")]
    public void ADigestsParagraphOfOnePartyIsThatPartysNews(string text)
    {
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void ADigestsParagraphOfBothPartiesIsTheirDealing()
    {
        var text = "Farm week in review: cotton, certificates and a fair\n\n21 November 2020\n\nCotton harvesting in Uzbekistan is nearly over.\n\n"
                   + "Kazakh and Uzbek makers of farm machinery agreed to assemble tractors together in Shymkent.\n";
        Assert.Equal(["26"], Clauses(text));
    }

    [Fact]
    public void AReportThatIsNoDigestReadsItsParagraphsTogether()
    {
        var text = "Kazakhstan and Uzbekistan move to electronic certificates\n\n21 November 2020\n\nKazakhstan and Uzbekistan moved to electronic certificates for fruit supplies.\n\n"
                   + "A fair of farm machinery opens in Shymkent next week, with Uzbek makers among the exhibitors.\n";
        Assert.Equal(["26"], Clauses(text));
    }
}
