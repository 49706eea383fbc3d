using Entente.Access;
using Entente.Agreements;
using Entente.Bodies;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Notifications;

/// <summary>
/// The legal base stored (corpus 000) and the clauses news item 002 concerns (1 and 13) made the responsibility of one
/// Russian body alone, so evidence on them is news for that Party and not the other.
/// </summary>
internal static class NotificationSetup
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] ClausesOf002 = ["1", "13"];

    public static async Task<DatabaseTarget> LegalBaseAsync(string provider, PostgresServer postgres)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), "--db", Arg(target))).ExitCode);
        await using var db = EntenteDatabase.CreateContext(target);
        var declaration = await db.Agreements.Where(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22)).Select(a => a.Id).SingleAsync(Ct);
        var body = await db.Bodies.FirstOrDefaultAsync(b => b.PartyCode == "RU", Ct);
        if (body is null)
        {
            body = new Body { Key = "test-ministry", PartyCode = "RU", Kind = BodyKind.Ministry, Name = new LocalizedText { En = "Test ministry" } };
            db.Bodies.Add(body);
            await db.SaveChangesAsync(Ct);
        }

        var commitments = await db.Commitments.Include(c => c.Bodies).Where(c => c.AgreementId == declaration && ClausesOf002.Contains(c.Number!)).ToListAsync(Ct);
        Assert.Equal(2, commitments.Count);
        foreach (var commitment in commitments)
        {
            commitment.Bodies.Clear();
            commitment.Bodies.Add(new Commitments.CommitmentBody { CommitmentId = commitment.Id, BodyId = body.Id });
        }

        await db.SaveChangesAsync(Ct);
        return target;
    }

    public static async Task<int> DeclarationIdAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        return await db.Agreements.Where(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22)).Select(a => a.Id).SingleAsync(Ct);
    }

    public static EntenteDb ForParty(DatabaseTarget target, string party) => EntenteDatabase.CreateContext(target, Viewer.OfParty(party), TimeProvider.System);

    public static string Arg(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;
}
