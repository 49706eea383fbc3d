namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 37: two instruments joined by "and" under one date ("the Joint Statement and the Action Plan of 1 September
/// 2018", "2018-ci il 1 sentyabr tarixli Birgə Bəyanat və Fəaliyyət Planı") both carry it.
/// </summary>
public class FormsSession37Tests
{
    private static List<(string Kind, DateOnly? Date)> References(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => (r.Kind, r.Date))];

    [Theory]
    [InlineData("MOSCOW, July 4, 2022. The treaty was supplemented by the Joint Statement and the Action Plan of 1 September 2018, officials said.")]
    [InlineData("Москва, 4 июля 2022 года. Договор дополнили Совместное заявление и План действий от 1 сентября 2018 года.")]
    [InlineData("Bakı, 9 dekabr 2022. Sənədlər 2018-ci il 1 sentyabr tarixli Birgə Bəyanata və Fəaliyyət Planına əsaslanır.")]
    public void TwoInstrumentsJoinedUnderOneDateBothCarryIt(string text)
    {
        var day = new DateOnly(2018, 9, 1);
        Assert.Equal([("joint-statement", day), ("action-plan", day)], References(text).Where(r => r.Kind is "joint-statement" or "action-plan").ToList());
    }

    [Theory]
    [InlineData("MOSCOW, July 4, 2022. The ministers recalled the Joint Statement, and the Action Plan of 1 September 2018 was reviewed.")]
    [InlineData("MOSCOW, July 4, 2022. They discussed the Joint Statement and approved the Action Plan of 1 September 2018.")]
    public void AnInstrumentOutsideThePairKeepsNoDate(string text)
    {
        // (Controls: a comma, or a verb, between the two: the date is the second's alone.)
        Assert.Contains(("joint-statement", (DateOnly?)null), References(text));
    }
}
