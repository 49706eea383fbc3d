using System.Globalization;
using Entente.Documents;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Sources;

/// <summary>Adding, listing and removing watched sources: the rules the command line and the Sources page share.</summary>
public static class SourceRegistry
{
    /// <summary>The shortest period a source may be polled at: a guest does not knock every few seconds.</summary>
    public static readonly TimeSpan MinEvery = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan DefaultEvery = TimeSpan.FromHours(1);

    /// <summary>Adds a source due at once; the errors say what is wrong with the address, name or period.</summary>
    public static async Task<(WatchedSource? Source, FieldErrors Errors)> AddAsync(EntenteDb db, string url, string? name, TimeSpan every, CancellationToken ct)
    {
        var errors = new FieldErrors();
        url = url.Trim();
        if (!UrlFetcher.IsUrl(url) || url.Length > WatchedSource.UrlLength)
        {
            errors.Add("url", "must be an http or https address of at most {0} characters.", WatchedSource.UrlLength);
        }
        else if (await db.Set<WatchedSource>().AnyAsync(s => s.Url == url, ct))
        {
            errors.Add("url", "is watched already.");
        }

        name = string.IsNullOrWhiteSpace(name) ? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url) : name.Trim();
        if (name.Length > WatchedSource.NameLength)
        {
            errors.Add("name", "must be at most {0} characters (it has {1}).", WatchedSource.NameLength, name.Length);
        }

        if (every < MinEvery)
        {
            errors.Add("every", "must be at least {0} minutes.", (int)MinEvery.TotalMinutes);
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var now = db.Time.GetUtcNow();
        var source = new WatchedSource { Url = url, Name = name, Every = every, AddedAt = now, NextPollAt = now };
        db.Add(source);
        await db.SaveChangesAsync(ct);
        return (source, errors);
    }

    /// <summary>Removes a source and what it remembers of its items (the stored documents stay); false when there is none.</summary>
    public static async Task<bool> RemoveAsync(EntenteDb db, int id, CancellationToken ct)
    {
        if (await db.Set<WatchedSource>().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } source)
        {
            return false;
        }

        db.RemoveRange(await db.Set<FeedItem>().Where(i => i.WatchedSourceId == id).ToListAsync(ct));
        db.Remove(source);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<List<WatchedSource>> ListAsync(EntenteDb db, CancellationToken ct) =>
        await db.Set<WatchedSource>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>Reads a period: <c>30m</c>, <c>1h</c>, <c>2d</c>, or <c>hh:mm:ss</c>.</summary>
    public static bool TryParseEvery(string? text, out TimeSpan every)
    {
        every = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.Length > 1 && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            every = char.ToLowerInvariant(text[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(count),
                'h' => TimeSpan.FromHours(count),
                'd' => TimeSpan.FromDays(count),
                _ => default,
            };
            return every > TimeSpan.Zero;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out every) && every > TimeSpan.Zero;
    }

    /// <summary>A period as it is written back: <c>90m</c>, <c>1h</c>, <c>2d</c>.</summary>
    public static string FormatEvery(TimeSpan every) =>
        every.TotalDays >= 1 && every.TotalDays == Math.Floor(every.TotalDays) ? string.Create(CultureInfo.InvariantCulture, $"{every.TotalDays:0}d")
        : every.TotalHours == Math.Floor(every.TotalHours) ? string.Create(CultureInfo.InvariantCulture, $"{every.TotalHours:0}h")
        : string.Create(CultureInfo.InvariantCulture, $"{every.TotalMinutes:0}m");
}
