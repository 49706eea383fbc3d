using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// The generic precision rules of evidence links, on a partnership made up for the test (Kazakhstan and Uzbekistan):
/// short stems do not match names, weak cues need a second cue, and a supranational union counts as another party.
/// </summary>
public class EvidencePrecisionTests
{
    private static readonly LinkCandidate s_treaty = new(3, "Treaty on Strategic Partnership between Kazakhstan and Uzbekistan", "treaty")
    {
        Date = new DateOnly(2021, 12, 6),
        Parties = ["KZ", "UZ"],
        Clauses =
        [
            new CandidateClause("4", "The sides support the Intergovernmental Commission.", null),
            new CandidateClause("7", "The sides develop the arts.", null),
            new CandidateClause("15", "The sides maintain and repair weapons together.", null),
        ],
        Profiles =
        [
            new CommitmentProfile("4") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["intergovernmental commission"] } },
            new CommitmentProfile("7") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["art*", "Samarkand*"] } },
            new CommitmentProfile("15")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["~service cent*", "~transit"] },
                Terms = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["weapon*"] },
            },
        ],
    };

    private static List<string> ClausesLinked(string text) =>
        [.. ClauseLinker.Link(text, DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis, [s_treaty]).Select(l => l.Clause)];

    [Fact]
    public void AShortLowerCaseStemDoesNotMatchANameWrittenWithACapital()
    {
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan welcomed Arthur Beketov, who spoke about the weather."));
        Assert.Equal(["7"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a school of the arts in the capital."));

        // A cue written with a capital is a name, and names match names.
        Assert.Equal(["7"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a festival in Samarkand this spring."));
    }

    [Fact]
    public void AWeakCueLinksOnlyWithASecondCueOfTheSameClause()
    {
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for cars in the capital."));

        // Two weak cues do not vouch for each other.
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for transit cars in the capital."));

        Assert.Equal(["15"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for the repair of weapons in the capital."));
    }

    [Fact]
    public void ASupranationalUnionNamedMoreThanAPartyMakesTheTextAnotherPartnerships()
    {
        const string union = "Brussels, 14 May 2023. The European Union and Uzbekistan held a session of the Intergovernmental Commission. " +
                             "The EU and Uzbekistan agreed on new projects, and the EU will fund them. Kazakhstan was mentioned once.";
        const string partners = "Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission. " +
                                "The EU was mentioned once.";

        Assert.Empty(ClausesLinked(union));
        Assert.Equal(["4"], ClausesLinked(partners));
    }
}
