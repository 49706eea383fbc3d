using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Pipeline;
using Entente.Text.Understanding;

namespace Entente.Text.Tests.Extraction;

public class DateExtractorTests
{
    private static IReadOnlyList<DateMention> Dates(string text, DateOnly? documentDate = null) =>
        TextExtractor.Extract(text, new ExtractionContext("en", "news", documentDate)).Dates;

    [Theory]
    [InlineData("The treaty was signed on 14 March 2003 in Ankara.", "14 March 2003", 2003, 3, 14)]
    [InlineData("Talks resumed on October 5, 2019, in Geneva.", "October 5, 2019", 2019, 10, 5)]
    [InlineData("Соглашение подписано 22 февраля 2022 г. в Москве.", "22 февраля 2022 г.", 2022, 2, 22)]
    [InlineData("Документ вступил в силу 1 января 2015 года.", "1 января 2015 года", 2015, 1, 1)]
    [InlineData("Saziş 3 iyul 1997-ci il imzalanıb.", "3 iyul 1997-ci il", 1997, 7, 3)]
    // Azerbaijani writes its months in lower case, "may" among them.
    [InlineData("Saziş 5 may 2005-ci il imzalanıb.", "5 may 2005-ci il", 2005, 5, 5)]
    [InlineData("Bakı, 20 may 2024. Sammit başlayıb.", "20 may 2024", 2024, 5, 20)]
    [InlineData("Published 2021-06-30 by the ministry.", "2021-06-30", 2021, 6, 30)]
    [InlineData("Протокол от 15.05.2019 утвержден.", "15.05.2019", 2019, 5, 15)]
    [InlineData("Talks resumed on 21st June, 2019 in Geneva.", "21st June, 2019", 2019, 6, 21)]
    public void ReadsADayInEachLanguageAndForm(string text, string mention, int year, int month, int day)
    {
        var date = Assert.Single(Dates(text));
        Assert.Equal(mention, date.Text);
        Assert.Equal(new DateOnly(year, month, day), date.Value);
        Assert.Equal(mention, date.Span.Of(text));
        Assert.False(date.Inferred);
    }

    // Session 29: a day of the report's month named without the month.
    [Theory]
    [InlineData("The commission met in Baku on the 9th, co-chaired by the ministers.", "9th", 9)]
    [InlineData("Starting from the 1st, trucks must book a slot.", "1st", 1)]
    [InlineData("Встреча прошла 9-го числа в Баку.", "9-го числа", 9)]
    [InlineData("Görüş ayın 9-da Bakıda keçirilib.", "9-da", 9)]
    [InlineData("The 9th session of the commission opened.", null, 0)]
    [InlineData("Cooperation in the 21st century was discussed.", null, 0)]
    [InlineData("The ministers will meet on the 28th.", null, 0)]
    public void ADayOfTheReportsMonthIsReadWithoutItsMonth(string text, string? mention, int day)
    {
        var dates = Dates(text, new DateOnly(2024, 9, 10));

        if (mention is null)
        {
            Assert.Empty(dates);
            return;
        }

        var date = Assert.Single(dates);
        Assert.Equal(mention, date.Span.Of(text));
        Assert.Equal(new DateOnly(2024, 9, day), date.Value);
        Assert.True(date.Inferred);
    }

    [Fact]
    public void ALowerCaseMayAfterANumberWithoutAYearIsTheVerb()
    {
        Assert.Empty(Dates("Of the rules, the 5 may apply to imports from next year."));
    }

    [Theory]
    [InlineData("Trade grew in January-November 2021 by a fifth.", "January-November 2021", "2021-01-01", "2021-11-30")]
    [InlineData("The programme covers 2024-2026.", "2024-2026", "2024-01-01", "2026-12-31")]
    [InlineData("Exports rose over the nine months of 2019.", "the nine months of 2019", "2019-01-01", "2019-09-30")]
    [InlineData("Freight fell in the first quarter of 2020.", "the first quarter of 2020", "2020-01-01", "2020-03-31")]
    [InlineData("The leaders met on 9/10 March 2018.", "9/10 March 2018", "2018-03-09", "2018-03-10")]
    [InlineData("Товарооборот в январе–ноябре 2021 года вырос.", "январе–ноябре 2021 года", "2021-01-01", "2021-11-30")]
    [InlineData("Investment doubled in 2017.", "2017", "2017-01-01", "2017-12-31")]
    [InlineData("За 9 месяцев 2024 года товарооборот вырос.", "9 месяцев 2024 года", "2024-01-01", "2024-09-30")]
    [InlineData("Exports rose over the 9 months of 2019.", "the 9 months of 2019", "2019-01-01", "2019-09-30")]
    [InlineData("За первое полугодие 2024 года товарооборот вырос.", "первое полугодие 2024 года", "2024-01-01", "2024-06-30")]
    public void ReadsPeriodsAsInclusiveRanges(string text, string mention, string start, string end)
    {
        var date = Assert.Single(Dates(text));
        Assert.Equal(mention, date.Text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Fact]
    public void TakesAMissingYearFromTheDocumentDateAndSaysSo()
    {
        var date = Assert.Single(Dates("The ministers will meet on March 3 in Baku.", new DateOnly(2023, 1, 20)));
        Assert.Equal(new DateOnly(2023, 3, 3), date.Value);
        Assert.True(date.Inferred);
    }

    [Fact]
    public void LeavesOutADayWithoutYearWhenTheDocumentHasNoDate()
    {
        Assert.Empty(Dates("The ministers will meet on March 3 in Baku."));
    }

    [Fact]
    public void TakesTheYearWrittenOnceForAList()
    {
        var dates = Dates("the statements of May 4, July 19 and December 1, 2016");
        Assert.Equal([new DateOnly(2016, 5, 4), new DateOnly(2016, 7, 19), new DateOnly(2016, 12, 1)], dates.Select(d => d.Value!.Value));
        Assert.All(dates, d => Assert.False(d.Inferred));
    }

    [Theory]
    [InlineData("The Parties may consider further steps.")]
    [InlineData("May the talks succeed.")]
    [InlineData("They may agree on a plan in the autumn.")]
    public void DoesNotReadTheVerbMayAsAMonth(string text)
    {
        Assert.Empty(Dates(text, new DateOnly(2022, 2, 22)));
    }

    [Fact]
    public void DoesNotReadTheAzerbaijaniWordForCostAsMay()
    {
        // "maya" (cost) is not May's dative.
        Assert.Empty(Dates("İlin əvvəlində 5 maya dəyəri hesablanıb.", new DateOnly(2022, 2, 22)));
    }

    [Fact]
    public void ReadsMayAsAMonthBeforeADayOrYear()
    {
        var dates = Dates("Signed on 9 May 2005 and reviewed in May 2010.");
        Assert.Equal([new DateOnly(2005, 5, 9), new DateOnly(2010, 5, 1)], dates.Select(d => d.Value ?? d.Start!.Value));
    }

    [Theory]
    [InlineData("Başlıq\n02 may, 2025 14:25\n\nNazirlər görüşüb.", 2025, 5, 2)]
    [InlineData("Başlıq\nTehran/17.05.23/Turan: Nazirlər görüşüb.", 2023, 5, 17)]
    [InlineData("Başlıq\nBakı / 06.03.23 / Turan:\n\nNazirlər görüşüb.", 2023, 3, 6)]
    public void ReadsAgencyDatelinesWithAShortYearOrALowerCaseMay(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DatelineReader.Read(text, text.Length).Date);
    }

    [Theory]
    [InlineData("Mayın 17-də nazirlər görüşüb.", 17, 17)]
    [InlineData("Mayın 10-dan 14-dək Bakıda mədəniyyət günləri keçirilib.", 10, 14)]
    [InlineData("Bakı, 2 may 2025, 14:25\n\nMayın 10-dan 14-dək Bakıda günlər keçirilib.", 10, 14)]
    public void ReadsAzerbaijaniMayAndDayRanges(string text, int first, int last)
    {
        var date = Assert.Single(Dates(text, new DateOnly(2025, 5, 20)), d => (d.Value ?? d.Start)!.Value.Day != 2);

        Assert.Equal(new DateOnly(2025, 5, first), date.Value ?? date.Start);
        Assert.Equal(new DateOnly(2025, 5, last), date.Value ?? date.End);
    }

    // The capital of Azerbaijani "i" is "İ", which no case-insensitive comparison folds to "i".
    [Theory]
    [InlineData("İyunun 10-da Bakıda memorandum imzalanıb.", 6, 10)]
    [InlineData("İyulun 3-də nazirlər görüşüb.", 7, 3)]
    [InlineData("Saziş 2019-cu il İyulun 3-də imzalanıb.", 7, 3)]
    public void ReadsAzerbaijaniMonthsWrittenWithTheDottedCapitalI(string text, int month, int day)
    {
        var date = Assert.Single(Dates(text, new DateOnly(2019, 12, 20)));

        Assert.Equal(new DateOnly(2019, month, day), date.Value);
    }

    // A paragraph that opens with an instrument's or an event's date has no dateline in it: the report's own date is unknown.
    [Theory]
    [InlineData("Шушинская декларация в цифрах\n\nАвтор: Эльнур Мамедов\n\nПодписанная 15 июня 2021 года Шушинская декларация о союзнических отношениях закрепила формулу юридически, а цифры показывают экономическое измерение союзничества.")]
    [InlineData("The treaty in figures\n\nOn 15 June 2021 the presidents signed a declaration on allied relations that set the formula in law, and the figures since show its economic side.")]
    public void ReadsNoDatelineFromASentenceThatOpensWithADate(string text)
    {
        Assert.Null(DatelineReader.Read(text, text.Length).Date);
    }

    [Fact]
    public void MarksTheDateTheDatelineReaderFound()
    {
        var text = "Tbilisi, March 14, Agency\nThe ministers met on 2 March 2019 to discuss transit.";
        var dateline = DatelineReader.Read(text, text.Length);
        var dates = TextExtractor.Extract(text, new ExtractionContext("en", "news", new DateOnly(2019, 3, 14), dateline.Span)).Dates;

        Assert.Null(dateline.Date);
        Assert.Equal("March 14", dateline.Span!.Value.Of(text));
        Assert.Equal([true, false], dates.Select(d => d.Dateline));
        Assert.All(Dates(text, new DateOnly(2019, 3, 14)), d => Assert.False(d.Dateline));
    }

    [Fact]
    public void TheDocumentsDatelineIsTheDateItsDateComesFrom()
    {
        var text = "MOSCOW, June 4, 2024 (Agency) - The ministers met on 2 June 2024 to discuss transit and signed a plan.";
        var analysis = DocumentPipeline.Default.AnalyseText(text, "dateline.txt").Analysis;

        Assert.Equal(new DateOnly(2024, 6, 4), analysis.Date);
        Assert.Equal([true, false], analysis.Dates.Select(d => d.Dateline));
    }

    [Theory]
    [InlineData("signed on 22 February 2022 in Moscow", 2022, 2, 22)]
    [InlineData("on February 22, 2022, the", 2022, 2, 22)]
    [InlineData(" date 2020-04-06 BAKU", 2020, 4, 6)]
    [InlineData("подписано 22 февраля 2022 года", 2022, 2, 22)]
    [InlineData("22.02.2022", 2022, 2, 22)]
    [InlineData("22 fevral 2022", 2022, 2, 22)]
    [InlineData("2022-ci il 22 fevral", 2022, 2, 22)]
    public void FindsDaysInPlainTextByTheSameRules(string text, int year, int month, int day)
    {
        var found = Assert.Single(DateExtractor.FindDays("x " + text, 2, text.Length + 2));

        Assert.Equal(new DateOnly(year, month, day), found.Value);
        Assert.Equal(found.Text, found.Span.Of("x " + text));
    }

    [Theory]
    [InlineData("22 Feb. 23:00", "22 Feb.")]
    [InlineData("Tbilisi, March 14, Agency", "March 14")]
    public void FindsADayWithoutAYearInPlainTextWithNoValue(string text, string day)
    {
        var found = Assert.Single(DateExtractor.FindDays(text, 0, text.Length));

        Assert.Null(found.Value);
        Assert.Equal(day, found.Text);
    }

    [Fact]
    public void FindsOnlyDaysInPlainText()
    {
        Assert.Empty(DateExtractor.FindDays("Trade grew in 2023 and in March 2024, this year too.", 0, 51));
    }

    [Fact]
    public void ReadsRelativeYearsAgainstTheDocumentDate()
    {
        var dates = Dates("Exports grew last year and will grow again this year.", new DateOnly(2018, 5, 1));
        Assert.Equal([2017, 2018], dates.Select(d => d.Start!.Value.Year));
        Assert.All(dates, d => Assert.True(d.Inferred));
    }

    [Theory]
    [InlineData("There are 2000 students enrolled.")]
    [InlineData("COVID-19 slowed the work.")]
    [InlineData("The budget is 1995 million roubles.")]
    public void DoesNotTakeOtherNumbersForYears(string text)
    {
        Assert.Empty(Dates(text));
    }

    [Theory]
    [InlineData("Дни культуры пройдут с 1 по 5 апреля.", "2024-04-01", "2024-04-05")]
    [InlineData("Forum martın 5-6-da Bakıda keçiriləcək.", "2024-03-05", "2024-03-06")]
    [InlineData("İxrac 2023-cü ilin dekabrında artıb.", "2023-12-01", "2023-12-31")]
    [InlineData("Товарооборот за январь-сентябрь текущего года вырос.", "2024-01-01", "2024-09-30")]
    [InlineData("Рост ускорился во втором полугодии прошлого года.", "2023-07-01", "2023-12-31")]
    [InlineData("Growth slowed in January-June of this year.", "2024-01-01", "2024-06-30")]
    public void ReadsRangesOfDaysAndMonthsTheWayEachLanguageWritesThem(string text, string start, string end)
    {
        var date = Assert.Single(Dates(text, new DateOnly(2024, 3, 1)));
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            (date.Start ?? date.Value!.Value, date.End ?? date.Value!.Value));
    }

    // News sites print their own date with a short month under the headline, with the time after it.
    [Theory]
    [InlineData("Gas deal signed\n\n3 сен 2022, 09:40\nАнна Петрова\n\nКомпании подписали соглашение.", 2022, 9, 3)]
    [InlineData("Gas deal signed\n\n3 окт 2022, 09:40\n\nКомпании подписали соглашение.", 2022, 10, 3)]
    [InlineData("Gas deal signed\n\n3 okt 2022, 09:40\n\nŞirkətlər saziş imzalayıb.", 2022, 10, 3)]
    [InlineData("Gas deal signed\n\nSep 3, 2022, 9:40 am\n\nThe companies signed a deal.", 2022, 9, 3)]
    [InlineData("Gas deal signed\n\n3 Oct 2022\n\nThe companies signed a deal.", 2022, 10, 3)]
    [InlineData("Gas deal signed\n\nTBILISI (Agency / Service - 3rd Oct, 2022) The companies signed a deal on the pipeline to the port.", 2022, 10, 3)]
    public void ReadsTheTextsOwnDateWithAnAbbreviatedMonth(string text, int year, int month, int day)
    {
        var analysis = DocumentPipeline.Default.AnalyseText(text, "short-month.txt").Analysis;

        Assert.Equal(new DateOnly(year, month, day), analysis.Date);
    }

    // "Sept. 1, 2018" inside a sentence is one date, and its dot does not end the sentence.
    [Theory]
    [InlineData("the road map agreed by the two ministers on Sept. 4, 2019 in Tbilisi", "Sept. 4, 2019", 2019, 9, 4)]
    [InlineData("the road map agreed by the two ministers on Jan. 4, 2019 in Tbilisi", "Jan. 4, 2019", 2019, 1, 4)]
    [InlineData("the road map agreed by the two ministers on Feb. 4, 2019 in Tbilisi", "Feb. 4, 2019", 2019, 2, 4)]
    [InlineData("the road map agreed by the two ministers on Aug. 4, 2019 in Tbilisi", "Aug. 4, 2019", 2019, 8, 4)]
    [InlineData("the road map agreed by the two ministers on Oct. 4, 2019 in Tbilisi", "Oct. 4, 2019", 2019, 10, 4)]
    [InlineData("the road map agreed by the two ministers on Nov. 4, 2019 in Tbilisi", "Nov. 4, 2019", 2019, 11, 4)]
    [InlineData("the road map agreed by the two ministers on Dec. 4, 2019 in Tbilisi", "Dec. 4, 2019", 2019, 12, 4)]
    [InlineData("дорожная карта, принятая министрами 4 сент. 2019 г. в Тбилиси", "4 сент. 2019 г.", 2019, 9, 4)]
    [InlineData("дорожная карта, принятая министрами 4 окт. 2019 г. в Тбилиси", "4 окт. 2019 г.", 2019, 10, 4)]
    public void AnAbbreviatedMonthWithADotIsOneDateInsideItsSentence(string text, string mention, int year, int month, int day)
    {
        using var tokens = TokenStream.Create(text);
        var date = Assert.Single(DateExtractor.Extract(tokens, null));

        Assert.Equal(mention, date.Text);
        Assert.Equal(new DateOnly(year, month, day), date.Value);
        Assert.Equal(tokens.SentenceOf[0], tokens.SentenceOf[tokens.Count - 1]);
    }
}
