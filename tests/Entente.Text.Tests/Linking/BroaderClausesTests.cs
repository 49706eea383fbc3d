using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// A commitment that is part of a broader one (<see cref="CommitmentProfile.PartOf"/>): a name of the narrower clause is
/// evidence of both, in all three languages; two terms of it, of the narrower clause only. On the partnership made up for
/// the tests (Kazakhstan and Uzbekistan).
/// </summary>
public class BroaderClausesTests
{
    // 9: cooperation in culture and art; 11: days of culture, part of 9; 12: festivals, part of 11.
    private static LinkCandidate Treaty(string? daysPartOf = "9", string? festivalsPartOf = "11") => MadeUpPartnership.Treaty(
        [
            new CandidateClause("9", "The sides develop cooperation in culture and art.", null),
            new CandidateClause("11", "The sides hold days of culture in each other's countries.", null),
            new CandidateClause("12", "The sides hold festivals of folk music.", null),
        ],
        [
            new CommitmentProfile("9")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["cultural cooperation"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("11")
            {
                Names = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["en"] = ["days of culture", "culture days"], ["ru"] = ["дни культуры", "дней культуры"], ["az"] = ["mədəniyyət günləri*"],
                },
                Terms = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["exhibition*", "museum*"] },
                BetweenPartiesOnly = true,
                PartOf = daysPartOf,
            },
            new CommitmentProfile("12")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["folk music festival*"] },
                BetweenPartiesOnly = true,
                PartOf = festivalsPartOf,
            },
        ]);

    private static List<string> Clauses(string text, LinkCandidate treaty) =>
        [.. MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Days of culture of Kazakhstan opened in Tashkent with a concert of the Kazakh State Orchestra, Uzbekistan's ministry said.")]
    [InlineData("Ташкент, 14 мая 2023 года. В Ташкенте открылись Дни культуры Казахстана: Узбекистан принимает казахстанский оркестр.")]
    [InlineData("Daşkənd, 14 may 2023. Daşkənddə Qazaxıstanın Mədəniyyət Günləri açılıb, Özbəkistan Qazaxıstan orkestrini qəbul edir.")]
    public void ANameOfThePartIsEvidenceOfTheBroaderClauseToo(string text)
    {
        var links = MadeUpPartnership.Links(text, Treaty());
        Assert.Equal(["11", "9"], links.Select(l => l.Clause).Order(StringComparer.Ordinal));

        // The broader clause's link keeps the sentence and the cue that made the narrower one.
        var (part, broader) = (links.Single(l => l.Clause == "11"), links.Single(l => l.Clause == "9"));
        Assert.Equal(part.Span, broader.Span);
        Assert.Equal(part.Cue, broader.Cue);
        Assert.Equal(ClauseLinkKinds.Evidences, broader.Kind);

        // A clause that stands alone keeps its evidence to itself.
        Assert.Equal(["11"], Clauses(text, Treaty(daysPartOf: null)));
    }

    [Fact]
    public void TwoTermsOfThePartAreEvidenceOfThePartOnly()
    {
        const string text = "Tashkent, 14 May 2023. Kazakhstan's museums brought an exhibition of felt carpets to Uzbekistan's capital.";
        Assert.Equal(["11"], Clauses(text, Treaty()));
    }

    [Fact]
    public void TheChainIsFollowedUpAndAProfileNamingItsOwnPartDoesNotLoop()
    {
        const string text = "Tashkent, 14 May 2023. Kazakhstan's ensembles opened a folk music festival in Uzbekistan.";
        Assert.Equal(["11", "12", "9"], Clauses(text, Treaty()));

        // 11 part of 12 and 12 part of 11: each link once, and the chain stops.
        Assert.Equal(["11", "12"], Clauses(text, Treaty(daysPartOf: "12")));

        // A broader clause the agreement does not have is passed over.
        Assert.Equal(["12"], Clauses(text, Treaty(festivalsPartOf: "40")));
    }
}
