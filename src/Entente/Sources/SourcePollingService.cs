using Entente.Access;
using Entente.Notifications;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Sources;

/// <summary>Settings of the server's polling, under <c>Sources</c>.</summary>
public sealed class SourcePollingOptions
{
    public const string Section = "Sources";

    /// <summary>How often the server looks for sources that are due (each source keeps its own period).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Polls each watched source on its own schedule inside the server. Several servers on one PostgreSQL share the work
/// without doubling it: due sources are claimed under <see cref="ServerLock"/> by moving their next poll
/// <see cref="ClaimFor"/> ahead in the same transaction, so another server finds them not due while the poll runs; the
/// poll then sets the next one a period (or a back-off) after it ends. A server that stops mid-poll leaves its claim to
/// lapse, and the source is taken up again after <see cref="ClaimFor"/>.
/// </summary>
public sealed class SourcePollingService(
    IServiceScopeFactory scopes,
    PoliteFetcher fetcher,
    TimeProvider time,
    IOptions<SourcePollingOptions> options,
    NotificationService notifications,
    ILogger<SourcePollingService> logger) : PeriodicService(time, logger)
{
    /// <summary>How long a claim keeps a source from other servers; longer than any poll takes within its limits.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(15);

    protected override TimeSpan Period => options.Value.CheckEvery;

    protected override async Task RunTickAsync(CancellationToken ct)
    {
        var outcomes = await TickAsync(ct);
        if (outcomes.Any(o => o.Taken > 0))
        {
            // New documents may be news for some Party: tell it now rather than a period later.
            notifications.Wake();
        }
    }

    /// <summary>Claims the sources that are due and polls them; returns what each poll did.</summary>
    public async Task<IReadOnlyList<PollOutcome>> TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Viewer>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
        var claimed = await ClaimDueAsync(db, ct);
        var poller = new SourcePoller(db, fetcher, Clock);
        var outcomes = new List<PollOutcome>();
        foreach (var id in claimed)
        {
            var outcome = await poller.PollAsync(id, ct);
            outcomes.Add(outcome);
            if (outcome.Succeeded)
            {
                Log.LogInformation("Source {Id} polled: {Summary}", id, SourceCommands.Describe(outcome));
            }
            else
            {
                Log.LogWarning("Source {Id} failed: {Error}", id, outcome.Error);
            }
        }

        return outcomes;
    }

    // Due sources get their next poll moved past the poll itself under the lock: the claim every other server respects.
    private async Task<List<int>> ClaimDueAsync(EntenteDb db, CancellationToken ct) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            if (!await ServerLock.TryTakeAsync(db, ServerLock.SourcePolling, token))
            {
                Log.LogDebug("Another server is claiming sources; this one skips the tick.");
                return new List<int>();
            }

            var now = Clock.GetUtcNow();
            // Times are compared after reading: SQLite cannot compare DateTimeOffset values in SQL (sources are few).
            var due = (await db.Set<WatchedSource>().ToListAsync(token)).Where(s => s.NextPollAt <= now).OrderBy(s => s.NextPollAt).ToList();
            foreach (var source in due)
            {
                source.NextPollAt = now + ClaimFor;
            }

            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return due.Select(s => s.Id).ToList();
        }, ct);
}
