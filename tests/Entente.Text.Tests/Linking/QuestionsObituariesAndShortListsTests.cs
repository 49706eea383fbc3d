using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 32: a question asks and reports nothing; an obituary tells a life, not activity; "A, B and C" with one comma is
/// an enumeration of three, as "A, B, and C" is.
/// </summary>
public class QuestionsObituariesAndShortListsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("2", "The sides support their compatriots.", null),
            new CandidateClause("3", "The sides develop education.", null),
            new CandidateClause("4", "The sides develop libraries and museums.", null),
        ],
        [
            MadeUpPartnership.Profile("2", names: new() { ["en"] = ["compatriot*"], ["ru"] = ["соотечественник*"], ["az"] = ["həmvətən*"] }),
            MadeUpPartnership.Profile("3", names: new() { ["en"] = ["students"], ["ru"] = ["университет*"], ["az"] = ["Universitet*"] }),
            MadeUpPartnership.Profile("4", names: new() { ["en"] = ["librar*"], ["ru"] = ["библиотек*"] }, terms: new() { ["en"] = ["film club"], ["ru"] = ["киноклуб*"] }),
        ]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Ташкент, 14 мая 2023 года. Посол Казахстана в Узбекистане ответил на вопросы.\n\n— Вы имеете в виду соотечественников?\n\n— Нет, речь о транзите.")]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan's ambassador to Uzbekistan answered our questions.\n\nQ: Do you mean the compatriots?\n\nA: No, I mean transit.")]
    public void AQuestionReportsNothing(string text)
    {
        Assert.DoesNotContain("2", Clauses(text));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan's ambassador to Uzbekistan answered our questions.\n\n— Mr Petrov, this year the agenda was dominated by transit and by help to compatriots. Why did you choose schools?\n\n— Because schools are what I know.")]
    [InlineData("Ташкент, 14 мая 2023 года. Посол Казахстана в Узбекистане ответил на вопросы.\n\nВопрос: В этом году повестку определяли транзит и помощь соотечественникам. Почему вы выбрали школы?\n\nОтвет: Потому что школы мне ближе.")]
    public void AnInterviewersTurnThatEndsInAQuestionReportsNothing(string text)
    {
        Assert.DoesNotContain("2", Clauses(text));
    }

    [Fact]
    public void AParagraphOfReportThatEndsInAQuestionStillReports()
    {
        Assert.Contains("2", Clauses("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan opened three centres for compatriots in Tashkent this year. Will more follow?"));
    }

    [Fact]
    public void TheAnswerStillReports()
    {
        Assert.Contains("2", Clauses("Ташкент, 14 мая 2023 года. Посол Казахстана в Узбекистане ответил на вопросы.\n\n— Как вы помогаете соотечественникам?\n\n"
            + "— Мы открыли для соотечественников в Узбекистане три новых центра."));
    }

    [Theory]
    [InlineData("Ivan Petrov, diplomat, dies at 86\n\nASTANA, September 16, 2025. Ivan Petrov, a Kazakh diplomat who worked for years in Uzbekistan, died in Astana on Sunday at the age of 86.\n\n"
        + "He later taught at a university in Tashkent, where a generation of Kazakh and Uzbek students attended his seminars.")]
    [InlineData("Ушёл из жизни дипломат Иван Петров\n\nАСТАНА, 16 сентября 2025. На 87-м году жизни скончался Иван Петров, казахский дипломат, много лет работавший в Узбекистане.\n\n"
        + "В последние годы он преподавал в университете в Ташкенте, где у него учились студенты из Казахстана и Узбекистана.")]
    [InlineData("İvan Petrov (1938–2025)\n\nAstana, 16 sentyabr 2025.\n\nÖmrünün 87-ci ilində Özbəkistanda uzun illər işləmiş qazax diplomatı İvan Petrov vəfat edib.\n\n"
        + "O, Daşkənd Dövlət Universitetində qazax və özbək tələbələrə dərs deyib.")]
    public void AnObituaryTellsALifeNotActivity(string text)
    {
        Assert.DoesNotContain("3", Clauses(text));
    }

    [Fact]
    public void DeathsInAReportOfActivityDoNotMakeItAnObituary()
    {
        Assert.Contains("3", Clauses("Uzbek university opens in Astana\n\nASTANA, September 16, 2025. Two workers died in an accident on the site last year, "
            + "but the Kazakh branch of an Uzbek university opened on Monday. Its first 300 students started on Monday."));
    }

    [Theory]
    [InlineData("Ташкент, 14 мая 2023 года. Узбекский культурный центр в Астане откроет филиал в Караганде: там будут курсы узбекского языка, библиотека и киноклуб.")]
    [InlineData("Tashkent, 14 May 2023. The Uzbek cultural centre in Astana will open a branch in Karaganda: it will house language courses, a library and a film club.")]
    public void ANameListedAsOneOfThreeItemsWithOneCommaIsATerm(string text)
    {
        var link = Assert.Single(MadeUpPartnership.Links(text, s_treaty), l => l.Clause == "4");
        Assert.Equal("terms", link.Evidence);
    }

    [Fact]
    public void ANameThatIsNoItemStaysAName()
    {
        var link = Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan opened a joint library in Karaganda, and a film club will follow.", s_treaty),
            l => l.Clause == "4");
        Assert.Equal("name", link.Evidence);
    }
}
