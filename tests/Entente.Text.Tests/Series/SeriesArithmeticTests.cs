using Entente.Text.Analysis;
using Entente.Text.Conflicts;
using Entente.Text.Pipeline;
using Entente.Text.Series;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Series;

/// <summary>Period precision, the totals growth rates imply, the sentence around a figure, and the counts that conflict.</summary>
public class SeriesArithmeticTests
{
    private static Period P(string start, string end) => new(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2021-01-01", "2021-12-31", PeriodPrecision.Year)]
    [InlineData("2021-01-01", "2021-11-30", PeriodPrecision.Months)]
    [InlineData("2021-11-01", "2021-11-30", PeriodPrecision.Month)]
    [InlineData("2021-04-01", "2021-06-30", PeriodPrecision.Quarter)]
    [InlineData("2021-02-01", "2021-04-30", PeriodPrecision.Months)]
    [InlineData("2021-07-01", "2021-12-31", PeriodPrecision.HalfYear)]
    [InlineData("2024-01-01", "2026-12-31", PeriodPrecision.Years)]
    [InlineData("2022-02-22", "2022-02-22", PeriodPrecision.Day)]
    [InlineData("2022-02-22", "2022-03-10", PeriodPrecision.Range)]
    [InlineData("2020-02-01", "2020-02-29", PeriodPrecision.Month)]
    public void APeriodIsAsPreciseAsItsFirstAndLastDaySay(string start, string end, string expected) =>
        Assert.Equal(expected, PeriodPrecision.Of(P(start, end)));

    [Fact]
    public void TheYearBeforeKeepsTheSameMonthsAndHandlesTheLeapDay()
    {
        Assert.Equal(P("2020-01-01", "2020-11-30"), PeriodPrecision.YearBefore(P("2021-01-01", "2021-11-30")));
        Assert.Equal(P("2019-02-01", "2019-02-28"), PeriodPrecision.YearBefore(P("2020-02-01", "2020-02-29")));
    }

    [Fact]
    public void ATotalWithItsGrowthImpliesThePreviousTotalRoundedToThreeDigits()
    {
        var claim = new Claim(new TextSpan(0, 3))
        {
            Indicator = IndicatorKeys.TradeTurnover, Period = P("2021-01-01", "2021-12-31"), Value = 3_400_000_000m, Unit = "USD",
            Change = new Change(16, "percent"),
        };

        var implied = GrowthArithmetic.PreviousTotal(claim);

        Assert.Equal(new ImpliedValue(P("2020-01-01", "2020-12-31"), 2_930_000_000m), implied);
        Assert.Null(GrowthArithmetic.PreviousTotal(claim with { Change = new Change(16, "percent") { Since = P("2018-01-01", "2018-12-31") } }));
        Assert.Null(GrowthArithmetic.PreviousTotal(claim with { Change = null }));
        Assert.Null(GrowthArithmetic.PreviousTotal(claim with { Change = new Change(-100, "percent") }));
        Assert.Equal(2_500_000_000m, GrowthArithmetic.PreviousTotal(claim with { Value = 2_000_000_000m, Change = new Change(-20, "percent") })!.Value);
    }

    [Theory]
    [InlineData(2931034482.76, 2930000000)]
    [InlineData(0.123456, 0.123)]
    [InlineData(27.46, 27.5)]
    [InlineData(-1555, -1560)]
    public void RoundingKeepsSignificantDigits(double value, double expected) =>
        Assert.Equal((decimal)expected, GrowthArithmetic.Significant((decimal)value, 3));

    [Fact]
    public void TheSentenceAroundAFigureIgnoresDecimalPoints()
    {
        const string text = "First sentence. Trade reached US$3.4 billion in 2021, up 16 percent. Last one.";
        var at = text.IndexOf("US$", StringComparison.Ordinal);

        Assert.Equal("Trade reached US$3.4 billion in 2021, up 16 percent.", Sentences.Around(text, new TextSpan(at, at + 14)));
    }

    [Fact]
    public void DocumentsSignedOnOneDayCountedDifferentlyAreACountMismatch()
    {
        var day = P("2024-07-10", "2024-07-10");
        SourcedClaim Signed(string source, decimal value) =>
            new(source, new Claim(new TextSpan(0, 2)) { Indicator = IndicatorKeys.SignedDocuments, Period = day, Value = value, Unit = "count" });

        var conflict = Assert.Single(ConflictDetector.Detect([Signed("a", 12), Signed("b", 15)]));

        Assert.Equal(ConflictKinds.CountMismatch, conflict.Kind);
        Assert.Empty(ConflictDetector.Detect([Signed("a", 12), Signed("b", 12)]));
    }

    [Fact]
    public void TheClausesOfADeclarationAreAFixedCount()
    {
        const string a = "Baku, 1 March 2022. The Declaration has 43 paragraphs covering every sphere of cooperation.";
        const string b = "Moscow, 5 March 2022. The Declaration, a document of 44 clauses, was signed in Moscow.";
        var claims = new[] { a, b }.Select((text, n) => DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.Claims
            .Select(c => new SourcedClaim(n.ToString(System.Globalization.CultureInfo.InvariantCulture), c with { Unit = "count" })).Single()).ToList();

        var conflict = Assert.Single(ConflictDetector.Detect(claims));

        Assert.Equal(IndicatorKeys.Clauses, claims[0].Claim.Indicator);
        Assert.Equal(ConflictKinds.CountMismatch, conflict.Kind);
    }
}
