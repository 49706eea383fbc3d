using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Text.Tests.Linking;

/// <summary>Which of a text's claims speak of the partnership's own indicators, in three languages.</summary>
public class PartnershipClaimsTests
{
    private static readonly string[] s_russiaAzerbaijan = ["RU", "AZ"];

    private static IReadOnlyList<decimal> PartnershipValues(string text, params string[] parties)
    {
        var analysis = DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis;
        Assert.NotEmpty(analysis.Claims);
        return PartnershipClaims.Of(text, analysis, parties).Select(c => c.Value).ToList();
    }

    [Theory]
    [InlineData("Astana, 1 September 2022. Last year, bilateral trade between Russia and Kazakhstan exceeded $25 billion, Kazakhstan's prime minister said.")]
    [InlineData("Москва, 1 сентября 2022 года. Товарооборот России и Казахстана в 2021 году превысил 25 млрд долларов.")]
    [InlineData("Bakı, 1 sentyabr 2022. Azərbaycan ilə Türkiyə arasında ticarət dövriyyəsi 2021-ci ildə 6 milyard dollar təşkil edib.")]
    public void AReportOnAnotherRelationGivesThePartnershipNothing(string text)
    {
        Assert.Empty(PartnershipValues(text, s_russiaAzerbaijan));
    }

    [Fact]
    public void TheSameReportIsThePointOfItsOwnPartnership()
    {
        const string Text = "Astana, 1 September 2022. Last year, bilateral trade between Russia and Kazakhstan exceeded $25 billion.";
        Assert.Equal([25_000_000_000m], PartnershipValues(Text, "RU", "KZ"));
    }

    [Fact]
    public void AThirdStatesTradeNamedByItsPairIsDropped()
    {
        const string Text = "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 reached US$4.4 billion. "
            + "Russian-Iranian trade rose 20% to $4.9 billion in 2022, the minister added.";
        Assert.Equal([4_400_000_000m], PartnershipValues(Text, s_russiaAzerbaijan));
    }

    [Theory]
    [InlineData("Makhachkala, 5 June 2026. Overchuk said that trade between Russia and Azerbaijan amounted to $4.6 billion in 2025, while Russia's trade with Türkiye stood at $52 billion.", 4_600_000_000)]
    [InlineData("Баку, 20 марта 2025 года. По итогам 2024 года товарооборот России и Азербайджана достиг 4,8 млрд долларов, тогда как товарооборот Азербайджана с Ираном составил около 600 млн долларов.", 4_800_000_000)]
    [InlineData("Bakı, 20 fevral 2025. 2024-cü ildə Azərbaycanın Rusiya ilə ticarət dövriyyəsi 4,71 milyard dollar, İtaliya ilə isə 15,6 milyard dollar olub.", 4_710_000_000)]
    public void AnotherPairsFigureInTheSameSentenceIsDropped(string text, long value)
    {
        // Session 36: the sentence names both Parties, but the second amount's own stretch names another pair or state.
        Assert.Equal([value], PartnershipValues(text, s_russiaAzerbaijan));
    }

    [Fact]
    public void TheSamePairsSecondYearInOneSentenceIsKept()
    {
        // (The control: the second amount's stretch names no state, and it is the same pair's.)
        const string Text = "Baku, 12 March 2024. Trade between Russia and Azerbaijan reached $4.4 billion in 2023 and $3.6 billion in 2022.";
        Assert.Equal([4_400_000_000m, 3_600_000_000m], PartnershipValues(Text, s_russiaAzerbaijan));
    }

    [Fact]
    public void ASentenceOnAThirdStatesTradeIsDroppedAndTheRestKept()
    {
        const string Text = "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 reached US$4.4 billion. "
            + "Russia's trade with China reached $240 billion in 2023, the minister added.";
        Assert.Equal([4_400_000_000m], PartnershipValues(Text, s_russiaAzerbaijan));
    }

    [Fact]
    public void AReportNamingOnePartyAndNoOtherStateIsThePartnerships()
    {
        const string Text = "Baku, 20 March 2024. The statistics committee said that trade turnover with Russia in 2023 amounted to US$4.4 billion.";
        Assert.Equal([4_400_000_000m], PartnershipValues(Text, s_russiaAzerbaijan));
    }
}
