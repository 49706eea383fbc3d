namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 37: two instruments joined by "and" under one date ("the Joint Statement and the Action Plan of 1 September
/// 2018", "2018-ci il 1 sentyabr tarixli Birgə Bəyanat və Fəaliyyət Planı") both carry it; trade told in the perfect
/// ("Trade has grown from $600 million in 2000 to $2.9 billion in 2021") is the pair's; a change told past a comma with
/// a time of its own ("…, and in January–May 2022 it rose by a further 20%") is not the figure's before it.
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

    private static IReadOnlyList<Analysis.Claim> TradeClaims(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.Claims.Where(c => c.Indicator == "trade-turnover")];

    [Fact]
    public void TradeToldInThePerfectIsThePairs()
    {
        var text = "MOSCOW, July 4, 2022. Russia and Azerbaijan marked the anniversary of the treaty. Trade has grown from $600 million in 2000 to $2.9 billion in 2021, officials said.";
        Assert.Equal([(2000, 600_000_000m), (2021, 2_900_000_000m)], TradeClaims(text).Select(c => (c.Period.Start.Year, c.Value)).ToList());
    }

    [Theory]
    [InlineData("MOSCOW, July 4, 2022. Trade between Russia and Azerbaijan grew to $2.9 billion in 2021, and in January–May 2022 it rose by a further 20% year on year.", false)]
    [InlineData("MOSCOW, July 4, 2022. Trade between Russia and Azerbaijan grew to $2.9 billion in 2021, up 20% on 2020.", true)]
    public void AChangeWithATimeOfItsOwnIsNotTheFiguresBefore(string text, bool hasChange)
    {
        var claim = Assert.Single(TradeClaims(text));
        Assert.Equal(hasChange, claim.Change is not null);
    }
}
