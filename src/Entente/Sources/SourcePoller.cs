using Entente.Documents;
using Entente.Storage;
using Entente.Text.Feeds;
using Microsoft.EntityFrameworkCore;

namespace Entente.Sources;

/// <summary>How one look at a source went: items taken (fetched and stored), seen before, or failing for now.</summary>
public sealed record PollOutcome(int SourceId, string Name, bool Succeeded, bool NotModified, int Taken, int Seen, int FailedItems, int Left, string? Error);

/// <summary>
/// Looks at a watched source: fetches the feed (conditionally), reads its items, and takes each new one once — its
/// page fetched and sent through the analyse-and-store path with the feed's address, headline and date. Each item is
/// recorded as soon as it is handled, so an interrupted poll loses nothing and doubles nothing. A page that cannot be
/// fetched is tried again on the next polls (<see cref="MaxAttempts"/>); while any is pending the feed's validators are
/// not kept, so the next poll reads the whole feed again instead of a 304.
/// </summary>
public sealed class SourcePoller(EntenteDb db, PoliteFetcher fetcher, TimeProvider time)
{
    /// <summary>How often an item's page is tried before it is given up.</summary>
    public const int MaxAttempts = 3;

    /// <summary>New pages fetched per poll; the rest wait for the next one (a first look at a big sitemap takes several).</summary>
    public const int MaxItemsPerPoll = 100;

    /// <summary>Sitemaps of a sitemap index read per poll.</summary>
    public const int MaxSitemaps = 20;

    /// <summary>The longest a failing source waits between two tries (or its own period, when that is longer).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    public async Task<PollOutcome> PollAsync(int sourceId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var source = await db.Set<WatchedSource>().AsNoTracking().SingleAsync(s => s.Id == sourceId, ct);
        var answer = await fetcher.FetchAsync(source.Url, fetcher.Limits.MaxFeedBytes, source.ETag, source.LastModified, ct);
        if (answer.Failed)
        {
            return await RecordFailureAsync(source, answer.Error!, ct);
        }

        if (answer.NotModified)
        {
            await RecordSuccessAsync(source, source.Kind, answer, 0, ct);
            return new PollOutcome(source.Id, source.Name, true, true, 0, 0, 0, 0, null);
        }

        var (feed, error) = await ReadFeedAsync(source, answer, ct);
        if (feed is null)
        {
            return await RecordFailureAsync(source, error!, ct);
        }

        var (taken, seen, failed, left) = await TakeAsync(source, feed.Entries, ct);
        // Validators are kept only when nothing is pending: a 304 would hide the items still to be taken.
        await RecordSuccessAsync(source, KebabCase.ToKey(feed.Kind), failed + left == 0 ? answer : new FetchResult(), taken, ct);
        return new PollOutcome(source.Id, source.Name, true, false, taken, seen, failed, left, null);
    }

    /// <summary>The feed's items; a sitemap index brings the items of the sitemaps it lists.</summary>
    private async Task<(Feed? Feed, string? Error)> ReadFeedAsync(WatchedSource source, FetchResult answer, CancellationToken ct)
    {
        var address = new Uri(source.Url);
        Feed feed;
        try
        {
            feed = FeedReader.Read(answer.Body, address);
        }
        catch (FormatException e)
        {
            return (null, $"{source.Url}: {e.Message}");
        }

        if (feed.Kind != FeedKind.SitemapIndex)
        {
            return (feed, null);
        }

        var entries = new List<FeedEntry>();
        foreach (var sitemap in feed.Sitemaps.Take(MaxSitemaps))
        {
            var child = await fetcher.FetchAsync(sitemap, fetcher.Limits.MaxFeedBytes, null, null, ct);
            if (child.Failed)
            {
                return (null, child.Error);
            }

            try
            {
                entries.AddRange(FeedReader.Read(child.Body, new Uri(sitemap)).Entries);
            }
            catch (FormatException e)
            {
                return (null, $"{sitemap}: {e.Message}");
            }
        }

        return (feed with { Entries = entries }, null);
    }

    private async Task<(int Taken, int Seen, int Failed, int Left)> TakeAsync(WatchedSource source, IReadOnlyList<FeedEntry> entries, CancellationToken ct)
    {
        // Oldest first, so the documents are stored in the order the stream published them.
        var distinct = entries.DistinctBy(e => e.Key, StringComparer.Ordinal)
            .Select((entry, index) => (entry, index))
            .OrderBy(e => e.entry.Published ?? DateTimeOffset.MinValue).ThenByDescending(e => e.index)
            .Select(e => e.entry).ToList();
        var keys = distinct.Select(e => e.Key).ToList();
        var known = await db.Set<FeedItem>().AsNoTracking()
            .Where(i => i.WatchedSourceId == source.Id && keys.Contains(i.Key))
            .ToDictionaryAsync(i => i.Key, StringComparer.Ordinal, ct);

        int taken = 0, seen = 0, failed = 0, left = 0, fetched = 0;
        foreach (var entry in distinct)
        {
            var item = known.GetValueOrDefault(entry.Key);
            if (item is not null && (item.SourceDocumentId is not null || item.Attempts >= MaxAttempts))
            {
                seen++;
                continue;
            }

            item ??= new FeedItem { WatchedSourceId = source.Id, Key = Cut(entry.Key, WatchedSource.UrlLength), Url = entry.Url, FirstSeenAt = time.GetUtcNow() };
            item.Title = entry.Title is { } title ? Cut(title, 1000) : null;
            item.PublishedAt = entry.Published;

            // The same page announced by another source (or under another identity) is taken once.
            var stored = await db.Set<FeedItem>().AsNoTracking().Where(i => i.Url == entry.Url && i.SourceDocumentId != null)
                .Select(i => i.SourceDocumentId).FirstOrDefaultAsync(ct);
            if (stored is not null)
            {
                item.SourceDocumentId = stored;
                await SaveItemAsync(item, ct);
                seen++;
                continue;
            }

            if (fetched == MaxItemsPerPoll)
            {
                left++;
                continue;
            }

            fetched++;
            item.Attempts++;
            var page = await fetcher.FetchAsync(entry.Url, fetcher.Limits.MaxPageBytes, null, null, ct);
            if (page.Failed)
            {
                item.LastError = Cut(page.Error!, WatchedSource.ErrorLength);
                await SaveItemAsync(item, ct);
                failed++;
                continue;
            }

            var outcome = await FeedItemIngestion.IngestAsync(db, time, new FeedPage(entry.Url, page.Body!, page.MediaType, entry.Title, entry.Published), ct);
            item.SourceDocumentId = outcome.DocumentId;
            item.LastError = outcome.Error is { } why ? Cut(why, WatchedSource.ErrorLength) : null;
            await SaveItemAsync(item, ct);
            if (outcome.Result == IngestResult.Unchanged)
            {
                seen++;
            }
            else
            {
                taken++;
            }
        }

        return (taken, seen, failed, left);
    }

    private async Task SaveItemAsync(FeedItem item, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (item.Id == 0)
        {
            db.Add(item);
        }
        else
        {
            db.Update(item);
        }

        await db.SaveChangesAsync(ct);
        db.Entry(item).State = EntityState.Detached;
    }

    private async Task RecordSuccessAsync(WatchedSource read, string? kind, FetchResult validators, int taken, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var source = await db.Set<WatchedSource>().SingleAsync(s => s.Id == read.Id, ct);
        var now = time.GetUtcNow();
        source.Kind = kind;
        source.ETag = validators.ETag is { Length: <= 512 } etag ? etag : null;
        source.LastModified = validators.LastModified;
        source.LastPolledAt = now;
        source.LastSuccessAt = now;
        source.LastError = null;
        source.ConsecutiveFailures = 0;
        source.ItemsTaken += taken;
        source.NextPollAt = now + source.Every;
        await db.SaveChangesAsync(ct);
    }

    private async Task<PollOutcome> RecordFailureAsync(WatchedSource read, string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var source = await db.Set<WatchedSource>().SingleAsync(s => s.Id == read.Id, ct);
        var now = time.GetUtcNow();
        source.LastPolledAt = now;
        source.LastError = Cut(error, WatchedSource.ErrorLength);
        source.ConsecutiveFailures++;
        source.NextPollAt = now + Backoff(source.Every, source.ConsecutiveFailures);
        await db.SaveChangesAsync(ct);
        return new PollOutcome(source.Id, source.Name, false, false, 0, 0, 0, 0, source.LastError);
    }

    /// <summary>How long a source that failed <paramref name="failures"/> times in a row waits: its period, doubled per further failure, at most a day.</summary>
    public static TimeSpan Backoff(TimeSpan every, int failures)
    {
        var cap = every > MaxBackoff ? every : MaxBackoff;
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        return every * factor > cap ? cap : every * factor;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
