using Entente.Agreements;
using Entente.Sample;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Entente.Tests;

/// <summary>The model, its migrations and the built-in sample, on SQLite and on PostgreSQL.</summary>
public class StorageTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrationsCreateTheWholeSchema(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        var result = await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);

        Assert.NotEmpty(result.AppliedMigrations);
        Assert.Null(result.Sample);
        await using var db = EntenteDatabase.CreateContext(target);
        var status = await DatabaseBootstrapper.ReadStatusAsync(db, Ct);
        Assert.Empty(status.Pending);
        Assert.Equal(0, await db.Agreements.CountAsync(Ct));
        Assert.Equal(0, await db.Users.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SampleHoldsTheLegalBaseAndTheDeclarationsFortyThreeClauses(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await using var db = EntenteDatabase.CreateContext(target);

        var sample = SampleLoader.ReadBuiltIn();
        Assert.Equal(sample.Agreements.Count, await db.Agreements.CountAsync(Ct));

        var declaration = await db.Agreements
            .Include(a => a.Provisions)
            .Include(a => a.Parties)
            .Include(a => a.Relations).ThenInclude(r => r.To)
            .SingleAsync(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22), Ct);
        var clauses = declaration.Provisions.Where(p => p.Part == ProvisionPart.Operative).OrderBy(p => p.Order).ToList();
        Assert.Equal(43, clauses.Count);
        Assert.Equal(Enumerable.Range(1, 43).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), clauses.Select(c => c.Number));
        Assert.Equal(10, declaration.Provisions.Count(p => p.Part == ProvisionPart.Preamble));
        Assert.Single(declaration.Provisions, p => p.Part == ProvisionPart.Closing);
        Assert.All(clauses, c => Assert.NotEmpty(c.Spheres));
        Assert.All(clauses, c => Assert.NotNull(c.Modality));
        Assert.Equal(["AZ", "RU"], declaration.Parties.Select(p => p.PartyCode).Order());
        Assert.Equal("Moscow", declaration.SigningPlace);

        var proceedsFrom = declaration.Relations.Where(r => r.Kind == RelationKind.ProceedsFrom).Select(r => r.To!.SignedOn).Order().ToList();
        Assert.Equal([new DateOnly(1997, 7, 3), new DateOnly(2008, 7, 3), new DateOnly(2018, 9, 1)], proceedsFrom);
        Assert.Contains(declaration.Relations, r => r.Kind == RelationKind.Promotes && r.To!.Kind == AgreementKind.ActionPlan);
        Assert.Contains(declaration.Relations, r => r.Kind == RelationKind.References && r.To!.Kind == AgreementKind.Convention);

        var actionPlan = await db.Agreements.Include(a => a.Roadmaps).SingleAsync(a => a.Kind == AgreementKind.ActionPlan, Ct);
        Assert.Equal(6, actionPlan.Roadmaps.Count);

        var turnover2021 = await db.Observations.SingleAsync(o => o.IndicatorKey == "trade-turnover" && o.PeriodStart == new DateOnly(2021, 1, 1), Ct);
        Assert.Equal(3_400_000_000m, turnover2021.Value);
        Assert.Equal("almost", turnover2021.Qualifier);
        Assert.NotNull(turnover2021.Citation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadingTheSampleTwiceChangesNothing(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var before = await CountRowsAsync(target);

        await using var db = EntenteDatabase.CreateContext(target);
        var second = await SampleLoader.LoadAsync(db, Ct);

        Assert.True(second.ChangedNothing);
        Assert.Equal(before, await CountRowsAsync(target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASampleLoadInterruptedHalfwayLeavesNothingBehind(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);

        await using (var db = EntenteDatabase.CreateContext(target, new FailingSave(afterSaves: 2)))
        {
            await Assert.ThrowsAsync<IOException>(() => SampleLoader.LoadAsync(db, Ct));
        }

        await using var check = EntenteDatabase.CreateContext(target);
        Assert.Equal(0, await check.Parties.CountAsync(Ct));
        Assert.Equal(0, await check.Agreements.CountAsync(Ct));
        Assert.Equal(0, await check.Observations.CountAsync(Ct));
    }

    [Fact]
    public void SampleWithADuplicateKeyIsRefused()
    {
        var sample = SampleLoader.ReadBuiltIn();
        var broken = sample with { Agreements = [.. sample.Agreements, sample.Agreements[0]] };

        var problems = SampleValidator.Problems(broken);

        Assert.Contains(problems, p => p.Contains(sample.Agreements[0].Key, StringComparison.Ordinal) && p.Contains("2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInSampleIsValidAndUsesOnlyKnownVocabulary()
    {
        var sample = SampleLoader.ReadBuiltIn();
        Assert.Empty(SampleValidator.Problems(sample));
        Assert.Equal(["AZ", "RU"], sample.Partnership.Parties.Order());
    }

    [Fact]
    public void EveryIndicatorAClaimMayFeedIsInTheSampleWithItsNamesInTheThreeLanguages()
    {
        // Otherwise the first document reporting it adds it with an English name only.
        var sample = SampleLoader.ReadBuiltIn().Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var keys = typeof(Entente.Text.Vocabulary.IndicatorKeys).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.True(sample.TryGetValue(key, out var indicator), $"the sample has no indicator '{key}'");
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.Ru), $"'{key}' has no Russian name");
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.Az), $"'{key}' has no Azerbaijani name");
        });
    }

    [Fact]
    public void SampleWithADanglingRelationIsRefusedBeforeAnythingIsWritten()
    {
        var sample = SampleLoader.ReadBuiltIn();
        var broken = sample with
        {
            Agreements = [.. sample.Agreements.Select((a, i) => i == 0 ? a with { Relations = [new SampleRelation("references", "no-such-agreement")] } : a)],
        };

        var problems = SampleValidator.Problems(broken);

        Assert.Contains(problems, p => p.Contains("no-such-agreement", StringComparison.Ordinal));
    }

    /// <summary>Lets a number of saves through, then fails the next as a crash or a full disk would.</summary>
    private sealed class FailingSave(int afterSaves) : SaveChangesInterceptor
    {
        private int _saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++_saves > afterSaves
                ? throw new IOException("Simulated failure in the middle of loading the sample.")
                : ValueTask.FromResult(result);
    }

    private static async Task<(int, int, int, int, int)> CountRowsAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        return (
            await db.Agreements.CountAsync(Ct),
            await db.Provisions.CountAsync(Ct),
            await db.AgreementRelations.CountAsync(Ct),
            await db.Observations.CountAsync(Ct),
            await db.Bodies.CountAsync(Ct));
    }

    [Fact]
    public async Task SqliteHasPlannerStatisticsOnceTheDatabaseIsPrepared()
    {
        // Without them SQLite scanned every search entry of a type for each search (see RefreshPlannerStatisticsAsync).
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using var db = EntenteDatabase.CreateContext(target);
        var analysed = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT tbl AS \"Value\" FROM sqlite_stat1").ToListAsync(Ct);
        Assert.Contains("SearchEntries", analysed);
        Assert.Contains("Provisions", analysed);
    }
}
