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

    /// <summary>One look at every open consultation; returns what was done.</summary>
    public async Task<IReadOnlyList<DeadlineAction>> TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Viewer>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
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
                logger.LogInformation(
                    "Reminder to {Party}: consultation {Id} '{Subject}' must be {Stage} by {Deadline:O}",
                    consultation.CounterpartPartyCode, consultation.Id, consultation.Subject, action.Stage == DeadlineStage.Acknowledge ? "acknowledged" : "held", action.Deadline);
            }
            else if (action.Stage == DeadlineStage.Acknowledge)
            {
                consultation.AcknowledgeBreachedAt = now;
                logger.LogWarning("Consultation {Id} was not acknowledged by {Deadline:O}", consultation.Id, action.Deadline);
            }
            else
            {
                consultation.HoldBreachedAt = now;
                logger.LogWarning("Consultation {Id} was not held by {Deadline:O}", consultation.Id, action.Deadline);
            }
        }

        if (actions.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return actions;
    }
}
