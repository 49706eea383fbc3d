using Entente.Reports;

namespace Entente.Tests.Reports;

/// <summary>The report model from known data: counts, overdue items, changes since the previous session, sections.</summary>
public class ReportModelTests
{
    [Fact]
    public void FactsCountCommitmentsOverdueItemsChangesConsultationsAndEvents()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        Assert.Equal(new ReportFacts(
            Commitments: 3, JointlyAchieved: 1, Disagreements: 1, Items: 4, OverdueItems: 1,
            ChangesSinceLastSession: 2, ConsultationsHeld: 1, Events: 1), report.Facts);
        Assert.Equal("Ruritania–Freedonia: report to commission session 2", report.Title);
    }

    [Fact]
    public void OverdueMeansPastDueAndUnfinishedOnTheEarlierOfTheEndAndToday()
    {
        var item = new ReportItem(1, "x", "RU", null, new DateOnly(2026, 5, 1), null, new DateOnly(2026, 6, 10), "done", 100);

        Assert.True(ReportBuilder.IsOverdue(item, new DateOnly(2026, 6, 1)));
        Assert.False(ReportBuilder.IsOverdue(item, new DateOnly(2026, 6, 30)));
        Assert.False(ReportBuilder.IsOverdue(item with { Status = "cancelled", CompletedOn = null }, new DateOnly(2026, 6, 1)));
        Assert.False(ReportBuilder.IsOverdue(item with { DueOn = null, CompletedOn = null, Status = "planned" }, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void JointStatusIsSharedAgreementDisagreementOrPending()
    {
        var data = ReportSamples.Data();

        Assert.Equal(["achieved", ReportBuilder.Disagreement, ReportBuilder.Pending], data.Commitments.Select(c => ReportBuilder.JointOf(data.Parties, c)));
    }

    [Fact]
    public void ChangesSinceTheSessionListOnlyWhatFollowedThePreviousSessionWithOldAndNewValues()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        var changes = Section(report, "changes");
        Assert.Equal("What changed since session 1", changes.Heading);
        var table = Assert.Single(changes.Blocks.OfType<ReportTable>());
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("status: in-progress → achieved", table.Rows[0][3]);
        Assert.Equal("percent done: 10 → 40", table.Rows[1][3]);
        Assert.Equal("RU assessment of Declaration, clause 1", table.Rows[0][2]);
    }

    [Fact]
    public void StatusPerSphereCountsACommitmentUnderEachOfItsSpheres()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        var chart = Assert.Single(Section(report, "status").Blocks.OfType<ReportChart>());
        Assert.True(chart.Stacked);
        var trade = chart.Table.Rows.Single(r => r[0] == "Trade and economy");
        var headings = chart.Table.Headings.ToList();
        Assert.Equal("1", trade[headings.IndexOf("achieved")]);
        Assert.Equal("1", trade[headings.IndexOf("disagreement")]);
        Assert.Equal("2", trade[^1]);
        // One table per Party, without a "disagreement" column (a Party does not disagree with itself).
        var ru = Section(report, "status").Blocks.OfType<ReportTable>().Single(t => t.Caption.EndsWith("RU", StringComparison.Ordinal));
        Assert.DoesNotContain("disagreement", ru.Headings);
        var ruTrade = ru.Rows.Single(r => r[0] == "Trade and economy");
        Assert.Equal("1", ruTrade[ru.Headings.ToList().IndexOf("in progress")]);
        Assert.Equal("1", ruTrade[ru.Headings.ToList().IndexOf("achieved")]);
    }

    [Fact]
    public void RoadmapProgressComparesTheBaselineWithWhatIsDone()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        var chart = Assert.Single(Section(report, "roadmaps").Blocks.OfType<ReportChart>());
        Assert.Contains("Spring baseline", chart.Table.Caption, StringComparison.Ordinal);
        var transport = chart.Table.Rows.Single(r => r[0].EndsWith("Transport", StringComparison.Ordinal));
        // Items 100, 101, 102 were due by 30 June in the baseline; 101 is done; 100 is overdue.
        Assert.Equal(["3", "3", "1", "1"], transport.Skip(1).Take(4));
        var unassigned = chart.Table.Rows.Single(r => r[0] == "Items under no roadmap");
        Assert.Equal("0", unassigned[2]);
    }

    [Fact]
    public void IndicatorsChartTheValuesUpToTheEndWithTheirSources()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        var chart = Assert.Single(Section(report, "indicators").Blocks.OfType<ReportChart>());
        Assert.Equal(ReportChartKind.Line, chart.Kind);
        Assert.Equal(["2024", "2025"], chart.Categories);
        Assert.Equal([3e9, 3.4e9], chart.Series.Single().Values);
        Assert.Equal("almost US$3.4 billion", chart.Table.Rows[1][1]);
        Assert.Contains("Customs yearbook 2024", Section(report, "sources").Blocks.OfType<ReportList>().Single().Items);
        Assert.DoesNotContain("Not yet ended: left out", Section(report, "sources").Blocks.OfType<ReportList>().Single().Items);
    }

    [Fact]
    public void TheSessionSectionCarriesItsAgendaAndDecisions()
    {
        var report = ReportBuilder.Build(ReportSamples.Data());

        var session = Section(report, "session");
        Assert.Equal("Commission session 2", session.Heading);
        Assert.Contains(session.Blocks.OfType<ReportList>(), l => l.Items.Contains("1. Open the new route."));
    }

    [Fact]
    public void AnEmptyPartnershipStillGivesEverySectionAPlainSentence()
    {
        var report = ReportBuilder.Build(new ReportData
        {
            PartnershipName = "Empty",
            ViewLabel = "the shared view",
            From = new DateOnly(2026, 1, 1),
            To = new DateOnly(2026, 1, 31),
            Today = new DateOnly(2026, 6, 1),
        });

        Assert.Equal(["summary", "status", "roadmaps", "changes", "overdue", "indicators", "consultations", "events", "sources"], report.Sections.Select(s => s.Id));
        Assert.All(report.Sections, s => Assert.NotEmpty(s.Blocks));
        Assert.Equal(0, report.Facts.OverdueItems);
    }

    private static ReportSection Section(Report report, string id) => report.Sections.Single(s => s.Id == id);
}
