using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 33: a digest's item heading written in capitals names its pair of states ("TURKMENISTAN–AZERBAIJAN."), and a
/// city in the sentence does not say whose "the two countries" are ("The two countries' commission met in Ashgabat").
/// </summary>
public class DigestHeadingsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("5", "The Parties support the work of the Intergovernmental Commission.", null)],
        [MadeUpPartnership.Profile("5", names: new() { ["en"] = ["intergovernmental commission"], ["ru"] = ["межправительственн* комисси*"] })]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    // (The digest's first item names the Parties, so the text is about them.)
    private const string Lead = "Regional digest\n\nALMATY, February 20 (Eurasia Desk). The main regional news of the day in brief.\n\n"
        + "BRIDGE. Kazakhstan and Uzbekistan opened a new road bridge on their border.\n\n";

    [Theory]
    [InlineData("TURKMENISTAN–AZERBAIJAN. The two countries' intergovernmental commission met in Ashgabat and agreed on a new ferry line.")]
    [InlineData("Turkmenistan and Azerbaijan. The two countries' intergovernmental commission met in Ashgabat and agreed on a new ferry line.")]
    [InlineData("ТУРКМЕНИСТАН–АЗЕРБАЙДЖАН. Межправительственная комиссия двух стран собралась в Ашхабаде и договорилась о новой паромной линии.")]
    public void TheTwoCountriesOfAnItemHeadedByAnotherPairAreThatPair(string item)
    {
        Assert.Empty(Clauses(Lead + item + "\n\nSPORT. Wrestlers won two gold medals in Zagreb."));
    }

    [Fact]
    public void TheTwoCountriesOfAnItemHeadedByThePartiesAreTheParties()
    {
        Assert.Equal(["5"], Clauses(Lead + "KAZAKHSTAN–UZBEKISTAN. The two countries' intergovernmental commission met in Tashkent and agreed on a new ferry line."));
    }
}

/// <summary>
/// Session 33: a first line that only dates the report ("date 2025-06-03") stands above the headline, and the headline
/// under it still makes the text the story of the clause whose name claims it.
/// </summary>
public class HeadlineUnderADateLineTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("9", "The Parties counter drug trafficking.", null), new CandidateClause("4", "The Parties develop payments by bank cards.", null)],
        [MadeUpPartnership.Profile("9", names: new() { ["en"] = ["!!heroin"] }), MadeUpPartnership.Profile("4", names: new() { ["en"] = ["bank cards"] })]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    private const string Report = "Police of Kazakhstan and Uzbekistan break up heroin ring\n\nTASHKENT, June 3 (Agency).\n\n"
        + "Police of Kazakhstan and Uzbekistan detained five members of a group. Investigators of the two countries traced the proceeds to bank cards registered to front persons.";

    [Theory]
    [InlineData("")]
    [InlineData("date 2025-06-03\n")]
    public void AHeadlineThatClaimsTheTextDoesSoUnderADateLine(string dateLine)
    {
        Assert.Equal(["9"], Clauses(dateLine + Report));
    }
}

/// <summary>
/// Session 33: a headline that lists stories ("Day in brief: …, trade with Turkey, power exports to Georgia, football")
/// pairs no terms of two stories.
/// </summary>
public class StoriesOfAHeadlineTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("8", "The Parties develop mutual trade.", null)],
        [MadeUpPartnership.Profile("8", terms: new() { ["en"] = ["trade", "export*"] })]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    private const string Body = "\n\nTASHKENT, May 21, 2025 (Agency).\n\nCULTURE. Days of the culture of Kazakhstan opened in Tashkent; Uzbekistan's minister of culture attended.";

    [Fact]
    public void TermsOfTwoStoriesOfTheHeadlinePairNothing()
    {
        Assert.Empty(Clauses("Day in brief: Kazakh culture days in Tashkent, trade with Turkey, power exports to Georgia, football" + Body));
    }

    [Fact]
    public void TermsOfOneStoryOfTheHeadlineStillPair()
    {
        Assert.Equal(["8"], Clauses("Day in brief: Kazakh culture days in Tashkent, trade and exports grow, football" + Body));
    }
}
