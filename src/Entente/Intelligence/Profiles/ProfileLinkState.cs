using System.Security.Cryptography;
using System.Text;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// Which profiles the stored clause links were made with. The profiles' fingerprint is a hash of every profile's id and
/// version (each save moves a version); the one the links reflect is kept in row <see cref="Row"/> of the change
/// counters (<see cref="DataChangeCounter.Stamp"/>), with <see cref="DataChangeCounter.Number"/> the Unix time until
/// which a server has claimed the re-linking (0 when none runs). A row that is missing means "not known yet".
/// </summary>
public static class ProfileLinkState
{
    /// <summary>The counter row of the linked profiles (row 1 is the data's version, <see cref="DataVersion"/>).</summary>
    public const int Row = 2;

    /// <summary>The fingerprint of the profiles as they are now (32 hex digits).</summary>
    public static async Task<string> FingerprintAsync(EntenteDb db, CancellationToken ct)
    {
        var versions = await db.ClauseProfiles.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Version }).ToListAsync(ct);
        var text = string.Join(';', versions.Select(v => FormattableString.Invariant($"{v.Id}:{v.Version}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The state as stored, or null when no links have been recorded against any profiles yet.</summary>
    public static async Task<(string Linked, long ClaimedUntil)?> ReadAsync(EntenteDb db, CancellationToken ct)
    {
        var row = await db.DataChangeCounters.AsNoTracking().Where(c => c.Id == Row).Select(c => new { c.Stamp, c.Number }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Stamp, row.Number);
    }

    /// <summary>Records that the stored links are those of <paramref name="fingerprint"/>, and that no re-linking runs.</summary>
    public static Task RecordLinkedAsync(EntenteDb db, string fingerprint, CancellationToken ct) => WriteAsync(db, fingerprint, 0, ct);

    /// <summary>Says the stored links no longer follow the profiles (an upgrade changed them): the server re-links.</summary>
    public static Task MarkOutdatedAsync(EntenteDb db, CancellationToken ct) => WriteAsync(db, "", 0, ct);

    /// <summary>Writes the row (adding it when missing).</summary>
    public static async Task WriteAsync(EntenteDb db, string fingerprint, long claimedUntil, CancellationToken ct)
    {
        var moved = await db.DataChangeCounters.Where(c => c.Id == Row)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Stamp, fingerprint).SetProperty(c => c.Number, claimedUntil), ct);
        if (moved == 0)
        {
            db.DataChangeCounters.Add(new DataChangeCounter { Id = Row, Number = claimedUntil, Stamp = fingerprint });
            await db.SaveChangesAsync(ct);
        }
    }
}
