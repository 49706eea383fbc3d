using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 35: an issuer's adjective before its currency ("6.1 billion Russian roubles"); lists of documents announced "Also signed were:" and lists with no day; a programme told with the years it
/// covers; a chronicle's day parted from its news by a full stop; a state's foreign trade (its trade with the world) as no
/// pair's turnover; the corresponding period of last year as a comparison's base; the pluperfect of an earlier year;
/// "Если в 2019 году …, то в 2024-м …".
/// </summary>
public class FormsSession35Tests
{
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) =>
        TradeClaimFormsSession24Tests.YearClaims(language, TextNormaliser.Normalise(text).Text);

    [Theory]
    [InlineData("en", "The budget was set at 6.1 billion Russian roubles.", 6_100_000_000, "RUB")]
    [InlineData("ru", "Бюджет составил 8,2 млрд российских рублей.", 8_200_000_000, "RUB")]
    [InlineData("en", "The fee is 300 Azerbaijani manats.", 300, "AZN")]
    public void TheIssuersAdjectiveBeforeACurrencyIsPartOfTheAmount(string language, string text, decimal value, string currency)
    {
        var money = Assert.Single(AmountFormsSession30Tests.Figures(language, text), f => f.Kind == "money");
        Assert.Equal((value, currency), (money.Value, money.Unit));
    }

    [Fact]
    public void AnotherStatesRoublesAreNoRussianRoubles()
    {
        Assert.DoesNotContain(AmountFormsSession30Tests.Figures("en", "The fund holds 5 billion Belarusian roubles."), f => f.Kind == "money");
    }

    [Fact]
    public void TheItemsOfAListAnnouncedAsSignedAreReferencesThoughNoDayIsTold()
    {
        // The dateline has no year, so the list has no day; its items are still instruments signed.
        var found = References("BAKU, May 26 (Wire) - The commission met in Baku on Friday.\nAlso signed were:\n"
                               + "- a protocol amending the intergovernmental agreement on road transport;\n"
                               + "- the intergovernmental Programme of Interregional and Cross-Border Cooperation.");
        Assert.Contains(found, r => r.Kind == "protocol");
        Assert.Contains(found, r => r.Kind == "programme");
    }

    [Fact]
    public void AListUnderAVerbThatSignsNothingIsNoListOfInstruments()
    {
        // (The control: the same items under a heading that tells no signing.)
        var found = References("BAKU, May 26 (Wire) - The commission met in Baku on Friday.\nAlso discussed were:\n"
                               + "- the programme of the next forum;\n- the programme of the festival.");
        Assert.DoesNotContain(found, r => r.Kind == "programme");
    }

    [Theory]
    [InlineData("Bakı, 2 dekabr 2025. Səhiyyə nazirlikləri arasında 2022–2024-cü illər üçün nəzərdə tutulmuş proqram başa çatıb.")]
    [InlineData("Bakı, 2 dekabr 2025. Görüşdə 2024–2026-cı illər üçün iqtisadi əməkdaşlıq üzrə hökumətlərarası proqramın icrası müzakirə olunub.")]
    [InlineData("Bakı, 2 dekabr 2025. Nazirlikdən bildiriblər ki, 2026–2028-ci illəri əhatə edəcək yeni proqramın layihəsi hazırlanır.")]
    [InlineData("Москва, 2 декабря 2025 года. Стороны обсудили выполнение программы на 2024–2026 годы.")]
    [InlineData("MOSCOW, December 2, 2025. The sides reviewed the programme for 2024-2026.")]
    [InlineData("MOSCOW, December 2, 2025. The memorandum builds on the 2021 programme under which the agency trained 46 epidemiologists.")]
    public void AProgrammeToldWithTheYearsItCoversIsAnInstrument(string text)
    {
        Assert.Contains(References(text), r => r.Kind == "programme");
    }

    [Theory]
    [InlineData("MOSCOW, December 2, 2025. The forum's programme for 2024 included concerts.")]
    [InlineData("MOSCOW, December 2, 2025. In 2024 the programme of the festival included concerts.")]
    public void AProgrammeOfAnEventIsNoInstrument(string text)
    {
        Assert.DoesNotContain(References(text), r => r.Kind == "programme");
    }

    [Fact]
    public void AnAzerbaijaniMuqavileOfCompaniesIsAContract()
    {
        Assert.Equal(["contract"], References("Bakı, 17 sentyabr 2024. Rusiyanın \"Uralaqromaş\" şirkəti ilə Azərbaycanın \"Gəncə Texnika\" ASC "
                                              + "birgə müəssisə yaradılması barədə müqavilə imzalayıb.").Select(r => r.Kind));

        // (The control: between the states it is a treaty.)
        Assert.Equal(["treaty"], References("Bakı, 3 may 2024. Azərbaycan ilə Rusiya arasında dostluq haqqında müqavilə imzalanıb.").Select(r => r.Kind));
    }

    [Fact]
    public void AChroniclesDayPartedByAFullStopIsTheDayOfTheSigningOnItsLine()
    {
        var found = References("Хроника марта 2023 года\n3 апреля 2023\n\n"
                               + "1 марта. В Москве прошли консультации.\n"
                               + "17 марта. Туркменистан и Иран подписали соглашение о своповых поставках газа.\n"
                               + "30 марта. В Ереване открылась выставка.");
        Assert.Equal([("agreement", new DateOnly(2023, 3, 17))], found);
    }

    [Theory]
    [InlineData("en", "In 2023 the foreign trade turnover of Azerbaijan amounted to 47 billion US dollars.")]
    [InlineData("az", "2023-cü ildə Azərbaycanın xarici ticarət dövriyyəsi 49 milyard ABŞ dolları təşkil edib.")]
    public void AStatesForeignTradeIsNoPairsTurnover(string language, string text)
    {
        Assert.Empty(YearClaims(language, text));
    }

    [Theory]
    [InlineData("en", "In 2023 Azerbaijan's foreign trade turnover with Russia amounted to 4.4 billion US dollars.")]
    [InlineData("az", "2023-cü ildə Rusiya ilə xarici ticarət dövriyyəsi 4,4 milyard dollar olub.")]
    [InlineData("ru", "В 2023 году внешнеторговый оборот с Российской Федерацией составил 4 400 млн долларов США.")]
    public void AStatesForeignTradeWithAnotherIsTheirTurnover(string language, string text)
    {
        Assert.Equal([(2023, 4_400_000_000m)], YearClaims(language, text));
    }

    [Fact]
    public void TheCorrespondingPeriodOfLastYearIsTheComparisonsBase()
    {
        // The amount is of January-September 2021, not of 2020; the pluperfect sentence after it gives 2020's.
        Assert.Equal([(2021, 2_200_000_000m), (2020, 2_400_000_000m)], YearClaims("az",
            "Həmsədr bildirib ki, 2021-ci ilin yanvar-sentyabr aylarında dövriyyə 2,2 milyard dollar təşkil edib. 2020-ci ildə bu göstərici 2,4 milyard dollar olmuşdu."));
        Assert.Equal([(2021, 2_200_000_000m)], YearClaims("az",
            "2021-ci ilin yanvar-sentyabr aylarında dövriyyə 2,2 milyard dollar təşkil edib və ötən ilin müvafiq dövrü ilə müqayisədə 23,5 faiz artıb."));
    }

    [Fact]
    public void RussianHundredsWrittenAsOneWordAddToTheAmount()
    {
        var money = Assert.Single(AmountFormsSession30Tests.Figures("ru", "В 2025 году товарооборот составил четыре миллиарда шестьсот миллионов долларов."),
            f => f.Kind == "money");
        Assert.Equal((4_600_000_000m, "USD"), (money.Value, money.Unit));
        Assert.Contains(AmountFormsSession30Tests.Figures("ru", "Пятьсот двадцать студентов приехали в Баку."), f => f.Value == 520);
    }

    [Fact]
    public void TradeWithItsYearBeforeTheVerbIsTheTurnover()
    {
        Assert.Equal([(2023, 4_000_000_000m)], YearClaims("en", "Trade last year topped four billion dollars for the first time."));
        Assert.Empty(YearClaims("en", "A trade fair last year cost two million dollars."));
    }

    [Fact]
    public void AFullStopAfterAFullMonthNameEndsTheDay()
    {
        // "Bakı, 5 fevral. 2019-cu ildə …": the year opens the next sentence; the day has no year. An abbreviation's dot does not.
        var dates = Pipeline.DocumentPipeline.Default.AnalyseText("Bakı, 5 fevral. 2019-cu ildə dövriyyə 3,2 milyard dollar olub.", "news.txt").Analysis.Dates;
        Assert.DoesNotContain(dates, d => d.Value == new DateOnly(2019, 2, 5));
        Assert.Contains(Pipeline.DocumentPipeline.Default.AnalyseText("MOSCOW, 5 Sept. 2019. Trade grew.", "news.txt").Analysis.Dates,
            d => d.Value == new DateOnly(2019, 9, 5));
    }

    [Fact]
    public void ALongTitleEndingWithItsPlaceAndDayDatesTheText()
    {
        var analysis = Pipeline.DocumentPipeline.Default.AnalyseText(
            "Briefing by the Official Spokesperson of the Ministry of Foreign Affairs, Moscow, 14 September 2023 (excerpts)\n\n"
            + "Answer: The Russian language in Azerbaijan is not a foreign language. By the way, education was also on the agenda of "
            + "the consultations between our foreign ministries in Baku on 31 August.", "news.txt").Analysis;
        Assert.Equal(new DateOnly(2023, 9, 14), analysis.Date);
        Assert.Contains(analysis.Dates, d => d.Value == new DateOnly(2023, 8, 31));

        // A title that only mentions a day is not dated by it.
        Assert.Null(Pipeline.DocumentPipeline.Default.AnalyseText(
            "What the agreement of the two ministries of foreign affairs signed on 14 September 2023 changed for students\n\nText.", "news.txt").Analysis.Date);
    }

    [Fact]
    public void AClauseOpenedByToHasItsOwnTime()
    {
        Assert.Equal([(2019, 3_000_000_000m)], YearClaims("ru",
            "Если в 2019 году товарооборот двух стран составлял около 3 млрд долларов, то в 2024-м он заметно вырос."));
    }
}
