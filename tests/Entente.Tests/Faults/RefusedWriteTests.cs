using Entente.Documents;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Faults;

/// <summary>
/// A batch goes on when the database refuses what was derived from one of its documents (there: a 158-character
/// agreement key PostgreSQL would not hold; here: a trigger that refuses one figure's passage). The other documents
/// of its group are stored, the refused one is kept with its bytes and the database's reason, and the exit code says
/// some failed.
/// </summary>
public class RefusedWriteTests(PostgresServer postgres)
{
    private const string Marker = "Quuxville";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ADocumentTheDatabaseRefusesIsKeptAsFailedAndTheBatchGoesOn(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await RefusePassagesWithTheMarkerAsync(db, target.Provider);
        }

        var folder = Directory.CreateTempSubdirectory("entente-refused-").FullName;
        string[] names = ["a.txt", "b.txt", "c.txt"];
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), Report("Northport", 33.9m), Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), Report(Marker, 41.2m), Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "c.txt"), Report("Southbay", 12.5m), Ct);

        var run = await CliRun.RunAsync("ingest", folder, "--db", target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString);

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}: {run.Output}{run.Error}");
        Assert.Contains("2 added", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Output, StringComparison.Ordinal);
        await using var check = EntenteDatabase.CreateContext(target);
        var stored = await check.SourceDocuments.Include(d => d.Content).OrderBy(d => d.Source).ToListAsync(Ct);
        Assert.Equal(names, stored.Select(d => Path.GetFileName(d.Source)));
        var refused = stored[1];
        Assert.Equal(IngestionStatus.Failed, refused.Status);
        Assert.Equal("not-stored", refused.ErrorCode);
        Assert.Contains("refused by the test", refused.Error, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "b.txt"), Ct), refused.Content!.Bytes);
        var sourced = await check.ObservationSources.Select(s => s.SourceDocumentId).Distinct().ToListAsync(Ct);
        Assert.Equal([stored[0].Id, stored[2].Id], sourced.Order());
    }

    private static string Report(string place, decimal billions) =>
        $"{place}, 12 March 2024. Bilateral trade reached {billions} billion US dollars in 2023 at the port of {place}, "
        + "up 7 percent on the year before, according to the ministry of transport.";

    private static async Task RefusePassagesWithTheMarkerAsync(EntenteDb db, DatabaseProvider provider)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? $"""
              CREATE TRIGGER refuse_marker BEFORE INSERT ON "ObservationSources"
              WHEN NEW."Passage" LIKE '%{Marker}%' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
              """
            : $$"""
              CREATE FUNCTION refuse_marker() RETURNS trigger AS $f$
              BEGIN
                IF NEW."Passage" LIKE '%{{Marker}}%' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '23514'; END IF;
                RETURN NEW;
              END $f$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_marker BEFORE INSERT ON "ObservationSources" FOR EACH ROW EXECUTE FUNCTION refuse_marker();
              """;
#pragma warning disable EF1002 // The SQL is the test's own constant text.
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
#pragma warning restore EF1002
    }
}
