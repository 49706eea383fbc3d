using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 32: a subheading is the lead of its section. A context cue (the turnover, which a report on another subject
/// recalls as background) counts in a section whose subheading names its sphere, as it does under a headline on it.
/// </summary>
public class SubheadingsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("2", "The sides develop trade.", null),
            new CandidateClause("3", "The sides develop transit.", null),
        ],
        [
            MadeUpPartnership.Profile("2", names: new() { ["en"] = ["%trade turnover"] }, terms: new() { ["en"] = ["%trade"] }),
            MadeUpPartnership.Profile("3", names: new() { ["en"] = ["transit corridor"] }),
        ]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    private const string Lead = "Kazakhstan and Uzbekistan: four years of figures\n\nTASHKENT, February 18, 2025.\n\n"
        + "The ties between Kazakhstan and Uzbekistan have grown for four years, analysts of the portal write. They read customs data and the railways' reports.\n\n";

    [Fact]
    public void ASectionUnderASubheadingOnItsSphereLinksItsContextCue()
    {
        var text = Lead + "Trade: steady growth\n\nThe trade turnover between Kazakhstan and Uzbekistan reached 4.8 billion dollars in 2024.\n\n"
            + "Transit\n\nThe transit corridor through Uzbekistan carried more freight.";

        Assert.Equal(["2", "3"], Clauses(text));
    }

    [Fact]
    public void WithoutTheSubheadingTheTurnoverIsBackground()
    {
        var text = Lead + "The trade turnover between Kazakhstan and Uzbekistan reached 4.8 billion dollars in 2024.\n\n"
            + "Transit\n\nThe transit corridor through Uzbekistan carried more freight.";

        Assert.Equal(["3"], Clauses(text));
    }

    [Fact]
    public void ASectionUnderAnotherSubheadingDoesNotLinkIt()
    {
        var text = Lead + "Transit\n\nThe transit corridor through Uzbekistan carried more freight. The trade turnover between Kazakhstan and Uzbekistan reached 4.8 billion dollars in 2024.";

        Assert.Equal(["3"], Clauses(text));
    }
}
