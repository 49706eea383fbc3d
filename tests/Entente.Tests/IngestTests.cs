using Microsoft.AspNetCore.Hosting;
using System.Text;
using System.Text.Json;
using Entente.Agreements;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entente.Tests;

/// <summary><c>entente ingest</c> and <c>entente extract</c>: nothing lost, nothing stored twice, bad input named.</summary>
public class IngestTests(PostgresServer postgres)
{
    // A short agreement written for this test: two clauses and a closing formula naming date and place.
    private const string SmallDeclaration = """
        Declaration on Allied Interaction between the Republic of Azerbaijan and the Russian Federation
        The Russian Federation and the Republic of Azerbaijan,
        Wishing to test how Entente reads a declaration,
        Declare the following:
        1. The Parties will exchange test documents.
        2. The Parties refrain from losing any byte.
        The Declaration was signed on 22 February 2022 in Moscow, in two original copies.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TextOfAnAgreementTheSampleHoldsIsAttachedNotDuplicated(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var file = WriteTemp("declaration.txt", SmallDeclaration);
        int before;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            before = await db.Agreements.CountAsync(Ct);
        }

        var run = await CliRun.RunAsync("ingest", file, "--db", Arg(target));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("attached", run.Output, StringComparison.Ordinal);
        await using var check = EntenteDatabase.CreateContext(target);
        Assert.Equal(before, await check.Agreements.CountAsync(Ct));
        var declaration = await check.Agreements.Include(a => a.Provisions).ThenInclude(p => p.Texts).Include(a => a.Versions)
            .SingleAsync(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22), Ct);
        var version = Assert.Single(declaration.Versions);
        Assert.Equal(("en", false), (version.Language, version.Authentic));
        Assert.NotNull(version.SourceDocumentId);
        var second = declaration.Provisions.Single(p => p.Number == "2").Texts.Single(t => t.Language == "en");
        Assert.Equal("The Parties refrain from losing any byte.", second.Text);
        Assert.NotNull(second.Summary);
        Assert.Equal(43, declaration.Provisions.Count(p => p.Part == ProvisionPart.Operative));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IngestingTheSameBytesAgainChangesNothing(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        var file = WriteTemp("note.txt", "A short news item of 3 March 2024 about nothing in particular.");

        var first = await CliRun.RunAsync("ingest", file, "--db", Arg(target));
        var again = await CliRun.RunAsync("ingest", file, "--db", Arg(target));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
        await using var db = EntenteDatabase.CreateContext(target);
        Assert.Equal(1, await db.SourceDocuments.CountAsync(Ct));
    }

    [Fact]
    public async Task UnreadableFileIsStoredWithItsErrorAndTheBatchGoesOn()
    {
        var target = TestDatabase.NewSqlite();
        var folder = Directory.CreateTempSubdirectory("entente-batch-").FullName;
        var broken = Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF");
        await File.WriteAllBytesAsync(Path.Combine(folder, "a-broken.pdf"), broken, Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "b-fine.txt"), "Minutes of a meeting held on 4 May 2023 in Baku.", Ct);
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nested", "c-fine.txt"), "Another note, of 5 May 2023.", Ct);

        var run = await CliRun.RunAsync("ingest", folder, Path.Combine(folder, "missing.txt"), "--db", Arg(target));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("missing.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 document(s): 2 added, 0 attached to agreements, 0 unchanged, 2 failed.", run.Output, StringComparison.Ordinal);
        await using var db = EntenteDatabase.CreateContext(target);
        var failed = await db.SourceDocuments.Include(d => d.Content).SingleAsync(d => d.Status == Documents.IngestionStatus.Failed, Ct);
        Assert.Equal(broken, failed.Content!.Bytes);
        Assert.False(string.IsNullOrEmpty(failed.ErrorCode));
        Assert.Equal(2, await db.SourceDocuments.CountAsync(d => d.Status == Documents.IngestionStatus.Analysed, Ct));
    }

    [Fact]
    public async Task UrlsAreFetchedWithASizeCapAndHttpErrorsAreNamed()
    {
        await using var server = await LocalSite.StartAsync();
        var target = TestDatabase.NewSqlite();

        var run = await CliRun.RunAsync(
            "ingest", server.Url("/page.html"), server.Url("/missing"), server.Url("/huge"),
            "--max-bytes", "100000", "--db", Arg(target));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("http-status: the server answered 404", run.Output, StringComparison.Ordinal);
        Assert.Contains("too-large", run.Output, StringComparison.Ordinal);
        await using var db = EntenteDatabase.CreateContext(target);
        var page = await db.SourceDocuments.SingleAsync(Ct);
        Assert.Equal(server.Url("/page.html"), page.Source);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("Joint communiqué", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to our newsletter", page.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowUrlTimesOutWithAClearMessage()
    {
        await using var server = await LocalSite.StartAsync();

        var run = await CliRun.RunAsync("extract", server.Url("/slow"), "--timeout", "1");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("fetch-timeout", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPrintsTheAnalysisFormatAndStoresNothing()
    {
        var file = WriteTemp("declaration.txt", SmallDeclaration);
        var path = TestDatabase.NewSqlitePath();

        var run = await CliRun.RunAsync("extract", file, "--json", "--db", "sqlite:" + path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("entente.analysis/1", json.RootElement.GetProperty("schema").GetString());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("declaration", document.GetProperty("kind").GetString());
        Assert.Equal("2022-02-22", document.GetProperty("date").GetString());
        Assert.Equal(2, document.GetProperty("structure").GetProperty("clauses").GetArrayLength());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task CorpusDeclarationAttachesItsFortyThreeClauseTexts()
    {
        var declaration = SharedFolder.CorpusFile("000");
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);

        var run = await CliRun.RunAsync("ingest", declaration, "--db", Arg(target));

        Assert.Equal(0, run.ExitCode);
        await using var db = EntenteDatabase.CreateContext(target);
        var texts = await db.ProvisionTexts.Where(t => t.Language == "en" && t.Text != null)
            .Join(db.Provisions.Where(p => p.Part == ProvisionPart.Operative), t => t.ProvisionId, p => p.Id, (t, p) => t.Text!).ToListAsync(Ct);
        Assert.Equal(43, texts.Count);
        var original = await File.ReadAllTextAsync(declaration, Ct);
        Assert.All(texts, text => Assert.Contains(text, original, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGivenDateBecomesTheDocumentsDateAndAnchorsItsYearlessDates()
    {
        var target = TestDatabase.NewSqlite();
        var file = WriteTemp("yearless.txt", "The ministers met on 14 March and agreed to meet again.\nTrade grew by 12 percent last year.");

        var run = await CliRun.RunAsync("ingest", file, "--date", "2023-05-02", "--db", Arg(target));

        Assert.True(run.ExitCode == 0, run.Error);
        await using var db = EntenteDatabase.CreateContext(target);
        var stored = await db.SourceDocuments.SingleAsync(Ct);
        Assert.Equal(new DateOnly(2023, 5, 2), stored.DocumentDate);
        Assert.Matches("\"value\":\\s*\"2023-03-14\"", stored.AnalysisJson);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshKeepsTheGivenDateAndASecondRefreshChangesNothing(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var file = WriteTemp("yearless.txt", "The ministers met on 14 March and agreed to meet again.\nTrade turnover grew by 12 percent last year to US$3 billion.");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--date", "2023-05-02", "--db", Arg(target))).ExitCode);
        var first = await StoredReadingAsync(target);

        var refresh = await CliRun.RunAsync("documents", "refresh", "--db", Arg(target));
        var afterFirst = await StoredReadingAsync(target);
        var again = await CliRun.RunAsync("documents", "refresh", "--db", Arg(target));

        Assert.True(refresh.ExitCode == 0, refresh.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(new DateOnly(2023, 5, 2), afterFirst.Date);
        Assert.Equal(first with { AuditEntries = 0 }, afterFirst with { AuditEntries = 0 });
        Assert.Contains("Refreshed 1 document(s), 0 changed", again.Output, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await StoredReadingAsync(target));
    }

    [Fact]
    public async Task TheAuditTrailNamesAnIngestedDocumentByItsHashNotItsContents()
    {
        var target = TestDatabase.NewSqlite();
        const string Text = "A memorandum whose wording must not be copied into the audit trail.";
        var file = WriteTemp("memo.txt", Text);

        Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--db", Arg(target))).ExitCode);

        await using var db = EntenteDatabase.CreateContext(target);
        var document = await db.SourceDocuments.SingleAsync(Ct);
        var entries = await db.AuditEntries.IgnoreQueryFilters().Select(e => new { e.Entity, e.After }).ToListAsync(Ct);
        var added = Assert.Single(entries, e => e.Entity == "SourceDocument" && e.After!.Contains(document.Sha256, StringComparison.Ordinal));
        Assert.Contains("\"Length\":" + document.Length, added.After, StringComparison.Ordinal);
        Assert.Contains("text/plain", added.After, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.After is { } after && (after.Contains("wording", StringComparison.Ordinal) || after.Contains("entente.analysis", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.Entity == nameof(Documents.SourceDocumentContent));
    }

    /// <summary>What a stored document's reading is, and how long the audit trail is.</summary>
    private sealed record StoredReading(DateOnly? Date, string? Json, int Points, int AuditEntries);

    private static async Task<StoredReading> StoredReadingAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var document = await db.SourceDocuments.AsNoTracking().SingleAsync(Ct);
        return new StoredReading(document.DocumentDate, document.AnalysisJson,
            await db.ObservationSources.CountAsync(Ct), await db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("extract")]
    public async Task ADateThatIsNotADateIsAUsageError(string verb)
    {
        var file = WriteTemp("any.txt", "A short note.");

        var run = await CliRun.RunAsync(verb, file, "--date", "14/03/2023", "--db", Arg(TestDatabase.NewSqlite()));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--date takes a date as yyyy-mm-dd", run.Error, StringComparison.Ordinal);
    }

    private static string Arg(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;

    private static string WriteTemp(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("entente-ingest-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A small web site on loopback: a news page with boilerplate, a 404, an oversized body and a slow answer.</summary>
    private sealed class LocalSite : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly string _base;

        private LocalSite(WebApplication app, string address)
        {
            _app = app;
            _base = address;
        }

        public string Url(string path) => _base + path;

        public static async Task<LocalSite> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapGet("/page.html", () => Results.Content(
                "<html><body><nav>Home | World | Subscribe to our newsletter</nav><main><article><h1>Joint communiqué</h1>" +
                "<p>On 12 March 2023 the two ministers met in Baku and agreed to meet again.</p>" +
                "<p>They reviewed trade, transport and education.</p></article></main>" +
                "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>", "text/html"));
            app.MapGet("/huge", () => Results.Bytes(new byte[500_000], "text/plain"));
            app.MapGet("/slow", async (HttpContext context) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                return Results.Text("too late");
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new LocalSite(app, address);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
