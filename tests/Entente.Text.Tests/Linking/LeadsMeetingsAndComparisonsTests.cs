using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 38: the lead is the top of the text, not the first sentences that happen to name states; a union named alone
/// is a forum, not another state whose item the next sentence continues; a paragraph on the Parties that compares them
/// with another state stays theirs; a meeting with a third state's official is that state's dealing; a union both
/// Parties belong to is a forum however often it is named.
/// </summary>
public class LeadsMeetingsAndComparisonsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("7", "The sides hold consultations between their foreign ministries.", null),
            new CandidateClause("26", "The sides develop industrial cooperation.", null),
            new CandidateClause("28", "The sides settle payments in their national currencies.", null),
            new CandidateClause("29", "The sides develop transit and transport.", null),
        ],
        [
            new CommitmentProfile("7") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["plan of consultations"] }, BetweenPartiesOnly = true },
            new CommitmentProfile("26") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["industrial park", "farm machinery"], ["az"] = ["kənd təsərrüfatı texnika*"] }, BetweenPartiesOnly = true },
            new CommitmentProfile("28") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["national currencies"] }, BetweenPartiesOnly = true },
            MadeUpPartnership.Profile("29", terms: new() { ["en"] = ["container*", "transport route*"], ["ru"] = ["контейнер*", "транспортн* маршрут*"] }),
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void APairNamedFarBelowTheHeadlineIsADetailNotTheLead()
    {
        var text = "Drugmaker opens its plant in Samarkand\n\n"
                   + "Samarkand, 4 December 2023. A drugmaker from Shymkent has started production at its new plant in the Samarkand industrial park, the company said. "
                   + "The plant will cover about 40% of the market.\n\nFilling lines were supplied from Kazakhstan and Germany.\n\n"
                   + "\"This is our first plant outside Kazakhstan, and we chose Uzbekistan for its logistics,\" the chief executive said.\n";
        Assert.Equal(["26"], Clauses(text));

        // A pair in the lead still makes the text that pair's.
        var pair = "Kazakhstan and Germany open a plant in Samarkand\n\n"
                   + "Samarkand, 4 December 2023. Kazakhstan and Germany have started production at a new plant in the Samarkand industrial park.\n";
        Assert.Empty(Clauses(pair));
    }

    [Fact]
    public void AUnionNamedAloneIsAForumNotAnotherStatesItem()
    {
        var text = "Foreign ministers of Kazakhstan and Uzbekistan speak by phone\n\n"
                   + "Almaty, 14 March 2023. The foreign ministers of Kazakhstan and Uzbekistan held a telephone conversation.\n\n"
                   + "The ministers discussed the agenda of the forthcoming meeting of the CIS Council of Foreign Ministers. "
                   + "They noted the implementation of the plan of consultations between the two ministries for 2023–2024.\n";
        Assert.Equal(["7"], Clauses(text));
    }

    [Fact]
    public void AnotherStatesItemInADigestStillContinuesIt()
    {
        var text = "Kazakhstan and Uzbekistan: the week in brief\n\n"
                   + "Almaty, 4 December 2023. Kazakhstan and Uzbekistan opened a new border crossing near Shymkent.\n\n"
                   + "The foreign ministers of Kazakhstan and Turkmenistan met in Ashgabat on Monday. "
                   + "They approved a plan of consultations for 2024.\n";
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void AComparisonInAParagraphOnThePartiesLeavesTheNextSentenceTheirs()
    {
        var text = "Two years of the partnership\n\n"
                   + "Almaty, 22 February 2024. Trade between Kazakhstan and Uzbekistan reached $4.3 billion in 2023, yet Uzbekistan still accounts for a small share of Kazakhstan's foreign trade. "
                   + "Germany, thanks to oil, matters more to the budget. "
                   + "Payments in national currencies now cover roughly 45% of the trade, up from a fifth before 2022.\n";
        Assert.Equal(["28"], Clauses(text));
    }

    [Theory]
    [InlineData("Uzbekistan's prime minister holds meetings in Ashgabat\n\nAshgabat, 24 May 2024. Uzbekistan's prime minister met Kazakhstan's prime minister at the CIS summit in Ashgabat.\n\n"
                + "At the meeting with Belarus's prime minister, the joint production of farm machinery at the plant in Samarkand was discussed.\n")]
    [InlineData("Özbəkistanın Baş naziri Aşqabadda görüşlər keçirib\n\nAşqabad, 24 may 2024. Özbəkistanın Baş naziri Aşqabadda Qazaxıstanın Baş naziri ilə görüşüb.\n\n"
                + "Belarusun Baş naziri Roman Petroviç ilə görüşdə isə Səmərqənddəki avtomobil zavodunda kənd təsərrüfatı texnikasının birgə istehsalının genişləndirilməsi müzakirə edilib.\n")]
    public void AMeetingWithAThirdStatesOfficialIsThatStatesDealing(string text)
    {
        Assert.Empty(Clauses(text));
    }

    [Theory]
    [InlineData("Uzbekistan's prime minister holds meetings in Ashgabat\n\n"
                + "Ashgabat, 24 May 2024. At the meeting with Kazakhstan's prime minister, the joint production of farm machinery at the plant in Samarkand was discussed.\n")]
    [InlineData("Özbəkistanın Baş naziri Aşqabadda görüşlər keçirib\n\nAşqabad, 24 may 2024. Özbəkistanın Baş naziri Aşqabadda Qazaxıstanın Baş naziri ilə görüşüb.\n\n"
                + "Qazaxıstanın Baş naziri ilə görüşdə isə Səmərqənddəki zavodda kənd təsərrüfatı texnikasının birgə istehsalının genişləndirilməsi müzakirə edilib.\n")]
    public void AMeetingWithTheOtherPartysOfficialIsTheirs(string text)
    {
        Assert.Equal(["26"], Clauses(text));
    }

    private const string SummitEn = "Kazakhstan and Uzbekistan at the summit in Ashgabat\n\nAshgabat, 24 May 2024. The prime ministers of Kazakhstan and Uzbekistan attended the summit.\n\n";

    private const string SummitRu = "Казахстан и Узбекистан на саммите в Ашхабаде\n\nАшхабад, 24 мая 2024 года. Премьер-министры Казахстана и Узбекистана приняли участие в саммите.\n\n";

    [Theory]
    [InlineData(SummitEn + "Uzbekistan's prime minister also met Turkmenistan's prime minister: they discussed container traffic on the trans-Caspian transport route.\n", new string[0])]
    [InlineData(SummitRu + "Узбекский премьер встретился и с главой правительства Туркменистана: обсуждался рост контейнерных перевозок по транскаспийскому транспортному маршруту.\n", new string[0])]
    [InlineData(SummitEn + "Uzbekistan's prime minister also met Kazakhstan's prime minister: they discussed container traffic on the trans-Caspian transport route.\n", new[] { "29" })]
    public void TermsNearAThirdStateWhereAPartyIsMissingAreThatStatesDealing(string text, string[] clauses)
    {
        Assert.Equal(clauses, Clauses(text));
    }

    [Theory]
    [InlineData("CIS", new[] { "7" })]
    [InlineData("EU", new string[0])]
    public void AUnionBothPartiesBelongToIsAForumHoweverOftenNamed(string union, string[] clauses)
    {
        var text = $"{union} foreign ministers meet in Minsk\n\n"
                   + $"Minsk, 11 April 2025. The {union} Council of Foreign Ministers met in Minsk. The ministers adopted 14 {union} documents on the {union}'s work.\n\n"
                   + "After the session the foreign ministers of Kazakhstan and Uzbekistan signed a plan of consultations for 2025–2026.\n\n"
                   + $"The next {union} meeting will be held in October.\n";
        Assert.Equal(clauses, Clauses(text));
    }
}
