using System.Text;
using Entente.Indicators;
using Entente.Sources;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Sources;

/// <summary>A syndicated copy stays stored but is not a second independent source: not in a point's count, not in a conflict.</summary>
public sealed class SyndicatedSourceTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Story =
        "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion. " +
        "The service said the figure included goods carried by rail through the new border terminal, which opened in the autumn and now " +
        "handles about a third of the freight. Officials expect the terminal to cut waiting times for lorries from two days to a few hours " +
        "once its second lane is finished next year, and the customs service plans to publish monthly figures from the summer.";

    [Fact]
    public async Task A_copy_of_a_story_adds_no_independent_source_and_no_conflict()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using var db = EntenteDatabase.CreateContext(target);
        var date = new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero);

        var original = await IngestAsync(db, "https://agency.example.org/1", "Customs: trade reached $4 billion", "Agency wire\n\n" + Story + "\n\n© Agency", date);
        var other = await IngestAsync(db, "https://ministry.example.org/2", "Ministry figures",
            "Baku, 5 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.7 billion, the ministry of economy reported.", date);
        var copy = await IngestAsync(db, "https://daily.example.org/3", "TRADE HITS FOUR BILLION", "Daily Courier | Business\nBy our correspondent\n\n" + Story + "\n\nRead more: markets close higher.", date);

        db.ChangeTracker.Clear();
        var series = await SeriesQueries.SeriesAsync(db, "trade-turnover", Ct);
        var point = Assert.Single(series!.Points, p => p.Value == 4_000_000_000m && p.PeriodStart == new DateOnly(2023, 1, 1) && !p.Derived);
        Assert.Equal([copy, original], point.Sources.Select(s => s.DocumentId!.Value).OrderDescending());
        Assert.Equal(1, point.IndependentSources);
        Assert.Equal(original, point.Sources.Single(s => s.DocumentId == copy).DuplicateOf);
        var conflicts = await db.Conflicts.AsNoTracking().ToListAsync(Ct);
        var conflict = Assert.Single(conflicts, c => c.IndicatorKey == "trade-turnover" && c.PeriodStart == new DateOnly(2023, 1, 1));
        Assert.Equal(new[] { original, other }.Order(), new[] { conflict.First.DocumentId!.Value, conflict.Second.DocumentId!.Value }.Order());
    }

    private static async Task<int> IngestAsync(EntenteDb db, string url, string title, string text, DateTimeOffset published)
    {
        var outcome = await FeedItemIngestion.IngestAsync(db, TimeProvider.System, new FeedPage(url, Encoding.UTF8.GetBytes(text), "text/plain", title, published), Ct);
        Assert.NotNull(outcome.DocumentId);
        return outcome.DocumentId.Value;
    }
}
