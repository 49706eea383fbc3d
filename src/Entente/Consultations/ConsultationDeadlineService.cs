using System.Data.Common;
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
    ILogger<ConsultationDeadlineService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (DbUpdateException e)
            {
                // Another writer changed a consultation meanwhile; the next tick sees the new state.
                logger.LogWarning(e, "Consultation deadlines could not be saved this time: {Message}", e.Message);
            }
            catch (DbException e)
            {
                // The database is unreachable for now; the web application keeps serving and the next tick tries again.
                logger.LogError(e, "Consultation deadlines could not be checked: {Message}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

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
                logger.LogDebug("Another server is checking consultation deadlines; this one skips the tick.");
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
        var now = time.GetUtcNow();
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
            logger.LogInformation(
                "Reminder to {Party}: consultation {Id} '{Subject}' must be {Stage} by {Deadline:O}",
                consultation.CounterpartPartyCode, consultation.Id, consultation.Subject, action.Stage == DeadlineStage.Acknowledge ? "acknowledged" : "held", action.Deadline);
        }
        else if (action.Stage == DeadlineStage.Acknowledge)
        {
            logger.LogWarning("Consultation {Id} was not acknowledged by {Deadline:O}", consultation.Id, action.Deadline);
        }
        else
        {
            logger.LogWarning("Consultation {Id} was not held by {Deadline:O}", consultation.Id, action.Deadline);
        }
    }
}
