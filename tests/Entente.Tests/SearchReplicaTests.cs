using System.Globalization;
using Entente.Documents;
using Entente.Search;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// The server's in-memory search index: it ranks exactly as SQLite's FTS5 does, skips what was removed, and follows
/// writes made elsewhere — added and deleted documents by difference, a rebuild by reading everything again.
/// </summary>
public class SearchReplicaTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryTermMustMatchAndATitleWordWeighsMoreThanABodyWord()
    {
        var index = new RankedIndex();
        index.Add(1, "", "trade route river");
        index.Add(2, "trade", "route river");
        index.Add(3, "", "route river bank");
        index.Add(4, "", "bank loan");

        Assert.Equal([2, 1], index.Top(["trade", "river"], 10).Select(m => m.EntryId));
        Assert.Equal([2, 1], index.Top(["trade"], 10).Select(m => m.EntryId));
        Assert.Empty(index.Top(["trade", "loan"], 10));
        Assert.Empty(index.Top(["unknown"], 10));
        Assert.Equal([3, 4], index.Top(["bank"], 10).Select(m => m.EntryId).Order());
    }

    [Fact]
    public void ARemovedEntryIsNeitherFoundNorCountedAndEqualScoresKeepTheOlderEntryFirst()
    {
        var index = new RankedIndex();
        var without = new RankedIndex();
        foreach (var (id, body) in new[] { (1, "grain export"), (2, "grain grain export port"), (3, "grain"), (4, "port fees"), (5, "grain") })
        {
            index.Add(id, "", body);
            if (id != 2)
            {
                without.Add(id, "", body);
            }
        }

        Assert.True(index.Remove(2));
        Assert.False(index.Remove(2));
        Assert.Equal(1, index.DeadCount);

        // The same ranking, to the last bit, as an index that never held the entry: row count, IDF, average length.
        Assert.Equal(without.Top(["grain"], 10), index.Top(["grain"], 10));
        Assert.Equal([3, 5, 1], index.Top(["grain"], 10).Select(m => m.EntryId));
        Assert.Equal([3], index.Top(["grain"], 1).Select(m => m.EntryId));
    }

    [Fact]
    public void AddingAnEntryAgainReplacesIt()
    {
        var index = new RankedIndex();
        index.Add(7, "", "wheat");
        index.Add(7, "", "barley");

        Assert.Equal(1, index.Count);
        Assert.Empty(index.Top(["wheat"], 10));
        Assert.Equal([7], index.Top(["barley"], 10).Select(m => m.EntryId));
    }

    [Fact]
    public async Task ItRanksExactlyAsFts5BeforeAndAfterWritesMadeElsewhere()
    {
        var target = await TestDatabase.CreateAsync("sqlite", postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, Ct);
        var words = Vocabulary();
        var random = new Random(20221122);
        await AddDocumentsAsync(target, random, words, count: 600, firstNumber: 0);

        using var replica = new SearchReplica(reloadAfter: 100);
        await CompareWithFts5Async(target, replica, words);
        Assert.Equal((1, 0), replica.Refreshes);

        // Another process deletes some documents and adds others: the replica catches up by difference.
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var doomed = await db.SourceDocuments.OrderBy(d => d.Id).Where(d => d.Id % 7 == 0).ToListAsync(Ct);
            db.SourceDocuments.RemoveRange(doomed);
            await db.SaveChangesAsync(Ct);
        }

        await AddDocumentsAsync(target, random, words, count: 120, firstNumber: 600);
        await CompareWithFts5Async(target, replica, words);
        Assert.Equal(1, replica.Refreshes.Loads);
        Assert.True(replica.Refreshes.CatchUps >= 1);

        // A rebuild replaces every entry under new ids (its audit entry tells the replica): too many to catch up with,
        // so the replica reads the index again whole.
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await SearchIndex.RebuildAsync(db, Ct);
        }

        await CompareWithFts5Async(target, replica, words);
        Assert.Equal(2, replica.Refreshes.Loads);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewDocumentIsFoundAtOnceAndAnUnchangedDatabaseIsNotReadAgain(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        using var replica = new SearchReplica();
        await using var db = EntenteDatabase.CreateContext(target);
        var analyzer = new SearchAnalyzer();
        var declaration = await replica.MatchAsync(db, [analyzer.Term("allied")], 5, Ct);
        Assert.NotEmpty(declaration);
        string[] zebrafish = [analyzer.Term("zebrafish")];
        Assert.Empty(await replica.MatchAsync(db, zebrafish, 5, Ct));

        await AddDocumentsAsync(target, new Random(1), ["zebrafish"], count: 1, firstNumber: 0);
        var found = Assert.Single(await replica.MatchAsync(db, zebrafish, 5, Ct));
        Assert.Equal(
            await db.SearchEntries.Where(e => e.Title == "Synthetic note 0").Select(e => e.Id).SingleAsync(Ct),
            found.EntryId);

        await replica.MatchAsync(db, zebrafish, 5, Ct);
        Assert.Equal((1, 1), replica.Refreshes);

        // A document is public; an action item must be checked against the viewer's access.
        Assert.Empty(replica.NeedingAccessCheck([found.EntryId]));
        var item = new Entente.ActionItems.ActionItem { Title = "Count the zebrafish", OwnerPartyCode = "RU", Visibility = Entente.Access.Visibility.Party };
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(Ct);
        var both = await replica.MatchAsync(db, zebrafish, 5, Ct);
        var itemEntry = await db.SearchEntries.Where(e => e.RecordType == SearchRecordTypes.ActionItem && e.RecordId == item.Id).Select(e => e.Id).SingleAsync(Ct);
        Assert.Equal([found.EntryId, itemEntry], both.Select(m => m.EntryId).Order());
        Assert.Equal([itemEntry], replica.NeedingAccessCheck(both.Select(m => m.EntryId)));
    }

    [Fact]
    public async Task AfterABackupIsRestoredTheCopyIsReadAgainWholeEvenWhereIdsAreReused()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var snapshot = target.SqlitePath + ".backup";
        await CopySqliteAsync(target.SqlitePath!, snapshot);

        using var replica = new SearchReplica();
        var analyzer = new SearchAnalyzer();
        string[] walrus = [analyzer.Term("walrus")];
        string[] narwhal = [analyzer.Term("narwhal")];
        await AddDocumentsAsync(target, new Random(3), ["walrus"], count: 1, firstNumber: 0);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var before = Assert.Single(await replica.MatchAsync(db, walrus, 5, Ct));
            Assert.NotNull(await SearchAsAsync(target, new ServerSearch(replica), Entente.Access.Viewer.System(), "walrus"));

            // The operator restores the backup taken before that document, and a new one is added: AUTOINCREMENT
            // continues from the backup's counter, so the new entry takes the id the walrus had.
            await CopySqliteAsync(snapshot, target.SqlitePath!);
            await AddDocumentsAsync(target, new Random(4), ["narwhal"], count: 1, firstNumber: 1);
            var after = Assert.Single(await replica.MatchAsync(db, narwhal, 5, Ct));
            Assert.Equal(before.EntryId, after.EntryId);
            Assert.Empty(await replica.MatchAsync(db, walrus, 5, Ct));
            Assert.Equal(2, replica.Refreshes.Loads);
        }

        var shown = await SearchAsAsync(target, new ServerSearch(replica), Entente.Access.Viewer.System(), "narwhal");
        Assert.Equal("Synthetic note 1", Assert.Single(shown.Results).Title);
    }

    private static async Task CopySqliteAsync(string from, string to)
    {
        await using var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={from};Pooling=False");
        await using var destination = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={to};Pooling=False");
        await source.OpenAsync(Ct);
        await destination.OpenAsync(Ct);
        source.BackupDatabase(destination);
    }

    [Fact]
    public async Task AnAnonymousAnswerIsKeptUntilTheNextWriteAndASignedInAnswerIsNotShared()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var search = new ServerSearch(new SearchReplica());

        var first = await SearchAsAsync(target, search, Entente.Access.Viewer.Anonymous(), "zebrafish");
        Assert.Empty(first.Results);
        Assert.Same(first, await SearchAsAsync(target, search, Entente.Access.Viewer.Anonymous(), "zebrafish"));

        await AddDocumentsAsync(target, new Random(2), ["zebrafish"], count: 1, firstNumber: 0);
        var afterWrite = await SearchAsAsync(target, search, Entente.Access.Viewer.Anonymous(), "zebrafish");
        Assert.Equal("Synthetic note 0", Assert.Single(afterWrite.Results).Title);

        var party = Entente.Access.Viewer.OfParty("RU");
        Assert.NotSame(await SearchAsAsync(target, search, party, "zebrafish"), await SearchAsAsync(target, search, party, "zebrafish"));
    }

    private static async Task<SearchResults> SearchAsAsync(DatabaseTarget target, ServerSearch search, Entente.Access.Viewer viewer, string query)
    {
        await using var db = EntenteDatabase.CreateContext(target, viewer, TimeProvider.System);
        var criteria = await SearchCriteria.ParseAsync(db, new SearchRequest(query), new Entente.Web.FieldErrors(), Ct);
        return await search.SearchAsync(db, criteria!, Ct);
    }

    /// <summary>Every match of each query, with its score, from FTS5 and from the replica: the same.</summary>
    private static async Task CompareWithFts5Async(DatabaseTarget target, SearchReplica replica, IReadOnlyList<string> words)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        string[][] queries = [[words[0]], [words[1]], [words[2], words[5]], [words[0], words[1], words[3]], [words[40]], [words[150]], [words[7], words[70]]];
        var analyzer = new SearchAnalyzer();
        foreach (var query in queries)
        {
            var terms = query.Select(w => analyzer.Term(w)).ToArray();
            var byEngine = (await SearchEngine.Matches(db, terms).ToListAsync(Ct)).ToDictionary(m => m.EntryId, m => m.Score);
            var byReplica = (await replica.MatchAsync(db, terms, int.MaxValue, Ct)).ToDictionary(m => m.EntryId, m => m.Score);
            Assert.True(byEngine.Count > 0 || terms.Length > 1, $"'{string.Join(' ', terms)}' should match something.");
            Assert.Equal(byEngine.Keys.Order(), byReplica.Keys.Order());
            foreach (var (id, score) in byEngine)
            {
                Assert.True(Math.Abs(score - byReplica[id]) <= 1e-9 * Math.Max(1, Math.Abs(score)), $"'{string.Join(' ', terms)}', entry {id}: FTS5 {score}, replica {byReplica[id]}");
            }

            var ranked = await replica.MatchAsync(db, terms, 10, Ct);
            Assert.Equal(ranked.Select(m => m.Score).OrderDescending(), ranked.Select(m => m.Score));
            Assert.Equal(byEngine.Values.OrderDescending().Take(10), ranked.Select(m => m.Score), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)));
        }
    }

    /// <summary>Two hundred made-up stems; their order is their frequency rank, so the first are very common.</summary>
    private static List<string> Vocabulary() =>
        [.. Enumerable.Range(0, 200).Select(i => "w" + i.ToString("D3", CultureInfo.InvariantCulture) + "x")];

    /// <summary>Documents of 3 to 400 words drawn with a Zipf-like skew, saved through Entente's save path.</summary>
    private static async Task AddDocumentsAsync(DatabaseTarget target, Random random, IReadOnlyList<string> words, int count, int firstNumber)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        for (var n = firstNumber; n < firstNumber + count; n++)
        {
            var length = random.Next(3, 400);
            var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => words[Math.Min(words.Count - 1, (int)Math.Floor(Math.Pow(words.Count, random.NextDouble())) - 1)]));
            var title = $"Synthetic note {n}";
            db.SourceDocuments.Add(new SourceDocument
            {
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + text))),
                MediaType = "text/plain",
                Source = title + ".txt",
                Title = title,
                Text = text,
                Length = text.Length,
                Status = IngestionStatus.Analysed,
                ReceivedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync(Ct);
    }
}
