using Entente.Access;
using Entente.Agreements;
using Entente.Search;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// Rows written in bulk read back through Entity Framework exactly as a save would have stored them — converted
/// columns (compressed text on SQLite, lists, enums) included — with their generated keys set when asked, and the
/// search rows reach the full-text index; a rolled-back transaction takes them with it.
/// </summary>
public class BulkInsertTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RowsWrittenInBulkReadBackAsSavedWithTheirKeys(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, Ct);
        List<Provision> provisions;
        int agreementId;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            agreementId = await db.Agreements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct);
            provisions = [.. Enumerable.Range(0, 45).Select(i => new Provision
            {
                AgreementId = agreementId,
                Part = i == 0 ? ProvisionPart.Preamble : ProvisionPart.Operative,
                Number = i == 0 ? null : $"B{i}",
                Order = 10_000 + i,
                Spheres = i % 2 == 0 ? ["trade", "energy"] : [],
                Modality = i % 3 == 0 ? "shall" : null,
            })];
            await InTransactionAsync(db, commit: true, async () =>
            {
                await BulkInsert.InsertAsync(db, provisions, Ct);
                var texts = provisions.Select(p => new ProvisionText
                {
                    ProvisionId = p.Id,
                    Language = "ru",
                    Text = $"Стороны развивают сотрудничество, пункт {p.Number} — «ёлка»",
                    Summary = p.Number is null ? null : $"Summary {p.Number}",
                }).ToList();
                await BulkInsert.InsertAsync(db, texts, Ct);
            });
        }

        Assert.Equal(provisions.Count, provisions.Select(p => p.Id).Where(id => id > 0).Distinct().Count());
        await using var check = EntenteDatabase.CreateContext(target);
        var stored = await check.Provisions.AsNoTracking().Include(p => p.Texts)
            .Where(p => p.AgreementId == agreementId && p.Order >= 10_000).OrderBy(p => p.Order).ToListAsync(Ct);
        Assert.Equal(provisions.Select(p => (p.Id, p.Part, p.Number, p.Order, string.Join('|', p.Spheres), p.Modality)),
            stored.Select(p => (p.Id, p.Part, p.Number, p.Order, string.Join('|', p.Spheres), p.Modality)));
        Assert.All(stored, p =>
        {
            var text = Assert.Single(p.Texts);
            Assert.Equal($"Стороны развивают сотрудничество, пункт {p.Number} — «ёлка»", text.Text);
            Assert.Equal(p.Number is null ? null : $"Summary {p.Number}", text.Summary);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SearchRowsWrittenManyToAStatementAreFoundAndARollbackTakesThemAway(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        // More rows than one statement holds, so the last statement is shorter than the others.
        var entries = Enumerable.Range(1, 50).Select(Entry).ToList();
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await InTransactionAsync(db, commit: false, () => BulkInsert.InsertWithoutKeysAsync(db, entries, Ct));
            Assert.Equal(0, await db.SearchEntries.CountAsync(Ct));
            await InTransactionAsync(db, commit: true, () => BulkInsert.InsertWithoutKeysAsync(db, entries, Ct));
        }

        await using var check = EntenteDatabase.CreateContext(target);
        var stored = await check.SearchEntries.AsNoTracking().OrderBy(e => e.RecordId).ToListAsync(Ct);
        Assert.Equal(entries.Select(e => (e.RecordId, e.Title, e.BodyTerms, e.On, e.Visibility)),
            stored.Select(e => (e.RecordId, e.Title, e.BodyTerms, e.On, e.Visibility)));
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // The trigger copied every row into the full-text index.
            var found = await check.Database.SqlQueryRaw<int>("SELECT rowid AS \"Value\" FROM SearchEntriesFts WHERE SearchEntriesFts MATCH 'zanzibarterm37'").ToListAsync(Ct);
            Assert.Equal([stored.Single(e => e.RecordId == 37).Id], found);
        }
    }

    // PostgreSQL's retrying strategy wants a transaction run through it, as the application's saves do.
    private static Task InTransactionAsync(EntenteDb db, bool commit, Func<Task> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await work();
            if (commit)
            {
                await transaction.CommitAsync(Ct);
            }
            else
            {
                await transaction.RollbackAsync(Ct);
            }
        });

    private static SearchEntry Entry(int n) => new()
    {
        RecordType = SearchRecordTypes.Document,
        RecordId = n,
        Url = $"/documents/{n}",
        Title = $"Document {n}",
        Body = $"Body of document {n}",
        TitleTerms = $"document {n}",
        BodyTerms = $"body zanzibarterm{n}",
        On = n % 2 == 0 ? new DateOnly(2024, 3, n % 28 + 1) : null,
        Visibility = n % 3 == 0 ? Visibility.Party : Visibility.Shared,
    };
}
