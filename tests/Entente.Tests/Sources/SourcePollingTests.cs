using System.Text;
using Entente.Duplicates;
using Entente.Sources;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Sources;

/// <summary>
/// Feeds served from loopback: RSS, Atom and a sitemap index taken once each with their hints; a slow server, a 500,
/// malformed XML, a 50 MB feed, a redirect loop and a page that never ends each handled, with nothing lost or doubled.
/// </summary>
public sealed class SourcePollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FetchLimits s_limits = new() { Timeout = TimeSpan.FromSeconds(2), HostDelay = TimeSpan.FromMilliseconds(10) };

    private static async Task<EntenteDb> NewDatabaseAsync()
    {
        var target = TestDatabase.NewSqlite();
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        return EntenteDatabase.CreateContext(target);
    }

    private static async Task<int> AddAsync(EntenteDb db, string url)
    {
        var (source, errors) = await SourceRegistry.AddAsync(db, url, null, TimeSpan.FromHours(1), Ct);
        Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        return source!.Id;
    }

    private static string Rss(params (string Link, string Guid, string Title, string Date)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>" +
        string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><guid isPermaLink=\"false\">{i.Guid}</guid><pubDate>{i.Date}</pubDate></item>")) +
        "</channel></rss>";

    private static async Task<WatchedSource> SourceAsync(EntenteDb db, int id)
    {
        db.ChangeTracker.Clear();
        return await db.Set<WatchedSource>().AsNoTracking().SingleAsync(s => s.Id == id, Ct);
    }

    [Fact]
    public async Task Rss_Atom_and_a_sitemap_index_give_each_page_once_with_its_address_headline_and_date()
    {
        await using var web = await FeedServer.StartAsync();
        await using var db = await NewDatabaseAsync();
        using var fetcher = new PoliteFetcher(TimeProvider.System, s_limits);
        var poller = new SourcePoller(db, fetcher, TimeProvider.System);
        web.Page("/news/1", "Bridge", Stories.Bridge);
        web.Page("/news/2", "Orchestra", Stories.Orchestra);
        web.Page("/news/3", "Harvest", Stories.Harvest);
        web.Page("/news/4", "Library", Stories.Library);
        web.Serve("/rss.xml", Rss((web.Url("/news/1"), "g-1", "Council backs the bridge", "Tue, 01 Dec 2026 23:30:00 +0300"),
            (web.Url("/news/2"), "g-2", "Youth orchestra on tour", "Wed, 02 Dec 2026 08:00:00 GMT")), "application/rss+xml", etag: "\"v1\"");
        // The Atom feed repeats the orchestra page under its own identity: the page is still taken once.
        web.Serve("/atom.xml", $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
              <entry><id>urn:agency:2</id><title>Orchestra</title><link href="{web.Url("/news/2")}"/><updated>2026-12-02T09:00:00Z</updated></entry>
              <entry><id>urn:agency:3</id><title>A record apple harvest</title><link href="/news/3"/><published>2026-11-30T10:00:00Z</published></entry>
            </feed>
            """, "application/atom+xml");
        web.Serve("/sitemap.xml", $"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{web.Url("/news-sitemap.xml")}</loc></sitemap></sitemapindex>""", "application/xml");
        web.Serve("/news-sitemap.xml", $"""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>{web.Url("/news/4")}</loc><news:news><news:publication_date>2026-11-28</news:publication_date><news:title>The library reopens</news:title></news:news></url>
            </urlset>
            """, "application/xml");
        var rss = await AddAsync(db, web.Url("/rss.xml"));
        var atom = await AddAsync(db, web.Url("/atom.xml"));
        var sitemap = await AddAsync(db, web.Url("/sitemap.xml"));

        var first = new[] { await poller.PollAsync(rss, Ct), await poller.PollAsync(atom, Ct), await poller.PollAsync(sitemap, Ct) };
        var second = new[] { await poller.PollAsync(rss, Ct), await poller.PollAsync(atom, Ct), await poller.PollAsync(sitemap, Ct) };

        Assert.All(first.Concat(second), o => Assert.True(o.Succeeded, o.Error));
        Assert.Equal([2, 1, 1], first.Select(o => o.Taken));
        Assert.Equal([0, 1, 0], first.Select(o => o.Seen));
        Assert.True(second[0].NotModified, "the RSS feed answered 304 to its ETag");
        Assert.Equal([0, 0, 0], second.Select(o => o.Taken));
        Assert.All(new[] { "/news/1", "/news/2", "/news/3", "/news/4" }, path => Assert.Equal(1, web.Hits(path)));
        Assert.Equal(2, web.Hits("/rss.xml"));

        db.ChangeTracker.Clear();
        var documents = await db.SourceDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(Ct);
        Assert.Equal([web.Url("/news/1"), web.Url("/news/2"), web.Url("/news/3"), web.Url("/news/4")], documents.Select(d => d.Source).Order(StringComparer.Ordinal));
        var bridge = documents.Single(d => d.Source == web.Url("/news/1"));
        Assert.Equal("Council backs the bridge", bridge.Title);
        Assert.Equal(new DateOnly(2026, 12, 1), bridge.DocumentDate); // the outlet's own day, not UTC's
        Assert.Equal("The library reopens", documents.Single(d => d.Source == web.Url("/news/4")).Title);
        Assert.Equal(new DateOnly(2026, 11, 28), documents.Single(d => d.Source == web.Url("/news/4")).DocumentDate);
        Assert.Equal(5, await db.Set<FeedItem>().CountAsync(Ct));
        Assert.Equal("rss atom sitemap-index", string.Join(' ', (await SourceAsync(db, rss)).Kind, (await SourceAsync(db, atom)).Kind, (await SourceAsync(db, sitemap)).Kind));
        Assert.Equal(2, (await SourceAsync(db, rss)).ItemsTaken);
        Assert.NotNull((await SourceAsync(db, rss)).LastSuccessAt);
    }

    [Fact]
    public async Task A_slow_server_a_500_malformed_XML_a_50_MB_feed_and_a_redirect_loop_fail_the_source_and_back_it_off()
    {
        await using var web = await FeedServer.StartAsync();
        await using var db = await NewDatabaseAsync();
        using var fetcher = new PoliteFetcher(TimeProvider.System, s_limits);
        var poller = new SourcePoller(db, fetcher, TimeProvider.System);
        var slow = true;
        web.Page("/news/1", "Bridge", Stories.Bridge);
        web.On("/slow.xml", async context =>
        {
            if (slow)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }

            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss((web.Url("/news/1"), "b", "Bridge", "Tue, 01 Dec 2026 10:00:00 GMT")), context.RequestAborted);
        });
        web.On("/error.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        web.Serve("/broken.xml", "<rss><channel><item><title>cut off", "application/rss+xml");
        web.On("/huge.xml", async context =>
        {
            // 50 MB without a Content-Length: the cap is enforced while reading, not trusted to a header.
            context.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            await context.Response.WriteAsync("<rss><channel>", context.RequestAborted);
            for (var i = 0; i < 50; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }

            await context.Response.WriteAsync("</channel></rss>", context.RequestAborted);
        });
        web.On("/loop-a", context => Redirect(context, "/loop-b"));
        web.On("/loop-b", context => Redirect(context, "/loop-a"));
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in new[] { "/slow.xml", "/error.xml", "/broken.xml", "/huge.xml", "/loop-a" })
        {
            ids[path] = await AddAsync(db, web.Url(path));
        }

        var before = DateTimeOffset.UtcNow;
        var outcomes = new Dictionary<string, PollOutcome>(StringComparer.Ordinal);
        foreach (var (path, id) in ids)
        {
            outcomes[path] = await poller.PollAsync(id, Ct);
        }

        Assert.All(outcomes.Values, o => Assert.False(o.Succeeded));
        Assert.Contains("no complete answer within 2 s", outcomes["/slow.xml"].Error, StringComparison.Ordinal);
        Assert.Contains("answered 500", outcomes["/error.xml"].Error, StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", outcomes["/broken.xml"].Error, StringComparison.Ordinal);
        Assert.Contains("larger than the 10 MB limit", outcomes["/huge.xml"].Error, StringComparison.Ordinal);
        Assert.Contains("come back to", outcomes["/loop-a"].Error, StringComparison.Ordinal);
        Assert.InRange(web.Hits("/loop-a"), 1, 1);
        foreach (var id in ids.Values)
        {
            var source = await SourceAsync(db, id);
            Assert.Equal(1, source.ConsecutiveFailures);
            Assert.True(source.IsFailing);
            Assert.NotNull(source.LastError);
            Assert.True(source.NextPollAt >= before + TimeSpan.FromHours(1), "a failing source waits at least its period");
        }

        // Failing again doubles the wait; once the server recovers, the item waiting in its feed is taken.
        Assert.False((await poller.PollAsync(ids["/error.xml"], Ct)).Succeeded);
        Assert.True((await SourceAsync(db, ids["/error.xml"])).NextPollAt >= before + TimeSpan.FromHours(2));
        slow = false;
        var recovered = await poller.PollAsync(ids["/slow.xml"], Ct);
        Assert.True(recovered.Succeeded, recovered.Error);
        Assert.Equal(1, recovered.Taken);
        var source1 = await SourceAsync(db, ids["/slow.xml"]);
        Assert.Equal(0, source1.ConsecutiveFailures);
        Assert.Null(source1.LastError);
        Assert.Equal(1, await db.SourceDocuments.CountAsync(d => d.Source == web.Url("/news/1"), Ct));
    }

    [Fact]
    public async Task A_page_that_never_ends_is_cut_off_and_taken_once_it_can_be_read()
    {
        await using var web = await FeedServer.StartAsync();
        await using var db = await NewDatabaseAsync();
        using var fetcher = new PoliteFetcher(TimeProvider.System, s_limits);
        var poller = new SourcePoller(db, fetcher, TimeProvider.System);
        var endless = true;
        web.Page("/news/2", "Orchestra", Stories.Orchestra);
        web.On("/news/endless", async context =>
        {
            if (!endless)
            {
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><head><title>Ferry</title></head><body><p>{Stories.Ferry}</p></body></html>", context.RequestAborted);
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>", context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync("and more ", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(50, context.RequestAborted);
            }
        });
        // The feed has an ETag: while a page is pending the validators are not kept, so the next poll is not a 304.
        web.Serve("/rss.xml", Rss((web.Url("/news/endless"), "e", "Ferry", "Tue, 01 Dec 2026 10:00:00 GMT"),
            (web.Url("/news/2"), "o", "Orchestra", "Tue, 01 Dec 2026 11:00:00 GMT")), "application/rss+xml", etag: "\"same\"");
        var id = await AddAsync(db, web.Url("/rss.xml"));

        var first = await poller.PollAsync(id, Ct);
        endless = false;
        var second = await poller.PollAsync(id, Ct);
        var third = await poller.PollAsync(id, Ct);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((1, 1), (first.Taken, first.FailedItems));
        Assert.Equal((1, 1, 0), (second.Taken, second.Seen, second.FailedItems));
        Assert.False(second.NotModified);
        Assert.True(third.NotModified);
        Assert.Equal(1, web.Hits("/news/2"));
        Assert.Equal(2, web.Hits("/news/endless"));
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.SourceDocuments.CountAsync(d => d.Source == web.Url("/news/endless"), Ct));
        Assert.Equal(2, (await SourceAsync(db, id)).ItemsTaken);
        var item = await db.Set<FeedItem>().AsNoTracking().SingleAsync(i => i.Key == "e", Ct);
        Assert.Equal(2, item.Attempts);
        Assert.NotNull(item.SourceDocumentId);
    }

    [Fact]
    public async Task Robots_txt_is_honoured_and_every_request_names_Entente()
    {
        await using var web = await FeedServer.StartAsync();
        await using var db = await NewDatabaseAsync();
        using var fetcher = new PoliteFetcher(TimeProvider.System, s_limits);
        var poller = new SourcePoller(db, fetcher, TimeProvider.System);
        var agents = new List<string>();
        web.Serve("/robots.txt", "User-agent: *\nDisallow: /members/\n", "text/plain");
        web.Page("/members/1", "Members", Stories.Library);
        web.On("/news/3", async context =>
        {
            lock (agents)
            {
                agents.Add(context.Request.Headers.UserAgent.ToString());
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync($"<html><head><title>Harvest</title></head><body><p>{Stories.Harvest}</p></body></html>", context.RequestAborted);
        });
        web.Serve("/rss.xml", Rss((web.Url("/members/1"), "m", "Members only", "Tue, 01 Dec 2026 10:00:00 GMT"),
            (web.Url("/news/3"), "h", "Harvest", "Tue, 01 Dec 2026 11:00:00 GMT")), "application/rss+xml");
        var id = await AddAsync(db, web.Url("/rss.xml"));

        var outcome = await poller.PollAsync(id, Ct);

        Assert.Equal((1, 1), (outcome.Taken, outcome.FailedItems));
        Assert.Equal(0, web.Hits("/members/1"));
        Assert.Equal(1, web.Hits("/robots.txt"));
        Assert.StartsWith("Entente/1.0", Assert.Single(agents), StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Contains("robots.txt", (await db.Set<FeedItem>().AsNoTracking().SingleAsync(i => i.Key == "m", Ct)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syndicated_copy_is_stored_and_marked_a_duplicate_of_the_first_copy()
    {
        await using var web = await FeedServer.StartAsync();
        await using var db = await NewDatabaseAsync();
        using var fetcher = new PoliteFetcher(TimeProvider.System, s_limits);
        var poller = new SourcePoller(db, fetcher, TimeProvider.System);
        web.Page("/herald/bridge", "Council backs new railway bridge", "Riverside Herald — Local news\n\n" + Stories.Bridge + "\n\nSubscribe to our newsletter.");
        web.Page("/post/bridge-row", "CITY VOTES TO REBUILD 1911 BRIDGE", "By staff and agencies. Published 3 December.\n\n" + Stories.Bridge + "\n\nRead more: port traffic falls.");
        web.Page("/post/ferry", "Island ferry", Stories.Ferry);
        web.Serve("/herald.xml", Rss((web.Url("/herald/bridge"), "h1", "Council backs new railway bridge", "Tue, 01 Dec 2026 10:00:00 GMT")), "application/rss+xml");
        web.Serve("/post.xml", Rss((web.Url("/post/bridge-row"), "p1", "City votes to rebuild bridge", "Tue, 01 Dec 2026 12:00:00 GMT"),
            (web.Url("/post/ferry"), "p2", "Island ferry", "Tue, 01 Dec 2026 13:00:00 GMT")), "application/rss+xml");

        await poller.PollAsync(await AddAsync(db, web.Url("/herald.xml")), Ct);
        await poller.PollAsync(await AddAsync(db, web.Url("/post.xml")), Ct);

        db.ChangeTracker.Clear();
        var ids = await db.SourceDocuments.AsNoTracking().ToDictionaryAsync(d => d.Source, d => d.Id, Ct);
        Assert.Equal(3, ids.Count);
        var copy = await DuplicatesApi.ViewAsync(db, ids[web.Url("/post/bridge-row")], Ct);
        var original = await DuplicatesApi.ViewAsync(db, ids[web.Url("/herald/bridge")], Ct);
        var other = await DuplicatesApi.ViewAsync(db, ids[web.Url("/post/ferry")], Ct);
        Assert.Equal(ids[web.Url("/herald/bridge")], copy!.DuplicateOf);
        Assert.InRange(copy.Containment!.Value, 0.6, 1.0);
        Assert.Null(original!.DuplicateOf);
        Assert.Equal([copy.DocumentId], original.Copies);
        Assert.Null(other!.DuplicateOf);
        Assert.Empty(other.Copies);
    }

    private static Task Redirect(HttpContext context, string to)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    }
}
