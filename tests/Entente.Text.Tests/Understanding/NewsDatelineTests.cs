using Entente.Text.Pipeline;
using Entente.Text.Understanding;

namespace Entente.Text.Tests.Understanding;

/// <summary>
/// A news report's dateline: a line that gives the date above the written dateline, and the agency that filed the report.
/// </summary>
public class NewsDatelineTests
{
    [Fact]
    public void ADateLineAboveTheWrittenDatelineLeavesTheReportsFirstDayToItsEvent()
    {
        const string text = "date 2023-06-15\nParliaments' commission meets in Lima\n\nLIMA, June 15 (Andes Press). The commission of the two parliaments met in Lima on June 14. " +
                            "On the same day the sides signed a programme of inter-parliamentary cooperation for 2023-2025.";

        var analysis = DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis;

        Assert.Equal(new DateOnly(2023, 6, 15), analysis.Date);
        Assert.Equal("Lima", analysis.Place);
        Assert.Equal(new DateOnly(2023, 6, 14), Assert.Single(analysis.References).Date);
    }

    // Session 33: a headline that names a day is no dateline when a place and its date open a line after it.
    [Theory]
    [InlineData("Congress: agenda of the plenary sitting of May 21, 2021\n\nLIMA, May 20, 2021 (Congress press service).\n\nThe sitting will be held on Friday.", 2021, 5, 20, "Lima")]
    [InlineData("Вечерний дайджест: главное за 3 марта\n\nЛИМА, 3 марта 2025. /«Анды-Дайджест»/. Собрали главные новости дня.", 2025, 3, 3, "Лима")]
    [InlineData("LIMA, May 20, 2021 (Congress press service). The sitting of May 21 will be held on Friday.", 2021, 5, 20, "Lima")]
    public void TheDatelineIsTheLineThatOpensWithAPlaceAndItsDate(string text, int year, int month, int day, string place)
    {
        var dateline = DatelineReader.Read(text, text.Length);

        Assert.Equal((new DateOnly(year, month, day), place), (dateline.Date, dateline.Place));
    }

    [Fact]
    public void AHeadlinesDayIsTheDateWhenNoDatelineFollows()
    {
        const string text = "Agenda of the plenary sitting of May 21, 2021\n\nThe next plenary sitting will be held on Friday.";

        Assert.Equal(new DateOnly(2021, 5, 21), DatelineReader.Read(text, text.Length).Date);
    }

    [Theory]
    [InlineData("LIMA, June 15, 2023 (Andes Press). The ministers met.", "Andes Press")]
    [InlineData("ЛИМА, 15 июня 2023 года. /Спорт-Анды/. Министры встретились.", "Спорт-Анды")]
    [InlineData("Лима, 15 июня 2023 года, 11:06 — ИА Анды. Министры встретились.", "ИА Анды")]
    [InlineData("date 2023-06-15\nHeadline\n\nLIMA, June 15 (Andes Press). The ministers met.", "Andes Press")]
    public void TheAgencyIsWhatTheDatelineNamesAfterItsDate(string text, string agency)
    {
        Assert.Equal(agency, DatelineReader.ReadAgency(text, text.Length)?.Of(text));
    }

    [Theory]
    [InlineData("LIMA, June 15, 2023. The ministers met (in private) to talk.")]
    [InlineData("The ministers met in Lima on June 15, 2023 (a Thursday).")]
    public void NoAgencyWithoutOneRightAfterTheDatelinesDate(string text)
    {
        Assert.Null(DatelineReader.ReadAgency(text, text.Length));
    }
}
