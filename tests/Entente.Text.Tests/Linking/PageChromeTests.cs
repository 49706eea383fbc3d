using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>Session 36: a copied web page's menu names the site's sections, not the news.</summary>
public class PageChromeTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("6", "The sides cooperate in the energy sector.", null)],
        [MadeUpPartnership.Profile("6", names: new() { ["en"] = ["oil output"] })]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct()];

    private const string Story = "Kazakhstan and Uzbekistan agree on water sharing\n\nTashkent, 14 September 2023. Kazakhstan and Uzbekistan agreed on water sharing in Astana.\n";

    [Theory]
    [InlineData("Home | News | Oil output | Sport | Video\n\n")]
    [InlineData("Home • News • Oil output • Sport\n\n")]
    public void AMenuLineLinksNothing(string menu)
    {
        Assert.Empty(Clauses(menu + Story));
        Assert.True(PageChrome.IsAMenuLine(menu + Story, new TextSpan(0, menu.IndexOf('\n'))));
    }

    [Fact]
    public void TheSameWordsInTheStoryLink()
    {
        // (The control: a sentence with bars between longer parts is no menu.)
        var text = Story + "Kazakhstan's oil output rose | the ministry said | in Astana on Monday.\n";
        Assert.Contains("6", Clauses(text));
    }
}
