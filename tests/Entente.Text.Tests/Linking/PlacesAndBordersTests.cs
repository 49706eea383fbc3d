using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 31: a pair of places after "in" is where something happens, not two sides that meet; a lower-case word joined
/// by a hyphen to a city ("Astana-region") is part of a name; two states before the word for their border name a place,
/// not that pair's dealings.
/// </summary>
public class PlacesAndBordersTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("6", "The sides develop cooperation between their regions.", null),
            new CandidateClause("7", "The sides develop rail freight.", null),
        ],
        [
            MadeUpPartnership.Profile("6", terms: new() { ["en"] = ["~region*", "governor*", "@region"], ["ru"] = ["~регион*", "губернатор*", "@region"] }),
            MadeUpPartnership.Profile("7", terms: new() { ["en"] = ["container*", "railway*"] }),
        ]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Tashkent, 14 May 2023. The Aral Sea fell again last year, and hydrologists in Astana and Samarkand agree that it is lower than ever.")]
    [InlineData("Ташкент, 14 мая 2023 года. Гидрологи в Астане и Самарканде отмечают, что уровень Аральского моря снова упал.")]
    public void TwoCitiesAfterInArePlacesNotSidesThatMeet(string text)
    {
        Assert.DoesNotContain("6", Clauses(text));
    }

    [Fact]
    public void ACityAndARegionThatActTogetherStillLink()
    {
        Assert.Contains("6", Clauses("Tashkent, 14 May 2023. Astana and Samarkand signed a programme of cooperation for 2024-2026."));
    }

    [Fact]
    public void AWordHyphenedToACityIsPartOfItsName()
    {
        Assert.DoesNotContain("6", Clauses("Tashkent, 14 May 2023. Kazakhstan fixed a single rate for goods from the Astana-region terminals to Samarkand."));
        Assert.Contains("6", Clauses("Tashkent, 14 May 2023. Kazakhstan fixed a single rate for goods from the region's terminals to Samarkand."));
    }

    [Fact]
    public void ALeadThatPlacesTheNewsAtABorderIsNotAboutThatPair()
    {
        var text = "New rail terminal opens\n\nTASHKENT, May 14, 2023.\n\nA terminal near the Uzbekistan-Afghanistan border opened on Monday. "
            + "Uzbekistan and Kazakhstan plan more such terminals. The first will handle containers brought by railway from Kazakhstan.";

        Assert.Contains("7", Clauses(text));
    }
}
