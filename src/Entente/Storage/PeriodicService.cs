using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// The one shape of the server's timed work (consultation deadlines, source polling, notifications): run a tick, wait a
/// period or until woken, again. A database that is unreachable, or a save that lost a race, costs one tick and is
/// logged; the web application keeps serving and the next tick tries again.
/// </summary>
public abstract class PeriodicService(TimeProvider time, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>The clock (tests pass a fake one).</summary>
    protected TimeProvider Clock { get; } = time;

    protected ILogger Log { get; } = logger;

    /// <summary>How long to wait between ticks.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>One round of the work.</summary>
    protected abstract Task RunTickAsync(CancellationToken ct);

    /// <summary>Runs the next tick now rather than at the end of the period (another service has news for this one).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken twice at once: one tick serves both.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunTickAsync(stoppingToken);
            }
            catch (DbUpdateException e)
            {
                Log.LogWarning(e, "{Service}: a save lost to another writer; the next tick sees the new state: {Message}", GetType().Name, e.Message);
            }
            catch (DbException e)
            {
                Log.LogError(e, "{Service}: the database could not be reached: {Message}", GetType().Name, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault in one tick must not stop the server (a failing background service stops the host).
                Log.LogError(e, "{Service}: the tick failed: {Message}", GetType().Name, e.Message);
            }

            using var pause = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var waited = Task.WhenAny(Task.Delay(Period, Clock, pause.Token), _wake.WaitAsync(pause.Token));
            await (await waited).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            await pause.CancelAsync();
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
