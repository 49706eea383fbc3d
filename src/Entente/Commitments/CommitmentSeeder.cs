using Entente.Agreements;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>
/// Makes every operative clause a commitment. It runs after each sample load and after each migration, adding
/// only clauses that have none, so it is idempotent and also covers agreements added by other means.
/// </summary>
public static class CommitmentSeeder
{
    public static async Task<int> AddMissingAsync(EntenteDb db, CancellationToken ct)
    {
        var missing = await db.Provisions.AsNoTracking()
            .Where(p => p.Part == ProvisionPart.Operative && !db.Commitments.Any(c => c.ProvisionId == p.Id))
            .OrderBy(p => p.AgreementId).ThenBy(p => p.Order)
            .Select(p => new { p.Id, p.AgreementId, p.Number })
            .ToListAsync(ct);
        if (missing.Count == 0)
        {
            return 0;
        }

        db.Commitments.AddRange(missing.Select(p => new Commitment { ProvisionId = p.Id, AgreementId = p.AgreementId, Number = p.Number }));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }
}
