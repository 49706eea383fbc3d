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
    [InlineData("Оверчук: Россия и Азербайджан выполнили большую часть дорожных карт\n\nБАКУ, 14 ноября. /ТАСС/. Россия и Азербайджан реализовали около 80% мероприятий.", "Оверчук: Россия и Азербайджан выполнили большую часть дорожных карт")]
    [InlineData("Trade between the two countries reached a record\nMOSCOW, June 4, 2024 (Agency) - Trade grew.", "Trade between the two countries reached a record")]
    // A speaker's turn is no title: no dateline follows it.
    [InlineData("Vladimir Putin: Good afternoon, colleagues\nWe have met to discuss the economy.", null)]
    [InlineData("MOSCOW, June 4, 2024 (Agency)\nTrade grew.", null)]
    // A line that is only the publication's date (labelled or not) stands above the headline.
    [InlineData("date 2024-10-08\nUzbek culture days open in Baku\n\nBaku, 8 October. AZERTAC. The days opened.", "Uzbek culture days open in Baku")]
    [InlineData("2024-10-08\nUzbek culture days open in Baku\n\nBaku, 8 October. AZERTAC. The days opened.", "Uzbek culture days open in Baku")]
    [InlineData("Дата: 8 октября 2024\nВ Баку открылись дни культуры\n\nБАКУ, 8 октября. /ТАСС/. Дни открылись.", "В Баку открылись дни культуры")]
    [InlineData("date 2025-11-14\nHəftənin icmalı: turizm marşrutu, narkotik yükü\n\nBakı, 14 noyabr. Qafqaz İcmalı. Marşrut açılır.", "Həftənin icmalı: turizm marşrutu, narkotik yükü")]
    public void ReadsTheTitleOfANewsItem(string text, string? title)
    {
        Assert.Equal(title, DatelineReader.ReadTitle(text, text.Length, DatelineReader.Read(text, text.Length))?.Text);
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
