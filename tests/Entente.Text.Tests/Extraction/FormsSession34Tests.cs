using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 34: "$520m", "AZN 24m"; the turnover listed by year on lines under its heading ("• 2022: 4,6 mlrd dollar") or in clauses parted by
/// semicolons ("$4.2bn in 2022; 4.4 billion USD in 2023"); a month in Roman numerals ("3.VI.2021") and a date written year first with dots ("2024.03.14"); lists of
/// signed documents numbered "1.", "2." under a verb or under a heading with no colon ("İclasda imzalanmış sənədlər
/// (18.11.2025)"); a day's programme whose line opens with the day; an Azerbaijani instrument's long makers between its
/// day and its signing.
/// </summary>
public class FormsSession34Tests
{
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    private static IReadOnlyList<DateMention> Dates(string text) =>
        TextExtractor.Extract(TextNormaliser.Normalise(text).Text, new ExtractionContext("en", "news", new DateOnly(2025, 6, 5))).Dates;

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) =>
        TradeClaimFormsSession24Tests.YearClaims(language, TextNormaliser.Normalise(text).Text);

    [Theory]
    [InlineData("az", "Ticarət dövriyyəsi\n• 2021: 4,6 mlrd dollar\n• 2022: 4,37 milyard ABŞ dolları\n• 2023-cü ildə: 4 799 000 000 dollar")]
    [InlineData("en", "Trade turnover\n• 2021: $4.6bn\n• 2022: $4.37bn\n• 2023: $4,799 million")]
    [InlineData("ru", "Товарооборот\n2021 — 4,6 млрд долларов\n2022 — 4,37 млрд долларов\n2023 — 4 799 млн долларов")]
    public void TheLinesOfAListOfYearsUnderTheTurnoverAreItsYears(string language, string lines)
    {
        Assert.Equal([(2021, 4_600_000_000m), (2022, 4_370_000_000m), (2023, 4_799_000_000m)], YearClaims(language, lines));
    }

    [Fact]
    public void TheLinesOfAListOfYearsUnderAnotherHeadingAreNoTurnover()
    {
        Assert.Empty(YearClaims("en", "Investment\n• 2021: $4.6bn\n• 2022: $4.37bn"));
    }

    [Fact]
    public void ClausesOfOnlyAnAmountAndItsYearGoOnWithTheTurnover()
    {
        Assert.Equal([(2021, 4_200_000_000m), (2022, 4_400_000_000m), (2023, 4_800_000_000m)],
            YearClaims("en", "- Trade turnover: $4.2bn in 2021; 4.4 billion USD in 2022; $4.8 billion in 2023."));

        // A clause that says more is a sentence of its own.
        Assert.Equal([(2021, 4_200_000_000m)], YearClaims("en", "- Trade turnover: $4.2bn in 2021; investment reached $4.4 billion in 2022."));
    }

    [Theory]
    [InlineData("A tender worth AZN 24m was won.", 24_000_000, "AZN")]
    [InlineData("The park, built for €38m, opened.", 38_000_000, "EUR")]
    [InlineData("Trade reached $520m last year.", 520_000_000, "USD")]
    [InlineData("Assets worth RUB 35m were frozen.", 35_000_000, "RUB")]
    public void AnMGluedToAnAmountAfterItsCurrencyIsMillions(string text, decimal value, string currency)
    {
        var money = Assert.Single(AmountFormsSession30Tests.Figures("en", text), f => f.Kind == "money");
        Assert.Equal((value, currency), (money.Value, money.Unit));
    }

    [Fact]
    public void AnMWithNoCurrencyIsNoMillion()
    {
        Assert.DoesNotContain(AmountFormsSession30Tests.Figures("en", "The pipe is 5m long."), f => f.Value == 5_000_000);
    }

    [Theory]
    [InlineData("under the agreement of 3.VI.2021 on labour", 2021, 6, 3)]
    [InlineData("the memorandum of 12.II.2020 between the universities", 2020, 2, 12)]
    [InlineData("the visit of 14.XII.2023 to the port", 2023, 12, 14)]
    [InlineData("the report of 2024.03.14 on freight", 2024, 3, 14)]
    public void AMonthInRomanNumeralsOrTheYearFirstIsADay(string text, int year, int month, int day)
    {
        Assert.Contains(Dates(text), d => d.Value == new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("the meeting of 3.XIII.2024 on freight")]
    [InlineData("the meeting of 3.VX.2024 on freight")]
    [InlineData("the report of 2024.13.14 on freight")]
    // A tariff heading is no day.
    [InlineData("motor vehicles of heading 8702.10.03 and 2101.10.01")]
    public void NoMonthNoDay(string text)
    {
        Assert.DoesNotContain(Dates(text), d => d.Value is not null);
    }

    [Fact]
    public void ANumberedListUnderASigningVerbIsSignedThatDay()
    {
        var text = "BAKU, June 5, 2025. Tuesday, June 3. Plenary meeting of the Commission. At the end of the meeting the co-chairs signed:\n"
                   + "1. Protocol of the 23rd meeting of the Commission;\n"
                   + "2. Memorandum of cooperation between the libraries.";

        Assert.Equal([("protocol", new DateOnly(2025, 6, 3)), ("memorandum", new DateOnly(2025, 6, 3))], References(text));
    }

    [Fact]
    public void ANumberedItemWithNoSubjectIsOneOfTheDocumentsSigned()
    {
        var text = "Bakı, 19 fevral 2025. Fevralın 17-də forum çərçivəsində imzalanmış sənədlər bunlardır:\n"
                   + "1. Sensorların tətbiqinə dair saziş;\n"
                   + "2. Distribyutor sazişi.";

        Assert.Equal([("agreement", new DateOnly(2025, 2, 17)), ("agreement", new DateOnly(2025, 2, 17))], References(text));
    }

    [Fact]
    public void AHeadingWithItsDayOverNumberedItemsDatesThem()
    {
        var text = "Fakt qutusu\n\nBakı, 20 noyabr 2025. Analitik xidmət.\n\nİclasda imzalanmış sənədlər (18.11.2025)\n"
                   + "1. Komissiyanın iclasının protokolu.\n"
                   + "2. Nazirliklər arasında rəqəmsallaşdırma sahəsində anlaşma memorandumu.\n\n"
                   + "Komissiyanın növbəti iclası 2026-cı ildə keçiriləcək.";

        Assert.Equal([("protocol", new DateOnly(2025, 11, 18)), ("memorandum", new DateOnly(2025, 11, 18))], References(text));
    }

    [Fact]
    public void AHeadingThatSignsNothingMakesNoList()
    {
        var text = "Bakı, 20 noyabr 2025. Analitik xidmət.\n\nArxiv sənədləri (18.11.2025)\n"
                   + "1. Komissiyanın iclasının protokolu müzakirə olunub.\n";

        Assert.DoesNotContain(References(text), r => r.Date == new DateOnly(2025, 11, 18));
    }

    [Fact]
    public void ADaysLineOfAProgrammeDatesTheDocumentsItsMeetingSigned()
    {
        var text = "Sədrin səfəri: gün-gün\n\nBakı, 17 oktyabr 2025-ci il. Parlament Xəbərləri.\n\n"
                   + "Sədr oktyabrın 13-dən 16-dək Rusiyada səfərdə olub.\n\n"
                   + "Oktyabrın 13-ü, bazar ertəsi – Sankt-Peterburq. Sədr Assambleyanın iclasında iştirak edib.\n\n"
                   + "Oktyabrın 14-ü, çərşənbə axşamı – Moskva. Komissiyanın iclası keçirilib. İclasın yekununda aşağıdakı sənədlər imzalanıb:\n"
                   + "1. Komissiyanın 24-cü iclasının protokolu;\n"
                   + "2. Kitabxanalar arasında elektron fondların mübadiləsi haqqında memorandum.";

        Assert.Equal([("protocol", new DateOnly(2025, 10, 14)), ("memorandum", new DateOnly(2025, 10, 14))], References(text));
    }

    [Fact]
    public void AnAzerbaijaniInstrumentsLongMakersStandBetweenItsDayAndItsSigning()
    {
        var text = "Bakı, 19 fevral 2025. 2023-cü il oktyabrın 10-da Səhiyyə Nazirliyi ilə Rusiyanın Səhiyyə Sahəsində Nəzarət üzrə "
                   + "Federal Xidməti arasında imzalanmış memoranduma əsasən tərəflər yoxlamaları tanıyır.";

        Assert.Equal([("memorandum", new DateOnly(2023, 10, 10))], References(text));
    }

    [Fact]
    public void TheMakersDoNotReachBackIntoTheSentenceBefore()
    {
        var text = "Bakı, 19 fevral 2025. Görüş 2023-cü il oktyabrın 10-da keçirilib. Səhiyyə Nazirliyi ilə Rusiyanın Səhiyyə Sahəsində Nəzarət üzrə "
                   + "Federal Xidməti arasında imzalanmış memoranduma əsasən tərəflər yoxlamaları tanıyır.";

        Assert.DoesNotContain(References(text), r => r.Date == new DateOnly(2023, 10, 10));
    }
}
