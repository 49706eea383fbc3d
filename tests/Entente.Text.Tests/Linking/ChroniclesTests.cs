using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 35: a chronicle of a month, whose lines open with their day ("8 November - …", "1 марта. …", "4 oktyabr — …"),
/// tells one story per line. A line that names or places one Party only is that Party's news, though the lines around it
/// are the partnership's.
/// </summary>
public class ChroniclesTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("6", "The sides cooperate in the energy sector.", null)],
        [
            new CommitmentProfile("6")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["oil output", "energy cooperation"], ["ru"] = ["добыч* нефти"] },
                BetweenPartiesOnly = true,
            },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct()];

    private const string Heading = "The month at a glance\n2 December 2024\n\n";

    [Theory]
    [InlineData("8 November - KazMunayGas reported that oil output in January-October fell by 3.2 percent.\n")]
    [InlineData("8 November: KazMunayGas reported that oil output in January-October fell by 3.2 percent.\n")]
    [InlineData("8 November. KazMunayGas reported that oil output in January-October fell by 3.2 percent.\n")]
    public void AChroniclesLineOfOnePartyIsThatPartysNews(string line)
    {
        var text = Heading + "1 November - Kazakhstan and Uzbekistan opened a border crossing.\n" + line
                   + "14 November - The parliaments of Kazakhstan and Uzbekistan met in Tashkent.\n";
        Assert.DoesNotContain("6", Clauses(text));
    }

    [Fact]
    public void AChroniclesLineThatNamesBothPartiesLinks()
    {
        var text = Heading + "1 November - Kazakhstan and Uzbekistan opened a border crossing.\n"
                   + "8 November - KazMunayGas and Uzbekistan's ministry of energy agreed on energy cooperation in Tashkent.\n"
                   + "14 November - The parliaments of Kazakhstan and Uzbekistan met in Tashkent.\n";
        Assert.Contains("6", Clauses(text));
    }

    [Fact]
    public void TheSameSentenceInAReportIsPartOfItsStory()
    {
        // (The control: in running text, a sentence on one Party goes on with the story of both.)
        var text = "Tashkent, 14 November 2024. Kazakhstan and Uzbekistan signed an energy agreement on Thursday.\n"
                   + "KazMunayGas reported that oil output in January-October fell by 3.2 percent.";
        Assert.Contains("6", Clauses(text));
    }
}
