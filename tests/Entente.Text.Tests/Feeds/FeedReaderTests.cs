using System.Text;
using Entente.Text.Feeds;

namespace Entente.Text.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri s_base = new("https://news.example.org/feeds/main.xml");

    private static Feed Read(string xml) => FeedReader.Read(Encoding.UTF8.GetBytes(xml), s_base);

    [Fact]
    public void Rss_items_give_link_guid_title_and_an_RFC822_date_with_its_offset()
    {
        var feed = Read("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Ministry</title>
              <item><title>Bridge reopens</title><link>https://news.example.org/a/1</link><guid isPermaLink="false">id-1</guid><pubDate>Tue, 1 Dec 2026 10:00:00 +0300</pubDate></item>
              <item><title>Only a guid</title><guid>/a/2</guid><pubDate>Wed, 02 Dec 2026 08:30:00 GMT</pubDate></item>
              <item><title>No address at all</title></item>
            </channel></rss>
            """);

        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal(new FeedEntry("https://news.example.org/a/1", "id-1", "Bridge reopens", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(3))), feed.Entries[0]);
        Assert.Equal("https://news.example.org/a/2", feed.Entries[1].Url);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 30, 0, TimeSpan.Zero), feed.Entries[1].Published);
        Assert.Equal("id-1", feed.Entries[0].Key);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_resolved_against_the_feed()
    {
        var feed = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
              <entry><id>tag:example.org,2026:7</id><title>Talks held</title><link rel="self" href="/api/7"/><link href="../stories/7.html"/><published>2026-12-01T09:15:00Z</published></entry>
            </feed>
            """);

        Assert.Equal(FeedKind.Atom, feed.Kind);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://news.example.org/stories/7.html", entry.Url);
        Assert.Equal("tag:example.org,2026:7", entry.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void A_news_sitemap_gives_titles_and_publication_dates_and_an_index_lists_its_sitemaps()
    {
        var sitemap = Read("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example.org/n/1</loc><news:news><news:publication_date>2026-12-03</news:publication_date><news:title>Port opens</news:title></news:news></url>
              <url><loc>https://news.example.org/n/2</loc><lastmod>2026-11-30T12:00:00+04:00</lastmod></url>
            </urlset>
            """);
        var index = Read("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example.org/s1.xml</loc></sitemap><sitemap><loc>ftp://x/y</loc></sitemap></sitemapindex>
            """);

        Assert.Equal(FeedKind.Sitemap, sitemap.Kind);
        Assert.Equal(["https://news.example.org/n/1", "https://news.example.org/n/2"], sitemap.Entries.Select(e => e.Url));
        Assert.Equal("Port opens", sitemap.Entries[0].Title);
        Assert.Equal(new DateOnly(2026, 12, 3), DateOnly.FromDateTime(sitemap.Entries[0].Published!.Value.DateTime));
        Assert.Equal(TimeSpan.FromHours(4), sitemap.Entries[1].Published!.Value.Offset);
        Assert.Equal(FeedKind.SitemapIndex, index.Kind);
        Assert.Equal(["https://news.example.org/s1.xml"], index.Sitemaps);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>cut off")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><link>&x;</link></item></channel></rss>")]
    public void Malformed_XML_other_documents_and_DTDs_are_refused(string xml) =>
        Assert.Throws<FormatException>(() => Read(xml));
}
