using Entente.Access;
using System.Globalization;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Sample;

/// <summary>
/// Keeps the built-in sample's commitment profiles in step with the release: a profile nobody has saved (the audit
/// trail names no one but the system for it: loaded, perhaps upgraded) takes the sample's cues when they differ; a
/// profile an administrator saved is never replaced. The upgrade is itself in the trail, by the system. Stored documents are then linked again by the server
/// (<see cref="ProfileRelinkService"/>) or by <c>entente documents refresh</c>.
/// </summary>
internal static class SampleProfiles
{
    /// <summary>Updates the unsaved profiles of the sample's agreements to the sample's cues; returns how many changed.</summary>
    public static async Task<int> FollowAsync(EntenteDb db, SampleFile sample, CancellationToken ct)
    {
        var keys = sample.Profiles.Select(p => p.Agreement).Distinct(StringComparer.Ordinal).ToList();
        var agreements = await db.Agreements.AsNoTracking().Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Id, ct);
        if (agreements.Count == 0)
        {
            return 0;
        }

        var ids = agreements.Values.ToList();
        var stored = (await db.ClauseProfiles.Where(p => ids.Contains(p.AgreementId)).ToListAsync(ct))
            .ToDictionary(p => (p.AgreementId, p.Clause));

        // Saved by someone: a trail entry on the profile by anyone but the system (which loads and upgrades the sample).
        // Audit entries are filtered by who reads them; this looks at all of them, and at their record ids only.
        var system = Viewer.System().Actor;
        var saved = (await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Entity == nameof(ClauseProfile) && e.Actor != system)
                .Select(e => e.EntityId).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var updated = 0;
        foreach (var profile in sample.Profiles)
        {
            if (!agreements.TryGetValue(profile.Agreement, out var agreementId) || !stored.TryGetValue((agreementId, profile.Clause), out var current)
                || saved.Contains(current.Id.ToString(CultureInfo.InvariantCulture)))
            {
                continue;
            }

            var (names, terms, betweenPartiesOnly, partOf) = (current.NamesJson, current.TermsJson, current.BetweenPartiesOnly, current.PartOf);
            current.Names = profile.Names ?? new Dictionary<string, IReadOnlyList<string>>();
            current.Terms = profile.Terms ?? new Dictionary<string, IReadOnlyList<string>>();
            current.BetweenPartiesOnly = profile.BetweenPartiesOnly;
            current.PartOf = profile.PartOf;
            if (current.NamesJson != names || current.TermsJson != terms || current.BetweenPartiesOnly != betweenPartiesOnly || current.PartOf != partOf)
            {
                updated++;
            }
        }

        await db.SaveChangesAsync(ct);
        if (updated > 0)
        {
            await ProfileLinkState.MarkOutdatedAsync(db, ct);
        }

        return updated;
    }
}
