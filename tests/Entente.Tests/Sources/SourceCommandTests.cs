using Entente.Tests.Support;

namespace Entente.Tests.Sources;

public sealed class SourceCommandTests
{
    [Fact]
    public async Task Sources_are_added_listed_polled_with_a_line_each_and_removed()
    {
        await using var web = await FeedServer.StartAsync();
        web.Page("/news/1", "Harvest", Stories.Harvest);
        web.Serve("/rss.xml", "<rss version=\"2.0\"><channel><item><title>Harvest</title><link>/news/1</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>", "application/rss+xml");
        web.On("/down.xml", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var db = "sqlite:" + TestDatabase.NewSqlitePath();

        var added = await CliRun.RunAsync("sources", "add", web.Url("/rss.xml"), "--name", "Farm news", "--every", "30m", "--db", db);
        var down = await CliRun.RunAsync("sources", "add", web.Url("/down.xml"), "--db", db);
        var again = await CliRun.RunAsync("sources", "add", web.Url("/rss.xml"), "--db", db);
        var badPeriod = await CliRun.RunAsync("sources", "add", web.Url("/other.xml"), "--every", "often", "--db", db);
        var poll = await CliRun.RunAsync("sources", "poll", "--db", db);
        var list = await CliRun.RunAsync("sources", "list", "--db", db);
        var removed = await CliRun.RunAsync("sources", "remove", "2", "--db", db);
        var missing = await CliRun.RunAsync("sources", "remove", "2", "--db", db);
        var after = await CliRun.RunAsync("sources", "list", "--db", db);

        Assert.Equal(0, added.ExitCode);
        Assert.Contains($"added source 1: Farm news <{web.Url("/rss.xml")}>, every 30m", added.Output, StringComparison.Ordinal);
        Assert.Equal(0, down.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is watched already", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, badPeriod.ExitCode);
        Assert.Equal(3, poll.ExitCode);
        var lines = poll.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("1\tFarm news\tok\t1 new, 0 seen", lines[0]);
        Assert.StartsWith("2\t127.0.0.1\tfailed\t", lines[1], StringComparison.Ordinal);
        Assert.Contains("answered 503", lines[1], StringComparison.Ordinal);
        var rows = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["1", "Farm news", web.Url("/rss.xml"), "30m", "ok"], rows[0][..5]);
        Assert.Equal("1", rows[0][6]);
        Assert.Equal("failing(1)", rows[1][4]);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.Single(after.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
