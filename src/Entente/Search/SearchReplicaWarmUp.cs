using Entente.Storage;

namespace Entente.Search;

/// <summary>
/// Reads the server's copy of the search index once the server has started, so the first visitor to search does not
/// wait for it (at 100,000 documents it takes seconds). A failure is only logged: the first search tries again.
/// </summary>
internal sealed class SearchReplicaWarmUp(SearchReplica replica, IServiceScopeFactory scopes, ILogger<SearchReplicaWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EntenteDb>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await replica.RefreshAsync(db, stoppingToken);
            log.LogInformation("Search index read into memory: {Entries} entries in {Seconds:0.0} s.", replica.Count, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Warming up is an optimisation: whatever stops it, the first search reads the index itself.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "The search index could not be read into memory at start-up; the first search will read it.");
        }
    }
}
