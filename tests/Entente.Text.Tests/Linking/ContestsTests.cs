using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 38: a report of a contest between the Parties' athletes (who beat whom, who won a medal) links nothing: the
/// tournament, the sport and the fans are its circumstances. A headline that also tells of cooperation is read as usual.
/// </summary>
public class ContestsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("41", "The sides deepen their ties in culture, education, science, tourism and sports.", null)],
        [
            new CommitmentProfile("41")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["sports", "festival*"], ["ru"] = ["спорт*"], ["az"] = ["idman*"] },
                BetweenPartiesOnly = true,
            },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Kazakhstan's Nurlanov beats Uzbek rival to win Asian gold\n\nAstana, 21 April 2021. The final drew fans of both countries to the sports palace, part of the city's sports festival.\n")]
    [InlineData("Казахстанец обыграл узбекистанца в финале чемпионата Азии\n\nАстана, 21 апреля 2021 года. Поединок во Дворце спорта собрал болельщиков из Казахстана и Узбекистана.\n")]
    [InlineData("Qazaxıstan idmançısı finalda özbəkistanlı rəqibini məğlub edib\n\nAstana, 21 aprel 2021. Final görüşünə Qazaxıstan və Özbəkistandan olan idman azarkeşləri toplaşıb.\n")]
    public void AContestsResultLinksNothing(string text)
    {
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void AContestPlayedUnderCooperationIsReadAsUsual()
    {
        var text = "Uzbekistan beats Kazakhstan in a friendly marking their sports cooperation agreement\n\n"
                   + "Tashkent, 21 April 2021. The match opened a week of sports events of Kazakhstan and Uzbekistan in Tashkent.\n";
        Assert.Equal(["41"], Clauses(text));
    }
}
