using Entente.Access;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Consultations;

/// <summary>
/// Looks at open consultations every few minutes: reminds the asked Party as a deadline nears and marks a
/// breach once it has passed. <see cref="TickAsync"/> is one look, kept apart so a cross-server lock can wrap it.
/// </summary>
public sealed class ConsultationDeadlineService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ConsultationDeadlineOptions> options,
    ILogger<ConsultationDeadlineService> logger) : PeriodicService(time, logger)
{
    protected override TimeSpan Period => options.Value.CheckEvery;

    protected override Task RunTickAsync(CancellationToken ct) => TickAsync(ct);

    /// <summary>
    /// One look at every open consultation; returns what was done. On PostgreSQL several servers may run this
    /// service: a transaction-scoped advisory lock lets one of them check while the others skip this tick. On SQLite
    /// one process is assumed; even so, the consultation's version makes a second, racing save fail instead of
    /// recording the same reminder or breach twice.
    /// </summary>
    public async Task<IReadOnlyList<DeadlineAction>> TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Viewer>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
        if (!db.Database.IsNpgsql())
        {
            return await CheckAsync(db, ct);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (!await ServerLock.TryTakeAsync(db, ServerLock.ConsultationDeadlines, token))
            {
                Log.LogDebug("Another server is checking consultation deadlines; this one skips the tick.");
                return (IReadOnlyList<DeadlineAction>)[];
            }

            // CheckAsync commits when it wrote something; otherwise disposing rolls back, which releases the lock too.
            return await CheckAsync(db, token);
        }, ct);
    }

    private async Task<IReadOnlyList<DeadlineAction>> CheckAsync(EntenteDb db, CancellationToken ct)
    {
        var open = await db.Consultations
            .Where(c => c.Status == ConsultationStatus.Requested || c.Status == ConsultationStatus.Acknowledged || c.Status == ConsultationStatus.Scheduled)
            .ToListAsync(ct);
        var now = Clock.GetUtcNow();
        var actions = ConsultationDeadlines.Evaluate(now, open, options.Value);
        foreach (var action in actions)
        {
            var consultation = open.Single(c => c.Id == action.ConsultationId);
            if (!action.IsBreach)
            {
                consultation.LastReminderAt = now;
            }
            else if (action.Stage == DeadlineStage.Acknowledge)
            {
                consultation.AcknowledgeBreachedAt = now;
            }
            else
            {
                consultation.HoldBreachedAt = now;
            }
        }

        if (actions.Count == 0)
        {
            return actions;
        }

        // Saved first, told afterwards: a save that loses a race logs nothing, so nothing is announced twice.
        await db.SaveChangesAsync(ct);
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.CommitAsync(ct);
        }

        foreach (var action in actions)
        {
            Announce(open.Single(c => c.Id == action.ConsultationId), action);
        }

        return actions;
    }

    private void Announce(Consultation consultation, DeadlineAction action)
    {
        if (!action.IsBreach)
        {
            Log.LogInformation(
                "Reminder to {Party}: consultation {Id} '{Subject}' must be {Stage} by {Deadline:O}",
                consultation.CounterpartPartyCode, consultation.Id, consultation.Subject, action.Stage == DeadlineStage.Acknowledge ? "acknowledged" : "held", action.Deadline);
        }
        else if (action.Stage == DeadlineStage.Acknowledge)
        {
            Log.LogWarning("Consultation {Id} was not acknowledged by {Deadline:O}", consultation.Id, action.Deadline);
        }
        else
        {
            Log.LogWarning("Consultation {Id} was not held by {Deadline:O}", consultation.Id, action.Deadline);
        }
    }
}
