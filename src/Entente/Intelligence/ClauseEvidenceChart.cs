using System.Globalization;
using Entente.Text.Linking;
using Entente.Web;
using Entente.Web.Charts;
using Microsoft.Extensions.Localization;

namespace Entente.Intelligence;

/// <summary>
/// A commitment's links over time: stacked bars per year (per quarter when the dated links span less than two years)
/// of evidence of the baseline, evidence after signing and citations. Every bar opens the clause page narrowed to
/// its period, where the sources are listed. Undated links are listed on the page but have no bar.
/// </summary>
public static class ClauseEvidenceChart
{
    /// <summary>Below this many quarters from the first dated link to the last, the bars are quarters rather than years.</summary>
    private const int MaxQuarters = 8;

    private const string BaselineColour = "#8a8f98";
    private const string EvidenceColour = "#009e73";
    private const string CitationColour = "#0072b2";

    /// <summary>The chart of <paramref name="clause"/>'s dated links, or null when none is dated.</summary>
    public static ChartModel? For(ClauseView clause, IStringLocalizer<IntelligenceText> texts)
    {
        var dated = clause.Documents.Where(d => d.When is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var periods = Periods(dated.Min(d => d.When!.Value), dated.Max(d => d.When!.Value));
        var axis = PeriodAxis.For(periods);
        var address = $"/agreements/{clause.AgreementId}/clauses/{Uri.EscapeDataString(clause.Number)}";
        var bars = new (string Name, string Colour, string Anchor, Func<ClauseLinkView, bool> Counts)[]
        {
            (texts["Evidence of the baseline"], BaselineColour, "evidence-title", d => d.Kind == ClauseLinkKinds.Evidences && d.Baseline),
            (texts["Evidence after signing"], EvidenceColour, "evidence-title", d => d.Kind == ClauseLinkKinds.Evidences && !d.Baseline),
            (texts["Citations"], CitationColour, "documents-title", d => d.Kind != ClauseLinkKinds.Evidences),
        };
        int Count((DateOnly Start, DateOnly End) period, Func<ClauseLinkView, bool> counts) =>
            dated.Count(d => d.When >= period.Start && d.When <= period.End && counts(d));

        var option = new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 8, right = 16, top = 48, bottom = 8 },
            xAxis = new { type = "category", data = axis.Labels },
            yAxis = new { type = "value", minInterval = 1, name = texts["Links"].Value },
            series = bars.Select(bar => new
            {
                name = bar.Name,
                type = "bar",
                stack = "links",
                itemStyle = new { color = bar.Colour },
                data = periods.Select(p => Count(p, bar.Counts) is var n && n > 0
                    ? new { value = n, url = (string?)$"{address}?{PeriodQuery(p)}#{bar.Anchor}" }
                    : new { value = 0, url = (string?)null }).ToList(),
            }).ToList(),
        };
        var rows = periods.Select(p => (IReadOnlyList<string>)
            [Format.Period(p.Start, p.End), .. bars.Select(bar => Format.Number(Count(p, bar.Counts)))]).ToList();
        var undated = clause.Documents.Count - dated.Count;
        return new ChartModel("clause-links", texts["Links to clause {0} over time", clause.Number], option,
            new ChartTable([texts["Period"], .. bars.Select(b => b.Name)], rows))
        {
            Description = undated == 0
                ? texts["Dated by the reported activity, else by the document. Select a bar to list its sources."]
                : texts["Dated by the reported activity, else by the document; {0} undated links are listed below only. Select a bar to list its sources.", undated],
        };
    }

    /// <summary>The query that narrows the clause page to one period.</summary>
    public static string PeriodQuery((DateOnly Start, DateOnly End) period) =>
        string.Create(CultureInfo.InvariantCulture, $"from={period.Start:yyyy-MM-dd}&to={period.End:yyyy-MM-dd}");

    /// <summary>Every calendar year from the first date's to the last's, or every quarter when they are fewer than <see cref="MaxQuarters"/>.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> Periods(DateOnly first, DateOnly last)
    {
        var firstQuarter = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1);
        var quarters = ((last.Year - first.Year) * 4) + ((last.Month - 1) / 3) - ((first.Month - 1) / 3) + 1;
        if (quarters <= MaxQuarters)
        {
            return [.. Enumerable.Range(0, quarters).Select(i => firstQuarter.AddMonths(3 * i)).Select(s => (s, s.AddMonths(3).AddDays(-1)))];
        }

        return [.. Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(y => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)))];
    }
}
