using Entente.Web.Charts;

namespace Entente.Tests;

/// <summary>The x axis of a series: years as years with gaps kept, a line only through what a source stated.</summary>
public class PeriodAxisTests
{
    private static (DateOnly, DateOnly) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    [Fact]
    public void AYearlySeriesShowsEveryYearAndAYearWithoutAValueBreaksTheLine()
    {
        var axis = PeriodAxis.For([Year(2019), Year(2021), Year(2022)]);

        Assert.Equal(["2019", "2020", "2021", "2022"], axis.Labels);
        Assert.Equal(2, axis.SlotOf(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));
        Assert.Equal(new decimal?[] { 3.2m, null, 3.4m, 4.1m }, axis.LineValues([(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), 3.2m), (new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), 3.4m), (new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), 4.1m)]));
    }

    [Fact]
    public void TwoDifferentValuesForOnePeriodAreLeftOffTheLineButTheSameValueTwiceIsOnIt()
    {
        var day = new DateOnly(2022, 2, 22);
        var later = new DateOnly(2022, 4, 4);
        var axis = PeriodAxis.For([(day, day), (day, day), (later, later)]);

        Assert.Equal(2, axis.Labels.Count);
        Assert.Equal(new decimal?[] { null, 150m }, axis.LineValues([(day, day, 300m), (day, day, 340m), (later, later, 150m)]));
        Assert.Equal(new decimal?[] { 14m, null }, axis.LineValues([(day, day, 14m), (day, day, 14m)]));
    }

    [Fact]
    public void PeriodsThatAreNotWholeYearsKeepTheirOrderAndNames()
    {
        var months = (new DateOnly(2021, 1, 1), new DateOnly(2021, 11, 30));
        var axis = PeriodAxis.For([Year(2021), months]);

        Assert.Equal(2, axis.Labels.Count);
        Assert.Equal(0, axis.SlotOf(months.Item1, months.Item2));
        Assert.Equal("2021", axis.Labels[1]);
    }
}
