namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 39: a lower-case Azerbaijani "müqavilə" with no state among its makers is a contract (between two companies,
/// two libraries, a region's firms), unless its subject is an agreement's: peace, friendship, borders, cooperation. A
/// signing told as "with the signing of a protocol", "concluded a contract" or "заключили с пароходством контракты" makes an
/// instrument of a bare noun; a treaty's "which has concluded a service contract" and "the signing of agreements with third
/// countries" do not. In a trade report, "по итогам года" is the year the report has just named, and "на 11,6% больше,
/// чем годом ранее" gives the percentage's base, not the amount's year.
/// </summary>
public class FormsSession39Tests
{
    private static List<string> Kinds(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => r.Kind)];

    [Theory]
    [InlineData("Bakı, 18 noyabr 2022. SOCAR ilə Qazprom arasında müqavilə imzalanıb, tədarüklər dekabrda başlayacaq.")]
    [InlineData("Moskva, 5 sentyabr 2025. Sərgi çərçivəsində iki milli kitabxana arasında kitab mübadiləsi üzrə müqavilə imzalanıb.")]
    public void ALowerCaseMüqaviləOfNoStatesIsAContract(string text)
    {
        Assert.Equal(["contract"], Kinds(text));
    }

    [Theory]
    [InlineData("Bakı, 18 noyabr 2022. Nazir tərəflərin sülh müqaviləsinin tezliklə imzalanmasında maraqlı olduğunu bildirib.")]
    [InlineData("Bakı, 18 noyabr 2022. Akademiya ilə universitet arasında əməkdaşlıq müqaviləsi imzalanıb.")]
    public void AMüqaviləOfPeaceOrCooperationIsAnAgreement(string text)
    {
        Assert.Equal(["agreement"], Kinds(text));
    }

    [Theory]
    [InlineData("Baku, 14 November 2024. The meeting ended in Baku on Thursday with the signing of a protocol by its co-chairs.", "protocol")]
    [InlineData("Astrakhan, 12 November 2021. A wholesale market operator concluded a contract for supplies of fruit and vegetables.", "contract")]
    [InlineData("Астрахань, 12 ноября 2021 года. Судостроительные предприятия заключили с Каспийским морским пароходством контракты на ремонт судов.", "contract")]
    public void ASigningToldAroundABareNounMakesItAnInstrument(string text, string kind)
    {
        Assert.Equal([kind], Kinds(text));
    }

    [Theory]
    [InlineData("Article 12. A service supplier which has concluded a service contract with an enterprise of the other Party shall be treated as follows.")]
    [InlineData("Article 12. The Parties shall consult each other prior to the signing of agreements with third countries.")]
    public void ALawsTenseOrAClassOfInstrumentsIsNoSigning(string text)
    {
        Assert.Empty(Kinds(text));
    }

    [Fact]
    public void TheYearsResultIsTheYearJustNamedAndItsComparisonIsThePercentagesBase()
    {
        var claims = TradeClaimFormsSession24Tests.YearClaims("ru",
            "Товарооборот России со странами СНГ по итогам 2023 года увеличился на 7,2% и достиг 112,6 млрд долларов. "
            + "Казахстан по итогам года занял второе место: товарооборот составил 28,3 млрд долларов, на 11,6% больше, чем годом ранее.");
        Assert.Contains((2023, 28_300_000_000m), claims);
        Assert.DoesNotContain(claims, claim => claim.Year == 2022);
    }
}
