using Entente.Access;
using Entente.Documents;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// Links the stored documents again when the commitment profiles change, so an administrator's edit reaches every
/// clause page without anyone running <c>entente documents refresh</c>. A save wakes it at once; otherwise it looks
/// every minute. It compares the profiles' fingerprint with the one the links were made with
/// (<see cref="ProfileLinkState"/>) and, when they differ, claims the work under <see cref="ServerLock"/> for
/// <see cref="ClaimFor"/> — so one server of several does it — and runs the one refresh path
/// (<see cref="DocumentRefresh"/>). A server that stops mid-way leaves its claim to lapse, and the work is taken up
/// again. A database whose links were never recorded against profiles takes the profiles it has as the linked ones.
/// </summary>
public sealed class ProfileRelinkService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProfileRelinkService> logger)
    : PeriodicService(time, logger)
{
    /// <summary>Longer than a refresh of a ministry's documents takes (10,000 news texts: about two minutes here).</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromHours(1);

    protected override TimeSpan Period => TimeSpan.FromMinutes(1);

    protected override async Task RunTickAsync(CancellationToken ct) => await TickAsync(ct);

    /// <summary>One look; returns what the refresh did, or null when the links already follow the profiles (or another server is at it).</summary>
    public async Task<RefreshSummary?> TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Viewer>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
        if (!await ClaimAsync(db, ct))
        {
            return null;
        }

        Log.LogInformation("Commitment profiles changed: linking the stored documents again.");
        await using var readerScope = scopes.CreateAsyncScope();
        var reader = readerScope.ServiceProvider.GetRequiredService<EntenteDb>();
        var summary = await DocumentRefresh.RunAsync(db, reader, advance: null, ct);
        Log.LogInformation("Re-linked {Documents} document(s), {Changed} changed: {Links} clause links.", summary.Documents, summary.Changed, summary.ClauseLinks);
        return summary;
    }

    // True when this server should re-link now, and has claimed the work.
    private async Task<bool> ClaimAsync(EntenteDb db, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ServerLock.TryTakeAsync(db, ServerLock.ProfileRelinking, ct))
            {
                return false;
            }

            var profiles = await ProfileLinkState.FingerprintAsync(db, ct);
            var state = await ProfileLinkState.ReadAsync(db, ct);
            var now = Clock.GetUtcNow().ToUnixTimeSeconds();
            if (state is null)
            {
                await ProfileLinkState.RecordLinkedAsync(db, profiles, ct);
            }
            // Profiles changed since the links were made, or a claim lapsed before its refresh ended.
            else if (state.Value.ClaimedUntil <= now && (state.Value.Linked != profiles || state.Value.ClaimedUntil > 0))
            {
                // Claimed: other servers (and this one's next tick) leave it alone until the refresh ends or the claim lapses.
                await ProfileLinkState.WriteAsync(db, state.Value.Linked, now + (long)ClaimFor.TotalSeconds, ct);
                await transaction.CommitAsync(ct);
                return true;
            }

            await transaction.CommitAsync(ct);
            return false;
        }, cancellationToken);
}
