using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 32: the turnover of a year in more forms — a year opening the next clause after a comma ("…, в 2022-м вырос
/// до 4,6 млрд") is that clause's, and bare "trade" after the sentence's own year ("Last year trade with Russia reached …").
/// </summary>
public class FormsSession32Tests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Fact]
    public void AYearAfterACommaOpensTheNextClause()
    {
        var claims = YearClaims("ru", "В 2021 году товарооборот двух стран составил 2,97 млрд долларов, в 2022-м вырос до 4,6 млрд, в 2023-м несколько снизился — до 4,4 млрд.");

        Assert.Equal([(2021, 2_970_000_000m), (2022, 4_600_000_000m), (2023, 4_400_000_000m)], claims);
    }

    // (The report is dated 15 November 2024: "last year" is 2023.)
    [Theory]
    [InlineData("Last year trade with Russia reached 4.8 billion dollars.", 2023)]
    [InlineData("HOST: Last year trade reached 4.8 billion dollars.", 2023)]
    [InlineData("In 2022 trade reached 4.8 billion dollars.", 2022)]
    public void TradeAfterTheSentencesYearIsTheTurnover(string text, int year)
    {
        Assert.Equal([(year, 4_800_000_000m)], YearClaims("en", text));
    }

    [Theory]
    [InlineData("Last year trade missions reached 40 countries and cost 4.8 million dollars.")]
    [InlineData("Last year the foreign trade of Kazakhstan reached 4.8 billion dollars.")]
    public void OtherTradeAfterTheYearIsNoTurnover(string text)
    {
        Assert.Empty(YearClaims("en", text));
    }
}

/// <summary>
/// Session 32: a table written as a line ("млрд долларов: 2021 — 2,97; 2022 — 4,6"), a range after its currency sign
/// ("$500–600 млн"), a scale with an Azerbaijani case ending ("USD 4,5 mln-dir"); instruments dated by a day in brackets
/// after their title, by "signed on 16 April a Plan", or by the next sentence ("Hamısı dekabrın 10-da imzalanıb").
/// </summary>
public class TablesRangesAndNextSentenceDaysTests
{
    private static IReadOnlyList<Figure> Figures(string language, string text) => AmountFormsSession30Tests.Figures(language, text);

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("ru", "По данным таможни, товарооборот двух стран, млрд долларов: 2021 — 2,97; 2022 — 4,6; 2023 — 4,4.")]
    [InlineData("en", "Turnover between the two countries, in billions of US dollars, according to the customs: 2021 — 2.97; 2022 — 4.6; 2023 — 4.4.")]
    [InlineData("az", "İki ölkə arasında ticarət dövriyyəsi illər üzrə belə dəyişib (milyard ABŞ dolları ilə): 2021 — 2,97; 2022 — 4,6; 2023 — 4,4.")]
    public void ATableWrittenAsALineGivesEachYearItsAmount(string language, string text)
    {
        Assert.Equal([2_970_000_000m, 4_600_000_000m, 4_400_000_000m], Figures(language, text).Where(f => f.Kind == "money" && f.Unit == "USD").Select(f => f.Value));
        // (Read as the pipeline reads it: dashes are hyphens by then.)
        Assert.Equal([(2021, 2_970_000_000m), (2022, 4_600_000_000m), (2023, 4_400_000_000m)], YearClaims(language, TextNormaliser.Normalise(text).Text));
    }

    [Fact]
    public void YearsBetweenTwoYearsAreARangeNotATable()
    {
        Assert.DoesNotContain(Figures("ru", "Программа на 2021—2023 годы, млрд долларов: 2021 — 2,97."), f => f.Value == 2_021_000_000_000m);
    }

    [Theory]
    [InlineData("ru", "Стоимость поставок оценивается в $500–600 млн.")]
    [InlineData("en", "The deliveries are worth $500-600 million.")]
    public void ARangeAfterItsCurrencySignTakesTheHighEndsScale(string language, string text)
    {
        Assert.Equal([(500_000_000m, "USD"), (600_000_000m, "USD")], Figures(language, text).Where(f => f.Kind == "money").Select(f => (f.Value, f.Unit)));
    }

    [Theory]
    [InlineData("Layihənin dəyəri USD 4,5 mln-dir.", 4_500_000, "USD")]
    [InlineData("Gəlirin AZN 72 mln-a çatacağı gözlənilir.", 72_000_000, "AZN")]
    [InlineData("Dövriyyəni $15 mlrd-a çatdırmaq hədəfdir.", 15_000_000_000, "USD")]
    public void AScaleWithItsCaseEndingStillScales(string text, long value, string currency)
    {
        Assert.Equal([((decimal)value, currency)], Figures("az", text).Where(f => f.Kind == "money").Select(f => (f.Value, f.Unit)));
    }

    [Theory]
    [InlineData("TASHKENT, April 20, 2025. The governor signed an Agreement on trade and humanitarian cooperation (25 March).", "agreement", "2025-03-25")]
    [InlineData("TASHKENT, April 20, 2025. The heads of delegations signed on Wednesday (16 April) a Plan of Consultations for 2025–2027.", "action-plan", "2025-04-16")]
    [InlineData("TASHKENT, April 20, 2025. The ministers signed on 16 April a Plan of Joint Action.", "action-plan", "2025-04-16")]
    [InlineData("ТАШКЕНТ, 20 апреля 2025 года. Министры подписали 16 апреля соглашение о торговле.", "agreement", "2025-04-16")]
    public void TheDayOfTheSigningBesideTheInstrumentDatesIt(string text, string kind, string date)
    {
        Assert.Contains((kind, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), References(text));
    }

    [Theory]
    [InlineData("Daşkənd, 17 dekabr 2024. Dörd sənəd: iclasın protokolu və ixrac kreditlərinin sığortası haqqında saziş. Hamısı dekabrın 10-da imzalanıb.")]
    [InlineData("TASHKENT, December 17, 2024. The sides prepared a protocol of the session and an agreement on export credit insurance. Both were signed on 10 December.")]
    [InlineData("ТАШКЕНТ, 17 декабря 2024 года. Стороны подготовили протокол заседания и соглашение о страховании экспортных кредитов. Оба документа подписаны 10 декабря.")]
    public void TheNextSentenceDatesTheInstrumentsItTakesUp(string text)
    {
        var day = new DateOnly(2024, 12, 10);
        Assert.Equal([("protocol", day), ("agreement", day)], References(text));
    }

    [Theory]
    [InlineData("TASHKENT, October 3, 2025. Under Protocol No. 2 of 14/06/2024 to the cooperation agreement, containers go by rail.", "protocol", "2024-06-14")]
    [InlineData("TASHKENT, October 3, 2025. The Memorandum of Understanding between the foundations signed in Moscow on the 5th of March 2019 opens the call.", "memorandum", "2019-03-05")]
    [InlineData("Daşkənd, 3 oktyabr 2025. Gündəlikdə 12/08/2018 tarixli Xəzər dənizinin hüquqi statusu haqqında Konvensiyanın icrası var.", "convention", "2018-08-12")]
    public void AnInstrumentsNumberAndTheNewFormsOfDaysKeepItsDate(string text, string kind, string date)
    {
        Assert.Contains((kind, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), References(text));
    }

    [Fact]
    public void AnInstrumentsNumberIsPartOfItsNameAndTheTitleGoesOnAfterIt()
    {
        var references = Pipeline.DocumentPipeline.Default.AnalyseText(
            "БАКУ, 3 октября 2025 года.\n\n02/09/2025 Компания и пароходство подписали Дополнительное соглашение № 2 к Соглашению № 15 о сотрудничестве от 14/03/2023.",
            "news.txt").Analysis.References;

        Assert.Contains(references, r => r.Kind == "agreement" && r.Text.EndsWith("№ 2", StringComparison.Ordinal) && r.Date == new DateOnly(2025, 9, 2));
        Assert.Contains(references, r => r.Title == "Соглашению № 15 о сотрудничестве" && r.Date == new DateOnly(2023, 3, 14));
    }

    [Theory]
    [InlineData("en", "The first voyage took place on 02/08/2024.", "2024-08-02")]
    [InlineData("en", "The first voyage took place on 08/14/2024.", "2024-08-14")]
    [InlineData("en", "Monday, the 3rd of March 2025. Talks were held.", "2025-03-03")]
    [InlineData("ru", "Встреча прошла 3-го марта 2025 года.", "2025-03-03")]
    public void DaysBetweenSlashesAndOrdinalDaysAreRead(string language, string text, string date)
    {
        var days = TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2025, 10, 3))).Dates.Select(d => d.Value);

        Assert.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), days);
    }

    [Fact]
    public void ANextSentenceWithItsOwnInstrumentDatesOnlyThatOne()
    {
        var references = References("TASHKENT, December 17, 2024. The sides discussed a protocol of the session. They also signed an agreement on export credit insurance on 10 December.");

        Assert.Contains(("protocol", (DateOnly?)null), references);
    }
}
