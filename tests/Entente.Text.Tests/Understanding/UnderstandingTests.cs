using Entente.Text.Understanding;

namespace Entente.Text.Tests.Understanding;

public class UnderstandingTests
{
    [Theory]
    [InlineData("The Parties shall cooperate in the fields of trade and energy and will hold consultations.", "en")]
    [InlineData("Стороны будут развивать сотрудничество в области торговли и энергетики, а также проводить консультации.", "ru")]
    [InlineData("Tərəflər ticarət və energetika sahəsində əməkdaşlığı inkişaf etdirəcək və məsləhətləşmələr keçirəcəklər.", "az")]
    [InlineData("12 34 56", "und")]
    [InlineData("", "und")]
    public void DetectsTheLanguageOrSaysUndetermined(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("signed on 22 February 2022 in Moscow", 2022, 2, 22)]
    [InlineData("on February 22, 2022, the", 2022, 2, 22)]
    [InlineData(" date 2020-04-06 BAKU", 2020, 4, 6)]
    [InlineData("подписано 22 февраля 2022 года", 2022, 2, 22)]
    [InlineData("22.02.2022", 2022, 2, 22)]
    [InlineData("22 fevral 2022", 2022, 2, 22)]
    public void FindsWrittenOutDates(string text, int year, int month, int day)
    {
        var found = Assert.Single(DateFinder.Find(text, 0, text.Length));

        Assert.Equal(new DateOnly(year, month, day), found.Value);
    }

    [Fact]
    public void ADateWithoutAYearHasNoValue()
    {
        var found = Assert.Single(DateFinder.Find("22 Feb. 23:00", 0, 13));

        Assert.Null(found.Value);
        Assert.Equal((2, 22), (found.Month, found.Day));
    }

    [Fact]
    public void FindsStatesByTheirNamesInThreeLanguages()
    {
        var text = "between the Russian Federation and the Republic of Azerbaijan; Российской Федерации; Azərbaycan Respublikası; Türkiye";

        Assert.Equal(["RU", "AZ", "RU", "AZ", "TR"], CountryTable.Find(text).Select(m => m.Code));
    }

    [Fact]
    public void MapsAlpha3CodesToAlpha2()
    {
        Assert.Equal("AZ", CountryTable.Alpha2FromAlpha3("AZE"));
        Assert.Equal("XK", CountryTable.Alpha2FromAlpha3("RKS"));
        Assert.Null(CountryTable.Alpha2FromAlpha3("ZZZ"));
    }
}
