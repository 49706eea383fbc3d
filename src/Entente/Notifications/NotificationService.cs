using Entente.Access;
using Entente.Consultations;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Notifications;

/// <summary>What one look did: notifications added to inboxes and webhook attempts made.</summary>
public sealed record NotificationTick(int Added, int Attempts);

/// <summary>
/// Fills each Party's inbox with what is new for it and sends the Party's webhooks what they have not had, every
/// <see cref="NotificationOptions.CheckEvery"/> and as soon as a watched source brought documents. Each Party's work is
/// done through a context acting for that Party, so the access filters decide what it may be told. On PostgreSQL one
/// server at a time looks (<see cref="ServerLock"/>), so no notification is derived or sent twice.
/// </summary>
public sealed class NotificationService(
    IServiceScopeFactory scopes,
    WebhookDispatcher dispatcher,
    WebhookSecrets secrets,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    IOptions<ConsultationDeadlineOptions> deadlines,
    ILogger<NotificationService> logger) : PeriodicService(time, logger)
{
    protected override TimeSpan Period => options.Value.CheckEvery;

    protected override Task RunTickAsync(CancellationToken ct) => TickAsync(ct);

    public async Task<NotificationTick> TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Viewer>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
        // Only PostgreSQL needs the lock's transaction (inside the execution strategy, as its retries require); on SQLite
        // an open transaction would hold back the Parties' writes.
        if (!db.Database.IsNpgsql())
        {
            return await LookAsync(db, ct);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (!await ServerLock.TryTakeAsync(db, ServerLock.Notifications, token))
            {
                Log.LogDebug("Another server is looking for notifications; this one skips the tick.");
                return new NotificationTick(0, 0);
            }

            return await LookAsync(db, token);
        }, ct);
    }

    private async Task<NotificationTick> LookAsync(EntenteDb db, CancellationToken ct)
    {
        // Secrets stored in plain text before they were protected are protected on the first look after the upgrade.
        if (await secrets.ProtectStoredAsync(db, ct) is > 0 and var protectedNow)
        {
            Log.LogInformation("Webhooks: {Count} secrets stored in plain text are now encrypted", protectedNow);
        }

        var parties = await db.Parties.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        var webhooks = await db.Set<Webhook>().AsNoTracking().Select(w => new { w.Id, w.PartyCode }).ToListAsync(ct);
        var added = 0;
        var attempts = 0;
        foreach (var party in parties)
        {
            await using var partyScope = scopes.CreateAsyncScope();
            var partyDb = partyScope.ServiceProvider.GetRequiredService<EntenteDb>().ActFor(Viewer.OfParty(party), Clock);
            added += await new NotificationDeriver(partyDb, deadlines.Value, options.Value).DeriveAsync(ct);
            foreach (var webhook in webhooks.Where(w => w.PartyCode == party))
            {
                attempts += await dispatcher.DeliverAsync(partyDb, webhook.Id, ct);
            }
        }

        if (added > 0 || attempts > 0)
        {
            Log.LogInformation("Notifications: {Added} new, {Attempts} webhook attempts", added, attempts);
        }

        return new NotificationTick(added, attempts);
    }
}
