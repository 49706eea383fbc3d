using Entente.Sources;

namespace Entente.Tests.Sources;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # a site's rules
        User-agent: *
        Disallow: /private/
        Allow: /private/press/

        User-agent: OtherBot
        User-agent: entente
        Disallow: /members/
        Disallow: /*.pdf$
        Allow: /members/open
        """;

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/members/list", false)]
    [InlineData("/members/open/1", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/private/anything", true)] // Entente's own group replaces the * group
    public void Entente_follows_its_own_group_longest_match_first(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, PoliteFetcher.ProductToken).Allows(new Uri("https://example.org" + path)));

    [Theory]
    [InlineData("/private/x", false)]
    [InlineData("/private/press/1", true)]
    [InlineData("/public", true)]
    public void Without_its_own_group_Entente_follows_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "SomeoneElse").Allows(new Uri("https://example.org" + path)));

    [Fact]
    public void Backoff_doubles_from_the_period_and_stops_at_a_day()
    {
        Assert.Equal(TimeSpan.FromHours(1), SourcePoller.Backoff(TimeSpan.FromHours(1), 1));
        Assert.Equal(TimeSpan.FromHours(4), SourcePoller.Backoff(TimeSpan.FromHours(1), 3));
        Assert.Equal(TimeSpan.FromDays(1), SourcePoller.Backoff(TimeSpan.FromHours(1), 12));
        Assert.Equal(TimeSpan.FromDays(2), SourcePoller.Backoff(TimeSpan.FromDays(2), 5));
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("1h", 60)]
    [InlineData("1d", 1440)]
    [InlineData("02:00:00", 120)]
    public void Periods_are_read_as_written(string text, int minutes)
    {
        Assert.True(SourceRegistry.TryParseEvery(text, out var every));
        Assert.Equal(TimeSpan.FromMinutes(minutes), every);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1w")]
    [InlineData("-1h")]
    [InlineData("soon")]
    public void Other_periods_are_refused(string text) => Assert.False(SourceRegistry.TryParseEvery(text, out _));
}
