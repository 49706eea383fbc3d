using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 25: the marks before a profile cue are read in one place and in any order, so a cue may be weak and context
/// at once ("%~co-chair*"); and a body that sets the agenda keeps its link beside another clause's claiming name, as does
/// (session 35) a name that a comma and "and" part from the claiming one.
/// </summary>
public class CueMarksTests
{
    [Theory]
    [InlineData("%~co-chair*", true, true, "co-chair*")]
    [InlineData("~%co-chair*", true, true, "co-chair*")]
    [InlineData(" ~ co-chair* ", true, false, "co-chair*")]
    [InlineData("co-chair*", false, false, "co-chair*")]
    public void MarksAreReadInAnyOrderBeforeTheWords(string cue, bool weak, bool context, string words)
    {
        var marks = CueMarks.Of(cue);
        Assert.Equal((weak, context, words), (marks.Weak, marks.Context, marks.Words));
    }

    [Fact]
    public void TwoClaimMarksClaimTheTextAndThePlaceMarkIsPartOfItsCue()
    {
        Assert.True(CueMarks.Of("!!smuggling") is { Claims: true, ClaimsText: true });
        Assert.True(CueMarks.Of("!national currenc*") is { Claims: true, ClaimsText: false });
        Assert.True(CueMarks.Of("&~@region") is { SetsTheAgenda: true, Weak: true, Words: "@region" });
        Assert.True(ProfileIndex.IsRegionCue("%~@region"));
    }

    [Fact]
    public void ACueOfMarksAloneIsEmpty()
    {
        Assert.NotEmpty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["%~"] }));
    }

    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("2", "The sides support their joint commission.", null),
            new CandidateClause("6", "The sides pay in their own currencies.", null),
            new CandidateClause("8", "The parliaments cooperate.", null),
        ],
        [
            MadeUpPartnership.Profile("2", names: new() { ["en"] = ["&joint commission"] },
                terms: new() { ["en"] = ["%~co-chair*", "%meeting of the commission"] }),
            MadeUpPartnership.Profile("6", names: new() { ["en"] = ["!national currenc*"] }),
            MadeUpPartnership.Profile("8", names: new() { ["en"] = ["inter-parliamentary commission"] }),
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void ABodyThatSetsTheAgendaKeepsItsLinkBesideAClaimingName()
    {
        Assert.Equal(["2", "6"], Clauses(
            "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan will use their national currencies more, officials said after a meeting of the two countries' joint commission."));
    }

    [Fact]
    public void AClaimingNameLeavesTheNamesThatACommaAndAndPartFromIt()
    {
        // Session 35: each is a subject of the sentence's list, not a circumstance of the payments.
        Assert.Equal(["6", "8"], Clauses(
            "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan reviewed the work of the inter-parliamentary commission, and discussed settlements in national currencies."));

        // A name with no comma and "and" before the claiming one is its circumstance, as is one item of a list of them.
        Assert.Equal(["6"], Clauses(
            "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan discussed settlements in national currencies for deals of the inter-parliamentary commission's members."));
        Assert.Equal(["6"], Clauses(
            "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan discussed national currencies, taxes and fees of the inter-parliamentary commission's members."));
    }

    [Fact]
    public void TheCommissionsGenericWordsAreContext()
    {
        // Another commission's co-chair and meeting say nothing of the joint commission.
        Assert.Equal(["8"], Clauses(
            "Lawmakers of Kazakhstan and Uzbekistan agree a road map\n\nTashkent, 14 May 2023. The inter-parliamentary commission of Kazakhstan and Uzbekistan met in Tashkent. " +
            "Deputies discussed laws on water and on elections. The Uzbek co-chair invited the deputies to the next meeting of the commission in Astana."));

        // In a text led by the joint commission they are its words.
        Assert.Equal(["2"], Clauses(
            "Tashkent, 14 May 2023. The joint commission of Kazakhstan and Uzbekistan met in Tashkent. " +
            "Ministers discussed water and roads. The Uzbek co-chair invited the ministers to the next meeting of the commission in Astana."));
    }
}
