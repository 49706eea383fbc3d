using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 31: an amount whose chain of scales ends in thousands ("… 126 milyon 480 min ABŞ dolları"), a change written
/// with its sign ("(+5,1%)"), a day of the month after "on the 29th", instruments named in a signed list, after a
/// quotation mark that opens their title or by the year they were made in, and the turnover of a year in more forms
/// (not a sum since that year).
/// </summary>
public class FormsSession31Tests
{
    private static IReadOnlyList<Figure> Figures(string language, string text) => AmountFormsSession30Tests.Figures(language, text);

    // Through the whole pipeline, as a report dated by its dateline.
    private static DocumentAnalysis Analyse(string text) => Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis;

    private static List<(string Kind, DateOnly? Date)> References(string text) => [.. Analyse(text).References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("Dövriyyə 1 milyard 126 milyon 480 min ABŞ dolları təşkil edib.", 1_126_480_000, "USD")]
    [InlineData("Tikintiyə 62 milyon 400 min manat yönəldilib.", 62_400_000, "AZN")]
    public void ThousandsEndAChainOfScales(string text, decimal value, string currency)
    {
        Assert.Equal([(value, currency)], Figures("az", text).Where(f => f.Kind == "money").Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void MinutesAfterAnAmountAreNoThousands()
    {
        Assert.DoesNotContain(Figures("az", "Qatar 62 milyon manat dəyərindədir, 20 min gözlədi."), f => f.Value == 62_000_020_000m);
    }

    [Theory]
    [InlineData("ru", "Экспорт составил 812 млн долларов (+5,1%), импорт — 284 млн долларов (+14,6%).", 5.1, 14.6)]
    [InlineData("en", "Exports rose to $1.2 billion (+5.1%) and imports to $0.4 billion (+14.6%).", 5.1, 14.6)]
    public void AChangeWrittenWithItsSignIsAPercentage(string language, string text, decimal first, decimal second)
    {
        Assert.Equal([first, second], Figures(language, text).Where(f => f.Kind == "percent").Select(f => f.Value));
    }

    [Fact]
    public void ThreePlusThreeIsAName()
    {
        Assert.Empty(Figures("en", "The ministers discussed the 3+3 format."));
    }

    [Fact]
    public void TheDayOfTheMonthSignedOnIsTheInstrumentsDate()
    {
        var analysis = Analyse("BAKU, May 30, 2025. The protocol of the meeting was signed on the 29th by the deputy transport ministers.");

        Assert.Contains(new DateOnly(2025, 5, 29), analysis.Dates.Select(d => d.Value));
        Assert.Contains(("protocol", (DateOnly?)new DateOnly(2025, 5, 29)), References(
            "BAKU, May 30, 2025. The protocol of the meeting was signed on the 29th by the deputy transport ministers."));
    }

    [Fact]
    public void AnOrdinalBeforeANounIsNoDay()
    {
        Assert.DoesNotContain(new DateOnly(2025, 5, 25), Analyse("BAKU, May 30, 2025. Officials met on the 25th anniversary of the treaty.").Dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("Bakı, 16 sentyabr 2025. 16.09.2025 tarixində imzalanan sənədlər:\n– tariflər haqqında saziş;\n– \"Ağıllı sərhəd\" memorandumu — keçid məntəqələrində sistemlərin tətbiqinə dair;\n– protokol.", DocumentKinds.Memorandum, "2025-09-16")]
    [InlineData("BAKU, May 6, 2025.\n\nThe following documents were signed on May 5, 2025:\n– an agreement on tariffs;\n– the \"Green Lane\" memorandum;\n– a protocol.", DocumentKinds.Memorandum, "2025-05-05")]
    [InlineData("Bakı, 26 noyabr 2021.\n\nİclasın yekununda, noyabrın 25-də aşağıdakı sənədlər imzalanıb:\n– iclasın protokolu;\n– Qida Təhlükəsizliyi Agentliyi ilə Federal Xidmət arasında \"Elektron sertifikatlaşdırma\" memorandumu;\n– saziş.", DocumentKinds.Memorandum, "2021-11-25")]
    [InlineData("BAKU, October 17, 2024.\n\nThree documents were signed: a memorandum on telemedicine; a programme of joint measures against infections for 2025-2027; and an investment agreement with a drugmaker, which will build a plant.", DocumentKinds.Programme, "2024-10-17")]
    [InlineData("Москва, 5 апреля 2025 года. 4 апреля 2025 года в Москве министры двух стран подписали «Дорожную карту» по образованию и науке.", DocumentKinds.Roadmap, "2025-04-04")]
    [InlineData("MOSCOW, April 5, 2025. On April 4, 2025 in Moscow the two ministers signed the \"Roadmap\" on education.", DocumentKinds.Roadmap, "2025-04-04")]
    [InlineData("BAKU, March 5, 2025. The treaty already obliges both states, and the allied declaration of 2022 confirmed it.", DocumentKinds.Declaration, null)]
    [InlineData("Москва, 5 марта 2025 года. Это подтвердила и декларация 2022 года.", DocumentKinds.Declaration, null)]
    public void TheInstrumentIsAReference(string text, string kind, string? date)
    {
        Assert.Contains((kind, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), References(text));
    }

    [Theory]
    [InlineData("en", "Since 2015 the cumulative trade turnover of the two countries has exceeded $31 billion.")]
    [InlineData("ru", "Всего с 2015 года совокупный товарооборот двух стран превысил 31 млрд долларов.")]
    [InlineData("az", "2015-ci ildən bəri iki ölkə arasında ümumi ticarət dövriyyəsi 31 milyard dolları ötüb.")]
    public void AnAmountSummedSinceAYearIsNoFigureOfThatYear(string language, string text)
    {
        Assert.Empty(TradeClaimFormsSession24Tests.YearClaims(language, text));
    }

    [Fact]
    public void AYearComparedWithIsStillTheYearOfItsAmount()
    {
        Assert.Contains((2022, 4_360_000_000m), TradeClaimFormsSession24Tests.YearClaims("ru",
            "Товарооборот в 2023 году составил 4 млрд 812 млн долларов, увеличившись на 10,4% по сравнению с 2022 годом, когда он равнялся $4,36 млрд."));
    }

    [Fact]
    public void AFigureAfterABracketTakesNeitherTheBracketsCueNorGivesItsYear()
    {
        var claims = TradeClaimFormsSession24Tests.YearClaims("ru",
            "За 2023 год товарооборот составил 4 млрд 812,6 млн долларов (экспорт — 1 млрд 174,3 млн долларов, импорт — 3 млрд 638,3 млн долларов), за 2022 год — 4,37 млрд долларов.");

        Assert.Equal([(2023, 4_812_600_000m), (2022, 4_370_000_000m)], claims);
    }

    [Theory]
    [InlineData("en", "For the whole of 2023 the customs counted 4.8 billion US dollars of trade with Russia.", 2023, 4_800_000_000)]
    [InlineData("en", "Trade tells the same story. It rose from $2.9bn in 2021 to $4.8bn in 2023.", 2023, 4_800_000_000)]
    [InlineData("ru", "За первое полугодие 2023 года оборот составлял 2,21 млрд долларов, а за весь 2022 год — 4 млрд 812 млн долларов.", 2022, 4_812_000_000)]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 4 milyard 806 milyon dollar olub: ixrac 1 milyard 204 milyon dollar, idxal 3 milyard 602 milyon dollar. 2022-ci ildə bu göstərici 4,37 milyard dollar, 2021-ci ildə isə 4,1 milyard dollardan bir qədər çox olub.", 2021, 4_100_000_000)]
    public void TheTurnoverOfAYearIsReadInItsForms(string language, string text, int year, decimal value)
    {
        Assert.Contains((year, value), TradeClaimFormsSession24Tests.YearClaims(language, text));
    }

    [Fact]
    public void AnotherTurnoverOrAnotherTradeIsNoTurnover()
    {
        Assert.Empty(TradeClaimFormsSession24Tests.YearClaims("ru", "Розничный оборот в 2022 году составил 4 млрд долларов."));
        Assert.Empty(TradeClaimFormsSession24Tests.YearClaims("en", "Trade missions are busy. It rose from $2.9bn in 2021 to $4.8bn in 2023."));
    }
}
