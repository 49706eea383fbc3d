using System.Collections.Concurrent;

namespace Entente.Storage;

/// <summary>
/// Keeps the answers of public reads (the legal base, indicators) that every visitor gets alike, each with the
/// <see cref="DataVersion"/> it was read at, and gives one back only while the database is still at that version.
/// The version is read from the database on every call, so a write on another server or from the command line is
/// seen at once: nothing stale is served, and a read of an unchanged legal base costs one key lookup instead of
/// several queries.
/// </summary>
/// <remarks>
/// Only for answers that do not depend on the viewer (records without a visibility), and only for values nobody
/// changes after reading (the views are records). Unknown keys are not kept, so requests cannot fill it.
/// </remarks>
/// <param name="maximumEntries">Past this many distinct answers, start again rather than grow (the default is more than the legal base could have).</param>
public sealed class VersionedReadCache(int maximumEntries = 10_000)
{

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<T?> GetAsync<T>(EntenteDb db, string key, Func<EntenteDb, CancellationToken, Task<T?>> read, CancellationToken ct)
        where T : class
    {
        var version = await DataVersion.ReadAsync(db, ct);
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && entry.Value is T kept)
        {
            return kept;
        }

        var value = await read(db, ct);
        if (value is not null)
        {
            if (_entries.Count >= maximumEntries)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(version, value);
        }

        return value;
    }

    private sealed record Entry(DataVersion Version, object Value);
}
