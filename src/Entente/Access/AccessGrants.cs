using Entente.Storage;
using Microsoft.EntityFrameworkCore;
using Entente.Web;

namespace Entente.Access;

/// <summary>Names the users of a restricted record; the author is always among them so they do not lose sight of it.</summary>
public static class AccessGrants
{
    public static async Task<List<string>?> ResolveAsync(EntenteDb db, IReadOnlyList<string>? userNames, FieldErrors errors, string field, CancellationToken ct)
    {
        var names = (userNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!) && u.PartyCode != null).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        foreach (var unknown in names.Except(users.Select(u => u.UserName!), StringComparer.Ordinal))
        {
            errors.Add(field, "'{0}' is not a user of a Party.", unknown);
        }

        return [.. users.Select(u => u.Id)];
    }

    public static void Grant(EntenteDb db, string kind, int recordId, IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Append(db.Viewer.UserId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            db.AccessGrants.Add(new AccessGrant { RecordKind = kind, RecordId = recordId, UserId = userId });
        }
    }
}
