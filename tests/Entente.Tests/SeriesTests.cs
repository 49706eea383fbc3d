using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>Claims from ingested documents in the indicator series: one point with many sources, derived points, period precision.</summary>
public class SeriesTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSameClaimFromTwoDocumentsIsOnePointWithTwoSourcesAndGrowthImpliesADerivedPoint(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);

        await SeriesTexts.IngestAsync(target,
            ("growth.txt", "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion, the deputy prime minister said."),
            ("customs.txt", "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion."),
            ("elevenmonths.txt", "Moscow, 2 April 2024. In January–November 2023, trade turnover between Russia and Azerbaijan amounted to US$3.6 billion."),
            ("repeat2021.txt", "Baku, 3 March 2022. Trade turnover between Russia and Azerbaijan in 2021 reached US$3.4 billion."));

        await using var db = EntenteDatabase.CreateContext(target);
        var documents = await db.SourceDocuments.ToDictionaryAsync(d => Path.GetFileName(d.Source), d => d.Id, Ct);
        var trade = await db.Observations.Include(o => o.Sources).Where(o => o.IndicatorKey == "trade-turnover").ToListAsync(Ct);

        var year2023 = Assert.Single(trade, o => o.PeriodStart == new DateOnly(2023, 1, 1) && o.PeriodEnd == new DateOnly(2023, 12, 31));
        Assert.Equal(4_000_000_000m, year2023.Value);
        Assert.Equal("year", year2023.PeriodPrecision);
        Assert.False(year2023.Derived);
        Assert.Equal(new[] { documents["customs.txt"], documents["growth.txt"] }.Order(), year2023.Sources.Select(s => s.SourceDocumentId).Order());
        var growthSource = year2023.Sources.Single(s => s.SourceDocumentId == documents["growth.txt"]);
        Assert.Equal(25m, growthSource.ChangePercent);
        Assert.Equal("US$4 billion", growthSource.Quote);
        Assert.Equal("exact", growthSource.Qualifier);
        Assert.Contains("grew by 25 percent", growthSource.Passage, StringComparison.Ordinal);

        var derived = Assert.Single(trade, o => o.Derived);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (derived.PeriodStart, derived.PeriodEnd));
        Assert.Equal(3_200_000_000m, derived.Value);
        Assert.Equal(year2023.Id, derived.DerivedFromId);
        Assert.Empty(derived.Sources);

        // January–November is its own point: not the year, not rounded to it.
        var elevenMonths = Assert.Single(trade, o => o.PeriodEnd == new DateOnly(2023, 11, 30));
        Assert.Equal((new DateOnly(2023, 1, 1), "months", 3_600_000_000m), (elevenMonths.PeriodStart, elevenMonths.PeriodPrecision, elevenMonths.Value));

        // The sample's 2021 point (a written citation) gains the document as a second source instead of a twin point.
        var year2021 = Assert.Single(trade, o => o.PeriodStart == new DateOnly(2021, 1, 1) && o.PeriodEnd == new DateOnly(2021, 12, 31) && !o.Derived);
        Assert.NotNull(year2021.Citation);
        Assert.Equal(documents["repeat2021.txt"], Assert.Single(year2021.Sources).SourceDocumentId);
    }

    [Fact]
    public async Task AnotherPairsTradeNeverBecomesAPointOfThePartnership()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(target,
            ("kazakhstan.txt", "Astana, 1 September 2022. Kazakhstan and Russia discussed trade. Last year, bilateral trade between Russia and Kazakhstan "
                + "exceeded $25 billion, Kazakhstan's prime minister said. Kazakhstan expects more in 2022."),
            ("mixed.txt", "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 reached US$4.4 billion. "
                + "Russia's trade with China reached $240 billion in 2023, the minister added."),
            ("statistics.txt", "Baku, 20 March 2024. The statistics committee said that trade turnover with Russia in 2023 amounted to US$4.4 billion."));

        await using var db = EntenteDatabase.CreateContext(target);
        var values = await db.Observations.Where(o => o.IndicatorKey == "trade-turnover" && o.Sources.Count > 0).Select(o => o.Value).ToListAsync(Ct);
        Assert.Equal([4_400_000_000m], values);
        Assert.Equal(2, await db.ObservationSources.CountAsync(Ct));
    }

    [Fact]
    public async Task RefreshingAndReingestingNeverDuplicatesPoints()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var files = await SeriesTexts.IngestAsync(target,
            ("growth.txt", "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion."),
            ("customs.txt", "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion."));
        var before = await SnapshotAsync(target);

        Assert.Equal(0, (await CliRun.RunAsync([.. files.Prepend("ingest"), "--db", SeriesTexts.Arg(target)])).ExitCode);
        var refresh = await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target));
        Assert.Equal(0, refresh.ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target))).ExitCode);

        Assert.Contains("Refreshed 2 document(s)", refresh.Output, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(target));
    }

    [Fact]
    public async Task PointsStoredBeforeTheirPrecisionWasRecordedGetItOnRefresh()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await db.Observations.ExecuteUpdateAsync(o => o.SetProperty(p => p.PeriodPrecision, ""), Ct);
        }

        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target))).ExitCode);

        await using var after = EntenteDatabase.CreateContext(target);
        Assert.False(await after.Observations.AnyAsync(o => o.PeriodPrecision == "", Ct));
        Assert.True(await after.Observations.AnyAsync(o => o.PeriodPrecision == "year", Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WhenADocumentIsDeletedRefreshDropsItsPointsAndItsConflicts(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await SeriesTexts.IngestAsync(target,
            ("customs.txt", "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion."),
            ("ministry.txt", "Baku, 5 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.7 billion, the ministry of economy reported."));
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            Assert.Equal(2, await db.Observations.CountAsync(Ct));
            Assert.Equal(1, await db.Conflicts.CountAsync(Ct));
            await db.SourceDocuments.Where(d => d.Source.EndsWith("ministry.txt")).ExecuteDeleteAsync(Ct);
        }

        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target))).ExitCode);

        await using var after = EntenteDatabase.CreateContext(target);
        var left = Assert.Single(await after.Observations.ToListAsync(Ct));
        Assert.Equal(4_000_000_000m, left.Value);
        Assert.Equal(0, await after.Conflicts.CountAsync(Ct));
    }

    // Every point with its sources, ids included: a refresh that rebuilt rows would change ids.
    private static async Task<string> SnapshotAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var rows = await db.Observations.Include(o => o.Sources).OrderBy(o => o.Id).ToListAsync(Ct);
        return string.Join("\n", rows.Select(o =>
            $"{o.Id} {o.IndicatorKey} {o.PeriodStart} {o.PeriodEnd} {o.Value / 1.000000m} {o.Derived} {o.DerivedFromId} | " +
            string.Join(",", o.Sources.OrderBy(s => s.SourceDocumentId).Select(s => $"{s.SourceDocumentId}:{s.SpanStart}-{s.SpanEnd}"))));
    }
}

/// <summary>Writes small texts to files and ingests them.</summary>
internal static class SeriesTexts
{
    public static async Task<string[]> IngestAsync(DatabaseTarget target, params (string Name, string Text)[] texts)
    {
        var folder = Directory.CreateTempSubdirectory("entente-series-").FullName;
        var files = texts.Select(t =>
        {
            var path = Path.Combine(folder, t.Name);
            File.WriteAllText(path, t.Text);
            return path;
        }).ToArray();
        var run = await CliRun.RunAsync([.. files.Prepend("ingest"), "--db", Arg(target)]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return files;
    }

    public static string Arg(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;
}
