using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 40: a study programme's quoted title ("программу «Металлургия и материаловедение»") says what is taught, not
/// what the Parties do; a newsletter's masthead in capitals ("METALS WEEK") names the sector it covers, not the news.
/// </summary>
public class TitlesAndMastheadsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("26", "The sides develop ties between their enterprises of metallurgy.", null),
            new CandidateClause("41", "The sides deepen ties in education.", null),
        ],
        [
            new CommitmentProfile("26")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["metallurg*"], ["ru"] = ["металлург*"], ["az"] = ["metallurgiya*"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("41")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["student*"], ["ru"] = ["студент*"], ["az"] = ["tələbə*"] },
                BetweenPartiesOnly = true,
            },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Ташкент, 14 июня 2024 года. Университеты Казахстана и Узбекистана откроют совместную магистерскую программу «Металлургия и материаловедение» для 25 студентов.")]
    [InlineData("Tashkent, 14 June 2024. Kazakh and Uzbek universities will open a joint master's programme \"Metallurgy and Materials\" for 25 students.")]
    public void AProgrammesQuotedTitleIsWhatIsTaught(string text)
    {
        Assert.Equal(["41"], Clauses(text));
    }

    [Fact]
    public void AnUnquotedSphereIsStillReported()
    {
        Assert.Equal(["26"], Clauses("Tashkent, 14 June 2024. Kazakh and Uzbek metallurgy plants agreed to exchange engineers."));
    }

    [Fact]
    public void ANewslettersMastheadNamesItsSectorNotTheNews()
    {
        var text = "METALLURGY NEWS WEEKLY\n21 November 2020\n\nKazakh and Uzbek ministers met in Tashkent on Friday to discuss visas.\n";
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void AHeadlineInCapitalsIsStillAHeadline()
    {
        var text = "KAZAKH AND UZBEK METALLURGY PLANTS SIGN DEAL\n21 November 2020\n\nKazakh and Uzbek plants signed a deal in Tashkent on Friday.\n";
        Assert.Equal(["26"], Clauses(text));
    }
}
