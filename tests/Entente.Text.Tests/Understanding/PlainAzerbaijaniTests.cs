using Entente.Text.Pipeline;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Understanding;

/// <summary>
/// Azerbaijani written without its own letters (ə, ş, ç, ğ, ı, ö, ü), as on social media and some sites: read as
/// Azerbaijani, with its states, money, trade claims and dates, while Turkish written the same way stays Turkish.
/// Sentences written for these tests.
/// </summary>
public class PlainAzerbaijaniTests
{
    private const string Trade =
        "Azerbaycan ile Rusiya arasinda ticaret dovriyyesi 2024-cu ilde 4 milyard 812 milyon ABS dollari teskil edib. " +
        "Bu barede Dovlet Gomruk Komitesi melumat verib. Azerbaycandan Rusiyaya 1,16 mlrd. dollarliq mehsul ixrac olunub, " +
        "idxalin deyeri ise 3,65 mlrd. dollar olub. Umumi dovriyye 9,6 faiz artib.";

    [Theory]
    [InlineData(Trade)]
    // With a stray ə, as when some words were typed on another keyboard.
    [InlineData("Baki, 12 sentyabr 2025. Azerbaycan ile Rusiya arasinda iqtisadi əməkdaşlıq uzre Hokumetlerarasi Komissiyanin novbeti iclasi Bakida kecirilib, terefler qarsiliqli ticaretin artirilmasini qeyd edibler.")]
    public void IsReadAsAzerbaijani(string text) => Assert.Equal("az", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Turkiye ile Azerbaycan arasindaki ticaret hacmi gecen yil yuzde 20 artarak 7 milyar dolara ulasti. Bakanlar ortak komisyon toplantisinda ulastirma ve enerji alaninda isbirligini gorustu.")]
    [InlineData("Ankara ile Baku arasinda yeni ucus hatti acildi. Bakanlik yaptigi aciklamada seferlerin haftada uc gun yapilacagini, biletlerin satisa cikarildigini bildirdi.")]
    public void TurkishWrittenTheSameWayIsNotAzerbaijani(string text) => Assert.NotEqual("az", LanguageDetector.Detect(text));

    [Fact]
    public void ItsStatesMoneyAndTradeAreRead()
    {
        var analysis = DocumentPipeline.Default.AnalyseText(Trade, "news.txt").Analysis;

        Assert.Equal("az", analysis.Language);
        Assert.Contains("AZ", analysis.Parties);
        Assert.Contains("RU", analysis.Parties);
        var money = analysis.Figures.Where(f => f.Kind == "money").Select(f => (f.Value, f.Unit)).ToList();
        Assert.Contains((4_812_000_000m, "USD"), money);
        Assert.Contains((1_160_000_000m, "USD"), money);
        var claim = Assert.Single(analysis.Claims, c => c.Indicator == IndicatorKeys.TradeTurnover);
        Assert.Equal(4_812_000_000m, claim.Value);
        Assert.Equal(new DateOnly(2024, 1, 1), claim.Period.Start);
    }

    [Fact]
    public void ItsInstrumentsAreRead()
    {
        const string text = "Baki, 30 noyabr 2022. Danisiqlarda 26 noyabr 2021-ci il tarixli ucterefli beyanatin icrasi muzakire olunub. " +
                            "Nazirler iki olkenin xarici isler nazirlikleri arasinda 2023-2024-cu iller ucun meslehetlesmeler planini imzalayiblar.";

        var references = DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References;

        Assert.Contains(references, r => r.Kind == DocumentKinds.Statement && r.Date == new DateOnly(2021, 11, 26));
        Assert.Contains(references, r => r.Kind == DocumentKinds.ActionPlan);
    }
}
