using Entente.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Sources;

/// <summary>
/// A feed or sitemap Entente watches: where it is, how often to look, and how the last looks went. A source that keeps
/// failing backs off (<see cref="NextPollAt"/> moves further away each time) and is shown as failing.
/// </summary>
public sealed class WatchedSource
{
    public const int UrlLength = 2048;
    public const int NameLength = 200;
    public const int ErrorLength = 1000;

    public int Id { get; set; }

    public required string Url { get; set; }

    public required string Name { get; set; }

    /// <summary>How often to look when all is well.</summary>
    public TimeSpan Every { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>When the next look is due: <see cref="Every"/> after the last, later after failures.</summary>
    public DateTimeOffset NextPollAt { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    /// <summary>Why the last look failed; null once a look succeeds.</summary>
    public string? LastError { get; set; }

    public int ConsecutiveFailures { get; set; }

    /// <summary>How many items were taken from this source and stored.</summary>
    public int ItemsTaken { get; set; }

    /// <summary>What the source was found to be (<c>rss</c>, <c>atom</c>, <c>sitemap</c>, <c>sitemap-index</c>).</summary>
    public string? Kind { get; set; }

    /// <summary>The validators of the last answer, sent back so an unchanged feed costs a 304.</summary>
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public bool IsFailing => ConsecutiveFailures > 0;
}

/// <summary>
/// An item a source announced, once: its identity (GUID or address) is unique per source, and its address is looked
/// up across sources before fetching, so the same page is taken once. An item whose page could not be fetched is kept
/// with the error and tried again on later polls, up to <see cref="SourcePoller.MaxAttempts"/> times.
/// </summary>
public sealed class FeedItem
{
    public int Id { get; set; }

    public int WatchedSourceId { get; set; }

    /// <summary>The feed's GUID or id for the item, else its address.</summary>
    public required string Key { get; set; }

    public required string Url { get; set; }

    public string? Title { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The stored document, once the page was fetched and went through analysis.</summary>
    public int? SourceDocumentId { get; set; }

    public string? LastError { get; set; }
}

internal sealed class WatchedSourceConfiguration : IEntityTypeConfiguration<WatchedSource>, IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<WatchedSource> source)
    {
        source.ToTable("WatchedSources");
        source.Property(s => s.Url).HasMaxLength(WatchedSource.UrlLength);
        source.Property(s => s.Name).HasMaxLength(WatchedSource.NameLength);
        source.Property(s => s.LastError).HasMaxLength(WatchedSource.ErrorLength);
        source.Property(s => s.Kind).HasMaxLength(32);
        source.Property(s => s.ETag).HasMaxLength(512);
        source.Property(s => s.LastModified).HasMaxLength(64);
        source.Ignore(s => s.IsFailing);
        source.HasIndex(s => s.Url).IsUnique();
    }

    public void Configure(EntityTypeBuilder<FeedItem> item)
    {
        item.ToTable("FeedItems");
        item.Property(i => i.Key).HasMaxLength(WatchedSource.UrlLength);
        item.Property(i => i.Url).HasMaxLength(WatchedSource.UrlLength);
        item.Property(i => i.Title).HasMaxLength(1000);
        item.Property(i => i.LastError).HasMaxLength(WatchedSource.ErrorLength);
        item.HasOne<WatchedSource>().WithMany().HasForeignKey(i => i.WatchedSourceId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<SourceDocument>().WithMany().HasForeignKey(i => i.SourceDocumentId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(i => new { i.WatchedSourceId, i.Key }).IsUnique();
        item.HasIndex(i => i.Url);
    }
}
