using Entente.Sources;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Sources;

/// <summary>The servers poll on each source's schedule; two servers on one PostgreSQL poll each source once per period between them.</summary>
public sealed class SourceServerTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_servers_on_one_PostgreSQL_poll_a_source_once_per_period_between_them()
    {
        postgres.SkipIfUnavailable();
        await using var web = await FeedServer.StartAsync();
        web.Page("/news/1", "Ferry", Stories.Ferry);
        web.Serve("/rss.xml", "<rss version=\"2.0\"><channel><item><title>Ferry</title><link>/news/1</link></item></channel></rss>", "application/rss+xml");
        var target = await postgres.CreateDatabaseAsync();
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        var period = TimeSpan.FromSeconds(1);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            // Directly, with a period far below what `sources add` allows, so the test sees several periods.
            db.Add(new WatchedSource { Url = web.Url("/rss.xml"), Name = "ferry", Every = period, AddedAt = DateTimeOffset.UtcNow, NextPollAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        var settings = new WebAppSettings(target, "http://127.0.0.1:0")
        {
            RunDeadlineService = false,
            Configuration = new Dictionary<string, string?> { ["Sources:CheckEvery"] = "00:00:00.100", ["Sources:Fetch:HostDelay"] = "00:00:00" },
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var started = await Task.WhenAll(RunningApp.StartAsync(settings), RunningApp.StartAsync(settings));
        await using (started[0])
        await using (started[1])
        {
            // Several periods, and at least two polls: on a loaded machine the first poll's fetch and analysis may take
            // longer than the six seconds alone (the bound on polls below is taken over the time actually waited).
            await Task.Delay(TimeSpan.FromSeconds(6), Ct);
            var deadline = watch.Elapsed + TimeSpan.FromSeconds(30);
            while (web.Hits("/rss.xml") < 2 && watch.Elapsed < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), Ct);
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var polls = web.Hits("/rss.xml");
        // A poll starts a period after the last one ended; two servers without the shared claim would poll about twice as often.
        Assert.InRange(polls, 2, (int)Math.Ceiling(seconds / period.TotalSeconds) + 1);
        Assert.Equal(1, web.Hits("/news/1"));
        await using var check = EntenteDatabase.CreateContext(target);
        Assert.Equal(1, await check.SourceDocuments.CountAsync(Ct));
        Assert.Equal(1, (await check.Set<WatchedSource>().SingleAsync(Ct)).ItemsTaken);
    }
}
