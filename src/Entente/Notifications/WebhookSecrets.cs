using Entente.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Entente.Notifications;

/// <summary>
/// Keeps webhook secrets encrypted at rest. A secret must be readable again to sign with, so it is not hashed but
/// protected with the shared key ring (<see cref="Web.SharedKeyRing"/>: in the database, the same for every server and
/// after restarts). A stored value starts with <see cref="Marker"/>; one without it was written before secrets were
/// protected, is still used as it is, and is protected in place by <see cref="ProtectStoredAsync"/>.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    /// <summary>What a protected secret starts with in the <c>Webhooks.Secret</c> column.</summary>
    public const string Marker = "dp1:";

    /// <summary>The longest stored (protected) value; a 200-character secret takes about 380.</summary>
    public const int StoredLength = 1000;

    private readonly IDataProtector _protector = provider.CreateProtector("Entente.Notifications.WebhookSecret.v1");

    public string Protect(string secret) => Marker + _protector.Protect(secret);

    /// <summary>The secret to sign with, from what the column holds.</summary>
    public string Unprotect(string stored) => IsProtected(stored) ? _protector.Unprotect(stored[Marker.Length..]) : stored;

    public static bool IsProtected(string stored) => stored.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>Protects every secret still stored in plain text (written before the upgrade); returns how many.</summary>
    public async Task<int> ProtectStoredAsync(EntenteDb db, CancellationToken ct)
    {
        var plain = await db.Set<Webhook>().Where(w => !w.ProtectedSecret.StartsWith(Marker)).ToListAsync(ct);
        foreach (var webhook in plain)
        {
            webhook.ProtectedSecret = Protect(webhook.ProtectedSecret);
        }

        await db.SaveChangesAsync(ct);
        return plain.Count;
    }
}
