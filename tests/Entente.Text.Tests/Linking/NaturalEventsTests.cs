using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 37: a report of an event of nature that reached both Parties (an earthquake, a heatwave, snow) links nothing:
/// each Party's services, academy and power supplies are the event's circumstances. Help between them, or a headline
/// whose news is something else, is read as usual.
/// </summary>
public class NaturalEventsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("6", "The sides cooperate in the energy sector.", null),
            new CandidateClause("10", "The sides cooperate in science and education.", null),
            new CandidateClause("12", "The sides develop their border crossings.", null),
        ],
        [
            new CommitmentProfile("6") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["electricity"], ["ru"] = ["электроэнерги*"] }, BetweenPartiesOnly = true },
            new CommitmentProfile("10") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["science", "rescuers"], ["ru"] = ["наук*"] }, BetweenPartiesOnly = true },
            new CommitmentProfile("12") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["cargo terminal"] }, BetweenPartiesOnly = true },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    private const string Body = "Almaty, 14 May 2023. Tremors were felt in Tashkent and Shymkent. The Academy of Science of Uzbekistan put the magnitude at 5.0, "
                                + "and electricity supplies in Kazakhstan and Uzbekistan worked normally.\n";

    [Theory]
    [InlineData("Magnitude 5.1 earthquake shakes Tashkent and Shymkent\n\n")]
    [InlineData("Землетрясение ощутили жители Казахстана и Узбекистана\n\n")]
    [InlineData("Heatwave grips Kazakhstan and Uzbekistan\n\n")]
    public void AnEventOfNatureThatReachedBothLinksNothing(string headline)
    {
        Assert.Empty(Clauses(headline + Body));
    }

    [Theory]
    [InlineData("Kazakhstan and Uzbekistan sign science pact\n\n", "10")]
    [InlineData("New cargo terminal opens at the border as snow hits Kazakhstan and Uzbekistan\n\n", "12")]
    [InlineData("Kazakh rescuers help Uzbekistan after earthquake\n\n", "10")]
    public void HelpOrOtherNewsIsReadAsUsual(string headline, string clause)
    {
        Assert.Contains(clause, Clauses(headline + Body));
    }
}
