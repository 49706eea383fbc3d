using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 37: a headline reporting a meeting names one item of its agenda, not a story the rest of the text is
/// circumstance of; a capital and a region of the other Party named together are a tie between regions only where the
/// sentence speaks of cooperation; a road map whose long title names another clause's sphere is that sphere's; "region"
/// in a shared place's name ("the Caspian region") is no region's word.
/// </summary>
public class AgendasTitlesAndPlacesTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("18", "The sides fight smuggling.", null),
            new CandidateClause("20", "The sides develop cooperation between their regions.", null),
            new CandidateClause("21", "The sides protect the rights of each other's citizens.", null),
            new CandidateClause("22", "The sides implement the Action Plan.", null),
            new CandidateClause("23", "The sides cooperate in the peaceful use of atomic energy.", null),
        ],
        [
            MadeUpPartnership.Profile("18", names: new() { ["en"] = ["!!smuggling"], ["ru"] = ["!!контрабанд*"], ["az"] = ["!!qaçaqmalçılığ*"] }),
            MadeUpPartnership.Profile("20", terms: new() { ["en"] = ["governor*", "~region*", "@region"], ["ru"] = ["губернатор*", "@region"] }),
            MadeUpPartnership.Profile("21", names: new() { ["en"] = ["rights of citizens"], ["ru"] = ["прав* граждан*"], ["az"] = ["vətəndaşların* hüquq*"] }),
            MadeUpPartnership.Profile("22", names: new() { ["en"] = ["^road map"] }),
            MadeUpPartnership.Profile("23", names: new() { ["en"] = ["atomic energy"] }),
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Interior ministers of Kazakhstan and Uzbekistan agree to fight smuggling together\n\nTashkent, 14 May 2023. The ministers met in Tashkent. They also discussed the rights of citizens of Kazakhstan working in Uzbekistan.\n")]
    [InlineData("Министры Казахстана и Узбекистана договорились вместе бороться с контрабандой\n\nТашкент, 14 мая 2023 года. Министры обсудили защиту прав граждан Казахстана в Узбекистане.\n")]
    [InlineData("Qazaxıstan və Özbəkistan nazirləri qaçaqmalçılığa qarşı birgə addımları razılaşdırıb\n\nDaşkənd, 14 may 2023. Görüşdə Özbəkistanda işləyən Qazaxıstan vətəndaşlarının hüquqlarının qorunmasına da toxunulub.\n")]
    public void AMeetingsHeadlineNamesOneItemOfItsAgenda(string text)
    {
        Assert.Equal(["18", "21"], Clauses(text));
    }

    [Fact]
    public void ACrimesHeadlineStillMakesTheRestItsCircumstances()
    {
        var text = "Police of Kazakhstan and Uzbekistan break up a smuggling ring\n\nTashkent, 14 May 2023. "
                   + "The detained are citizens of Kazakhstan; the consul defended the rights of citizens in court.\n";
        Assert.Equal(["18"], Clauses(text));
    }

    [Theory]
    [InlineData("Almaty, 14 May 2023. An earthquake was felt in Tashkent and Shymkent on Monday.")]
    [InlineData("Almaty, 14 May 2023. Operators put into service a fibre line between Tashkent and Shymkent.")]
    [InlineData("Алматы, 14 мая 2023 года. Землетрясение ощутили в Ташкенте и Шымкенте.")]
    public void PlacesOfBothPartiesAloneAreNoTieBetweenRegions(string text)
    {
        Assert.Empty(Clauses(text));
    }

    [Theory]
    [InlineData("Almaty, 14 May 2023. Cooperation between Tashkent and Shymkent in trade and tourism has grown every year since the border was opened.")]
    [InlineData("Алматы, 14 мая 2023 года. Сотрудничество Ташкента и Шымкента развивается.")]
    [InlineData("Almaty, 14 May 2023. The governor of Shymkent visited Tashkent.")]
    public void PlacesJoinedByCooperationOrWithAWordOfTheSphereAreOne(string text)
    {
        Assert.Equal(["20"], Clauses(text));
    }

    [Fact]
    public void ARoadMapWhoseLongTitleNamesAnotherSphereIsThatSpheres()
    {
        var title = "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan approved the road map for the implementation of the intergovernmental agreement on cooperation in the peaceful use of atomic energy.";
        Assert.Equal(["23"], Clauses(title));

        // "and" between: the plan's road map and the sphere are two subjects.
        var two = "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan approved the road map and signed a memorandum on the peaceful use of atomic energy.";
        Assert.Equal(["22", "23"], Clauses(two));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan agreed to monitor the sea level in the Caspian region near Shymkent.", new string[0])]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan agreed to monitor the sea level in the border region near Shymkent.", new[] { "20" })]
    public void RegionInASharedPlacesNameIsNoRegionsWord(string text, string[] clauses)
    {
        Assert.Equal(clauses, Clauses(text));
    }
}
