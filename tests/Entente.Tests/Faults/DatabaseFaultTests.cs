using System.Diagnostics;
using System.Net;
using System.Text;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Faults;

/// <summary>The database goes away or fills up under Entente: it says so clearly, recovers by itself, and corrupts nothing.</summary>
public class DatabaseFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostgresRestartedUnderLoadOnlyFailsRequestsInFlightAndEntenteRecovers()
    {
        // A server of its own: restarting the shared one would disturb the other tests.
        await using var server = new PostgresServer();
        await server.InitializeAsync();
        var target = await server.CreateDatabaseAsync();
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, Ct);
        await using var app = await RunningApp.StartAsync(target);

        var statuses = new List<(TimeSpan At, HttpStatusCode Status, string? Body)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await app.Client.GetAsync("/api/agreements", CancellationToken.None);
                    var body = response.IsSuccessStatusCode ? null : await response.Content.ReadAsStringAsync(CancellationToken.None);
                    lock (statuses)
                    {
                        statuses.Add((clock.Elapsed, response.StatusCode, body));
                    }
                }
                catch (HttpRequestException)
                {
                    lock (statuses)
                    {
                        statuses.Add((clock.Elapsed, HttpStatusCode.BadGateway, "connection to Entente failed"));
                    }
                }
            }
        })).ToList();

        // Restart only once the load is flowing: the first requests of a cold process can take a while.
        while (!SucceededOnce(statuses))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "no request succeeded within a minute of starting");
            await Task.Delay(100, Ct);
        }

        var restartStarted = clock.Elapsed;
        await server.RestartAsync();
        var restartEnded = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var failures = statuses.Where(s => s.Status != HttpStatusCode.OK).ToList();
        Assert.Contains(statuses, s => s.Status == HttpStatusCode.OK && s.At < restartStarted);
        Assert.All(failures, f =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, f.Status);
            Assert.Contains("database is unavailable", f.Body, StringComparison.OrdinalIgnoreCase);
        });
        // After a short settling time every request succeeds again, with no restart of Entente.
        var afterRecovery = statuses.Where(s => s.At > restartEnded + TimeSpan.FromSeconds(1)).ToList();
        Assert.NotEmpty(afterRecovery);
        Assert.All(afterRecovery, s => Assert.Equal(HttpStatusCode.OK, s.Status));
    }

    [Fact]
    public async Task WhilePostgresIsDownRequestsGetA503ProblemAndServiceResumesWhenItReturns()
    {
        await using var server = new PostgresServer();
        await server.InitializeAsync();
        var target = await server.CreateDatabaseAsync();
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, Ct);
        await using var app = await RunningApp.StartAsync(target);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/agreements", Ct)).StatusCode);

        await server.StopAsync();
        using var down = await app.Client.GetAsync("/api/agreements", Ct);
        var health = await app.Client.GetAsync("/healthz", Ct);
        await server.StartAgainAsync();
        using var back = await app.Client.GetAsync("/api/agreements", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.Contains("database is unavailable", await down.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(down.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task FullDiskDuringIngestionIsNamedAndLeavesTheDatabaseSound()
    {
        Assert.SkipUnless(Environment.UserName == "root", "mounting a small tmpfs needs root");
        var mountPoint = Directory.CreateTempSubdirectory("entente-full-").FullName;
        var mount = await RunAsync("mount", $"-t tmpfs -o size=16m tmpfs {mountPoint}");
        Assert.SkipWhen(mount.ExitCode != 0, $"cannot mount a tmpfs here: {mount.Output}");
        try
        {
            var database = Path.Combine(mountPoint, "entente.db");
            var target = DatabaseTarget.Parse("sqlite:" + database);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, Ct);

            // Documents of 200 KB each (stored with their text and analysis): the disk fills after a dozen or so.
            var folder = Directory.CreateTempSubdirectory("entente-full-docs-").FullName;
            for (var i = 0; i < 80; i++)
            {
                var text = new StringBuilder().Append("Report ").Append(i).Append(". ");
                while (text.Length < 200_000)
                {
                    text.Append("The commission reviewed trade and transport on 3 March 2023. ").Append(text.Length).Append(' ');
                }

                await File.WriteAllTextAsync(Path.Combine(folder, $"report-{i:D2}.txt"), text.ToString(), Ct);
            }

            var run = await CliRun.RunAsync("ingest", folder, "--db", "sqlite:" + database);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("full", run.Error, StringComparison.Ordinal);
            Assert.Contains(database, run.Error, StringComparison.Ordinal);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using var db = EntenteDatabase.CreateContext(target);
            Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync(Ct));
            // The bytes as read back (SQLite keeps them compressed): every stored document has all of its own.
            var stored = await db.SourceDocuments.Select(d => new { d.Length, d.Content!.Bytes }).ToListAsync(Ct);
            Assert.InRange(stored.Count, 1, 79);
            Assert.All(stored, d => Assert.Equal(d.Length, d.Bytes.Length));
            Assert.Equal(43, await db.Provisions.CountAsync(p => p.Part == Agreements.ProvisionPart.Operative && p.Number != null && p.AgreementId == db.Agreements.Single(a => a.SignedOn == new DateOnly(2022, 2, 22)).Id, Ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", mountPoint);
        }
    }

    private static bool SucceededOnce(List<(TimeSpan At, HttpStatusCode Status, string? Body)> statuses)
    {
        lock (statuses)
        {
            return statuses.Any(s => s.Status == HttpStatusCode.OK);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct) + await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, output.Trim());
    }
}
