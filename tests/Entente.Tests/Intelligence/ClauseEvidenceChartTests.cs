using Entente.Intelligence;
using Entente.Text.Linking;
using Microsoft.Extensions.Localization;

namespace Entente.Tests.Intelligence;

/// <summary>A commitment's links over time: quarters when they are close together, years otherwise, a bar per kind that opens its period.</summary>
public class ClauseEvidenceChartTests
{
    [Fact]
    public void LinksWithinTwoYearsAreCountedByQuarterWithEmptyQuartersKept()
    {
        var periods = ClauseEvidenceChart.Periods(new DateOnly(2023, 2, 14), new DateOnly(2023, 11, 3));

        Assert.Equal(
            [(new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31)), (new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 30)),
             (new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 30)), (new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31))],
            periods);
        Assert.Equal(8, ClauseEvidenceChart.Periods(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)).Count);
    }

    [Fact]
    public void LinksSpreadOverMoreThanTwoYearsAreCountedByYear()
    {
        var periods = ClauseEvidenceChart.Periods(new DateOnly(2019, 12, 31), new DateOnly(2022, 1, 1));

        Assert.Equal([2019, 2020, 2021, 2022], periods.Select(p => p.Start.Year));
        Assert.All(periods, p => Assert.Equal((1, 1, 12, 31), (p.Start.Month, p.Start.Day, p.End.Month, p.End.Day)));
    }

    [Fact]
    public void EachKindIsASeriesAndEachBarOpensTheClausePageNarrowedToItsPeriod()
    {
        var clause = new ClauseView(7, "key", "Title", "22", null!,
        [
            Link(ClauseLinkKinds.Evidences, new DateOnly(2021, 10, 10), baseline: true),
            Link(ClauseLinkKinds.Evidences, new DateOnly(2023, 11, 14), baseline: false),
            Link(ClauseLinkKinds.Evidences, new DateOnly(2023, 5, 1), baseline: false),
            Link(ClauseLinkKinds.Cites, new DateOnly(2023, 2, 2), baseline: false),
            Link(ClauseLinkKinds.Cites, null, baseline: false),
        ]);

        var chart = ClauseEvidenceChart.For(clause, new EnglishTexts())!;

        Assert.Equal(["2021", "1", "0", "0"], chart.Table.Rows[0]);
        Assert.Equal(["2022", "0", "0", "0"], chart.Table.Rows[1]);
        Assert.Equal(["2023", "0", "2", "1"], chart.Table.Rows[2]);
        Assert.Contains("\"url\":\"/agreements/7/clauses/22?from=2023-01-01\\u0026to=2023-12-31#evidence-title\"", chart.OptionJsonText, StringComparison.Ordinal);
        Assert.Contains("#documents-title", chart.OptionJsonText, StringComparison.Ordinal);
        Assert.Contains("1 undated", chart.Description, StringComparison.Ordinal);
        Assert.Null(ClauseEvidenceChart.For(clause with { Documents = [Link(ClauseLinkKinds.Cites, null, baseline: false)] }, new EnglishTexts()));
    }

    private static ClauseLinkView Link(string kind, DateOnly? when, bool baseline) =>
        new(1, "t", null, when, "s", 7, "22", kind, "name", 0.9, "cue", when, "day", baseline, [0, 1], "passage");

    /// <summary>The texts as written in the code (English), with their values filled in.</summary>
    private sealed class EnglishTexts : IStringLocalizer<IntelligenceText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
