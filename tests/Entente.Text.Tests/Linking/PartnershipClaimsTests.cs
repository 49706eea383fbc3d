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
