using System.Net;
using System.Text.Json;
using Entente.Access;
using Entente.ActionItems;
using Entente.Documents;
using Entente.Search;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>The one search: inflected forms, access, the index following every write, filters, bad input, CLI.</summary>
public class SearchTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RussianEnglishAndAzerbaijaniWordsFindTheirOtherForms(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await AddDocumentAsync(target, "ru-cards", "Стороны расширяют выпуск платёжных карт и заключат соглашение о расчётах.");
        await AddDocumentAsync(target, "en-cards", "The Parties will issue a payment card accepted in both countries.");
        await AddDocumentAsync(target, "az-text", "Tərəflər ƏMƏKDAŞLIĞI genişləndirir və sazişi imzalayır.");

        Assert.Contains("ru-cards", await SourcesFoundAsync(target, "карты"));
        Assert.Contains("ru-cards", await SourcesFoundAsync(target, "соглашения"));
        Assert.Contains("ru-cards", await SourcesFoundAsync(target, "платежная карта"));
        Assert.Contains("en-cards", await SourcesFoundAsync(target, "cards"));
        Assert.Contains("en-cards", await SourcesFoundAsync(target, "Issued Payments"));
        Assert.Contains("az-text", await SourcesFoundAsync(target, "əməkdaşlığı"));
        Assert.Contains("az-text", await SourcesFoundAsync(target, "emekdasligi"));
        Assert.DoesNotContain("en-cards", await SourcesFoundAsync(target, "карты"));
        Assert.Empty(await SourcesFoundAsync(target, "карты кошка"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AClauseIsFoundByItsSummaryInEachLanguage(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);

        foreach (var query in new[] { "транспортный коридор Север — Юг", "Şimal-Cənub nəqliyyat dəhlizi", "North-South transport corridor", "Simal-Cenub neqliyyat dehlizi" })
        {
            var results = await SearchAsync(target, Viewer.Anonymous(), new SearchRequest(query));
            var top = results.Results.Take(3).Select(r => r.Url).ToList();
            Assert.True(top.Any(url => url.EndsWith("/clauses/29", StringComparison.Ordinal)), $"{query}: {string.Join(", ", top)}");
        }

        // A word that exists only in the Russian summary of clause 28 (рубль) finds it, and its Azerbaijani one (manat) too.
        Assert.Contains((await SearchAsync(target, Viewer.Anonymous(), new SearchRequest("рубля"))).Results, r => r.Url.EndsWith("/clauses/28", StringComparison.Ordinal));
        Assert.Contains((await SearchAsync(target, Viewer.Anonymous(), new SearchRequest("rubl və manatdan"))).Results, r => r.Url.EndsWith("/clauses/28", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SnippetsMarkTheMatchedFormsAndEscapeTheText(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await AddDocumentAsync(target, "markup", "Notes <script>alert(1)</script> on the bank cards & payments.");

        var results = await SearchAsync(target, Viewer.System(), new SearchRequest("card"));

        var hit = Assert.Single(results.Results, r => r.Type == SearchRecordTypes.Document);
        Assert.Equal("Notes &lt;script&gt;alert(1)&lt;/script&gt; on the bank <mark>cards</mark> &amp; payments.", hit.Snippet);
        Assert.Equal("markup", hit.Title);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheIndexFollowsEveryCreateUpdateAndDelete(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        int id;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var item = new ActionItem { Title = "Survey the lighthouse", OwnerPartyCode = "RU", Visibility = Visibility.Shared };
            db.ActionItems.Add(item);
            await db.SaveChangesAsync(Ct);
            id = item.Id;
        }

        Assert.Equal([id], await ItemIdsFoundAsync(target, "lighthouses"));

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var item = await db.ActionItems.SingleAsync(i => i.Id == id, Ct);
            item.Title = "Survey the harbour";
            await db.SaveChangesAsync(Ct);
        }

        Assert.Empty(await ItemIdsFoundAsync(target, "lighthouse"));
        Assert.Equal([id], await ItemIdsFoundAsync(target, "harbours"));

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            db.ActionItems.Remove(await db.ActionItems.SingleAsync(i => i.Id == id, Ct));
            await db.SaveChangesAsync(Ct);
            Assert.False(await db.SearchEntries.AnyAsync(e => e.RecordType == SearchRecordTypes.ActionItem && e.RecordId == id, Ct));
        }

        Assert.Empty(await ItemIdsFoundAsync(target, "harbour"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAgreementsClausesAreReindexedWithItAndTheMigrationRebuildsAnEmptyIndex(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var agreement = await db.Agreements.OrderBy(a => a.Id).FirstAsync(Ct);
            agreement.SignedOn = new DateOnly(1901, 1, 1);
            await db.SaveChangesAsync(Ct);
            var clauses = await db.SearchEntries.Where(e => e.RecordType == SearchRecordTypes.Clause && e.Agreements == $"|{agreement.Id}|").ToListAsync(Ct);
            Assert.All(clauses, c => Assert.Equal(new DateOnly(1901, 1, 1), c.On));
            Assert.Equal(await db.Provisions.CountAsync(p => p.AgreementId == agreement.Id, Ct), clauses.Count);

            var before = await db.SearchEntries.CountAsync(Ct);
            await db.SearchEntries.ExecuteDeleteAsync(Ct);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
            Assert.Equal(before, await db.SearchEntries.CountAsync(Ct));
        }

        Assert.NotEmpty((await SearchAsync(target, Viewer.Anonymous(), new SearchRequest("energy"))).Results);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APartysPrivateRecordsAreNeverFoundByTheOtherPartyAndAnonymousFindsOnlyThePublic(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var ru = workspace.As("ru-coordinator");
        var created = await ru.PostJsonAsync("/api/action-items", new { title = "Quarantine kerosene depot", visibility = "party" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await ru.PostJsonAsync("/api/action-items", new { title = "Shared kerosene audit", visibility = "shared" });
        var consultation = await ru.PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Kerosene pricing talks", visibility = "restricted" });
        Assert.Equal(HttpStatusCode.Created, consultation.StatusCode);

        async Task<List<string>> TitlesAsync(HttpClient client) =>
            [.. (await client.GetJsonAsync("/api/search?q=kerosene")).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).Order(StringComparer.Ordinal)];

        // The item is RU's own; the restricted consultation names the requester and the asked Party's coordinators.
        Assert.Equal(["Kerosene pricing talks", "Quarantine kerosene depot", "Shared kerosene audit"], await TitlesAsync(ru));
        Assert.Equal(["Quarantine kerosene depot", "Shared kerosene audit"], await TitlesAsync(workspace.As("ru-viewer")));
        Assert.Equal(["Kerosene pricing talks", "Shared kerosene audit"], await TitlesAsync(workspace.As("az-coordinator")));
        Assert.Equal(["Shared kerosene audit"], await TitlesAsync(workspace.As("az-viewer")));
        Assert.Equal(["Shared kerosene audit"], await TitlesAsync(workspace.As("observer")));
        Assert.Empty(await TitlesAsync(workspace.App.Client));

        var anonymous = await workspace.App.Client.GetJsonAsync("/api/search?q=cooperation&limit=100");
        Assert.NotEmpty(anonymous.GetProperty("results").EnumerateArray());
        Assert.All(anonymous.GetProperty("results").EnumerateArray(), r => Assert.Contains(r.GetProperty("type").GetString(), SearchRecordTypes.Public));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FiltersNarrowByKindSpherePartyAgreementAndDate(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var all = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Limit: "100"));
        Assert.Contains(all.Results, r => r.Type == SearchRecordTypes.Clause);
        Assert.Contains(all.Results, r => r.Type == SearchRecordTypes.Agreement);

        var clauses = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Kind: "clause", Limit: "100"));
        Assert.NotEmpty(clauses.Results);
        Assert.All(clauses.Results, r => Assert.Equal(SearchRecordTypes.Clause, r.Type));

        var energy = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Sphere: "energy", Limit: "100"));
        Assert.NotEmpty(energy.Results);
        Assert.True(energy.Results.Count < all.Results.Count);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var clauseIds = energy.Results.Where(r => r.Type == SearchRecordTypes.Clause).Select(r => r.Id).ToList();
            var provisions = await db.Provisions.Where(p => clauseIds.Contains(p.Id)).ToListAsync(Ct);
            Assert.All(provisions, p => Assert.Contains("energy", p.Spheres));

            var declaration = await db.Agreements.SingleAsync(a => a.Key == "ru-az-allied-interaction-2022", Ct);
            var ofDeclaration = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Agreement: declaration.Key, Limit: "100"));
            Assert.NotEmpty(ofDeclaration.Results);
            Assert.All(ofDeclaration.Results, r => Assert.True(r.Url.StartsWith($"/agreements/{declaration.Id}", StringComparison.Ordinal), r.Url));

            // A narrow filter on a common word: the first result must not depend on how many were asked for.
            foreach (var agreement in await db.Agreements.Select(a => a.Key).ToListAsync(Ct))
            {
                var one = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Agreement: agreement, Limit: "1"));
                var many = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Agreement: agreement, Limit: "100"));
                Assert.Equal(many.Results.Select(r => (r.Type, r.Id)).FirstOrDefault(), one.Results.Select(r => (r.Type, r.Id)).FirstOrDefault());
                Assert.Equal(many.Results.Count > 1, one.More);
            }

            var treaties = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Kind: "declaration", Limit: "100"));
            Assert.All(treaties.Results, r => Assert.Equal("declaration", r.Kind));
        }

        var dated = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", From: "2022-01-01", To: "2022-12-31", Limit: "100"));
        Assert.NotEmpty(dated.Results);
        Assert.True(dated.Results.Count < all.Results.Count);
        Assert.All(dated.Results, r => Assert.Equal(2022, r.On!.Value.Year));

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            db.ActionItems.Add(new ActionItem { Title = "Cooperation desk in Baku", OwnerPartyCode = "AZ", Visibility = Visibility.Shared });
            await db.SaveChangesAsync(Ct);
        }

        var az = await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Party: "az", Kind: "action-item"));
        Assert.Equal("Cooperation desk in Baku", Assert.Single(az.Results).Title);
        Assert.Empty((await SearchAsync(target, Viewer.System(), new SearchRequest("cooperation", Party: "RU", Kind: "action-item"))).Results);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadInputIsAProblemNamingTheFieldNeverAServerError(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var client = workspace.App.Client;
        var cases = new (string Query, string Field)[]
        {
            ("", "q"),
            ("?q=%20%20", "q"),
            ("?q=" + new string('a', 201), "q"),
            ("?q=" + Uri.EscapeDataString("!!! ??? ***"), "q"),
            ("?q=" + string.Join("+", Enumerable.Range(0, 13).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))), "q"),
            ("?q=card&sphere=weather", "sphere"),
            ("?q=card&kind=poem", "kind"),
            ("?q=card&party=FR", "party"),
            ("?q=card&agreement=no-such-thing", "agreement"),
            ("?q=card&from=22.02.2022", "from"),
            ("?q=card&from=2023-01-01&to=2022-01-01", "to"),
            ("?q=card&limit=0", "limit"),
            ("?q=card&limit=many", "limit"),
        };
        foreach (var (query, field) in cases)
        {
            var response = await client.GetAsync("/api/search" + query, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{query}: no error for {field}");
        }

        var page = await client.GetAsync("/search?q=card&from=yesterday", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("is not a date written yyyy-mm-dd", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageShowsLabelledFiltersAndMarkedSnippetsAndTheHeaderHasASearchBox()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var html = await workspace.App.Client.GetStringAsync("/search?q=energy&kind=clause", Ct);

        Assert.Contains("<label for=\"q\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"sphere\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark>energy</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<option value=\"clause\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"site-search\"", await workspace.App.Client.GetStringAsync("/agreements", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheSearch()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var document = await workspace.App.Client.GetJsonAsync("/openapi/v1.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters");
        Assert.Equal(["q", "sphere", "kind", "party", "agreement", "from", "to", "limit"], parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheCommandSearchesPrintsJsonReindexesAndRefusesBadInput(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var db = target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;

        var text = await CliRun.RunAsync("search", "energy", "--kind", "clause", "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("[energy]", text.Output, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("clause\t", text.Output, StringComparison.Ordinal);

        var json = await CliRun.RunAsync("search", "energy", "--json", "--limit", "2", "--db", db);
        Assert.Equal(0, json.ExitCode);
        using (var parsed = JsonDocument.Parse(json.Output))
        {
            Assert.Equal(2, parsed.RootElement.GetProperty("results").GetArrayLength());
            Assert.True(parsed.RootElement.GetProperty("more").GetBoolean());
        }

        var reindex = await CliRun.RunAsync("search", "--reindex", "--db", db);
        Assert.Equal(0, reindex.ExitCode);
        Assert.Matches(@"Rebuilt the search index: \d+ entries", reindex.Output);

        var bad = await CliRun.RunAsync("search", "energy", "--from", "soon", "--db", db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--from 'soon' is not a date written yyyy-mm-dd.", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPostgresAnOlderDatabasesStoredTermsGiveWayToTheIndexedExpressionAndItsSearchesStillFind()
    {
        var target = await TestDatabase.CreateWithSampleAsync("postgres", postgres);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            // The search copy as databases made before it held it: the terms again, in a stored vector with its index.
            await db.Database.ExecuteSqlRawAsync("""DROP INDEX "IX_SearchEntries_TermsVector" """, Ct);
            await db.Database.ExecuteSqlRawAsync($"""ALTER TABLE "SearchEntries" ADD COLUMN "Terms" tsvector GENERATED ALWAYS AS ({SearchSchema.PostgresTerms}) STORED""", Ct);
            await db.Database.ExecuteSqlRawAsync("""CREATE INDEX "IX_SearchEntries_Terms" ON "SearchEntries" USING GIN ("Terms")""", Ct);
        }

        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var columns = await db.Database.SqlQueryRaw<string>(
                """SELECT column_name AS "Value" FROM information_schema.columns WHERE table_name = 'SearchEntries'""").ToListAsync(Ct);
            Assert.DoesNotContain("Terms", columns);
            var indexes = await db.Database.SqlQueryRaw<string>(
                """SELECT indexname AS "Value" FROM pg_indexes WHERE tablename = 'SearchEntries'""").ToListAsync(Ct);
            Assert.Contains("IX_SearchEntries_TermsVector", indexes);
            Assert.DoesNotContain("IX_SearchEntries_Terms", indexes);
            // The planner answers a search from the index, not by reading every entry.
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            await using var explain = connection.CreateCommand();
            explain.CommandText = $$"""
                SET enable_seqscan = off;
                EXPLAIN SELECT "Id" FROM "SearchEntries" WHERE {{SearchSchema.PostgresTerms}} @@ to_tsquery('simple', 'energi')
                """;
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(Ct))
            {
                while (await reader.ReadAsync(Ct))
                {
                    plan.Add(reader.GetString(0));
                }
            }

            Assert.Contains(plan, line => line.Contains("IX_SearchEntries_TermsVector", StringComparison.Ordinal));
        }

        Assert.NotEmpty((await SearchAsync(target, Viewer.Anonymous(), new SearchRequest("energy"))).Results);
    }

    [Fact]
    public void TheAnalyzerStemsByScriptAndFoldsDiacritics()
    {
        var analyzer = new SearchAnalyzer();

        Assert.Equal(analyzer.Term("карт"), analyzer.Term("Карты"));
        Assert.Equal(analyzer.Term("соглашение"), analyzer.Term("соглашения"));
        Assert.Equal(analyzer.Term("ёлка"), analyzer.Term("елки"));
        Assert.NotEqual(analyzer.Term("район"), analyzer.Term("раион"));
        Assert.Equal(analyzer.Term("card"), analyzer.Term("Cards"));
        Assert.Equal(analyzer.Term("sazis"), analyzer.Term("SAZİŞ"));
        Assert.Equal(analyzer.Term("əməkdaşlıq"), analyzer.Term("emekdasliq"));
        Assert.Equal(["2022", analyzer.Term("agreements")], analyzer.Tokens("2022 — agreements!").Select(t => t.Term));
        Assert.Equal(new SearchToken(7, 10, "agreement"), analyzer.Tokens("2022 — agreements!").Last());
    }

    private static async Task AddDocumentAsync(DatabaseTarget target, string title, string text)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        db.SourceDocuments.Add(new SourceDocument
        {
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            MediaType = "text/plain",
            Source = title + ".txt",
            Title = title,
            Text = text,
            Length = text.Length,
            Status = IngestionStatus.Analysed,
            ReceivedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<SearchResults> SearchAsync(DatabaseTarget target, Viewer viewer, SearchRequest request)
    {
        await using var db = EntenteDatabase.CreateContext(target, viewer, TimeProvider.System);
        var errors = new FieldErrors();
        var criteria = await SearchCriteria.ParseAsync(db, request, errors, Ct);
        Assert.True(criteria is not null, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key} {string.Join(" ", e.Value)}")));
        var byEngine = await SearchService.SearchAsync(db, criteria, Ct);

        // A server ranks from its in-memory replica, kept for the whole test so it catches up with each write
        // the test makes: it must find what the database's engine finds.
        var replica = s_replicas.GetOrAdd(target.ConnectionString, _ => new SearchReplica());
        var byReplica = await SearchService.SearchAsync(db, criteria, Ct, replica);
        AssertSameHits(target, byEngine, byReplica);
        return byEngine;
    }

    /// <summary>
    /// On SQLite the replica ranks as FTS5 does: the same hits in the same order with the same scores. PostgreSQL's
    /// engine ranks with ts_rank instead, so there the hits must be the same ones when all of them fit the page.
    /// </summary>
    private static void AssertSameHits(DatabaseTarget target, SearchResults byEngine, SearchResults byReplica)
    {
        static string Key(SearchHit hit) => $"{hit.Type}/{hit.Id}";
        Assert.Equal(byEngine.More, byReplica.More);
        Assert.Equal(byEngine.Results.Count, byReplica.Results.Count);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(byEngine.Results.Select(Key), byReplica.Results.Select(Key));
            Assert.Equal(byEngine.Results.Select(r => r.Score), byReplica.Results.Select(r => r.Score), (a, b) => Math.Abs(a - b) <= 1e-6);
            Assert.Equal(byEngine.Results.Select(r => r.Snippet), byReplica.Results.Select(r => r.Snippet));
        }
        else if (!byEngine.More)
        {
            Assert.Equal(byEngine.Results.Select(Key).Order(StringComparer.Ordinal), byReplica.Results.Select(Key).Order(StringComparer.Ordinal));
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchReplica> s_replicas = new(StringComparer.Ordinal);

    private static async Task<List<string>> SourcesFoundAsync(DatabaseTarget target, string query) =>
        [.. (await SearchAsync(target, Viewer.System(), new SearchRequest(query, Kind: "document"))).Results.Select(r => r.Title)];

    private static async Task<List<int>> ItemIdsFoundAsync(DatabaseTarget target, string query) =>
        [.. (await SearchAsync(target, Viewer.System(), new SearchRequest(query, Kind: "action-item"))).Results.Select(r => r.Id)];
}
