using System.Text.Json;
using Entente.Agreements;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>Clause links on ingest, with <c>extract --db</c>, in the API and on the clause page.</summary>
public class ClauseLinkTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IngestedNewsIsLinkedToTheClausesItConcerns(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);

        var run = await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), SharedFolder.CorpusFile("002"), "--db", Arg(target));

        Assert.Equal(0, run.ExitCode);
        await using var db = EntenteDatabase.CreateContext(target);
        var news = await db.SourceDocuments.SingleAsync(d => d.Source.Contains("002_"), Ct);
        var links = await db.ClauseLinks.Where(l => l.SourceDocumentId == news.Id).ToListAsync(Ct);
        var declaration = await db.Agreements.SingleAsync(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22), Ct);
        Assert.Contains(links, l => l.Clause == "1" && l.Evidence == "explicit" && l.AgreementId == declaration.Id && l.Passage == "first paragraph of the document");
        Assert.Contains(links, l => l.Clause == "13" && l.Evidence == "quote");
        Assert.Equal(links.Count, ClauseLinksIn(news.AnalysisJson!).GetArrayLength());
        var declarationText = await db.SourceDocuments.SingleAsync(d => d.Source.Contains("000_"), Ct);
        Assert.False(await db.ClauseLinks.AnyAsync(l => l.SourceDocumentId == declarationText.Id, Ct));
    }

    [Fact]
    public async Task NewsAboutAnotherPairOfCountriesIsLinkedToNothing()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var file = WriteTemp("other.txt",
            "Yerevan, 5 March 2022. The foreign ministers of Armenia and Iran said that Article 1 of the Treaty of Friendship between " +
            "Armenia and Iran rests on respect for sovereignty, territorial integrity and the inviolability of borders.");

        var run = await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), file, "--db", Arg(target));

        Assert.Equal(0, run.ExitCode);
        await using var db = EntenteDatabase.CreateContext(target);
        var other = await db.SourceDocuments.SingleAsync(d => d.Source.EndsWith("other.txt"), Ct);
        Assert.False(await db.ClauseLinks.AnyAsync(l => l.SourceDocumentId == other.Id, Ct));
    }

    [Fact]
    public async Task ExtractWithDbLinksAgainstTheStoredLegalBaseAndStoresNothing()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), "--db", Arg(target))).ExitCode);

        var run = await CliRun.RunAsync("extract", SharedFolder.CorpusFile("002"), "--json", "--db", Arg(target));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var links = json.RootElement.GetProperty("documents")[0].GetProperty("clauseLinks");
        Assert.Contains(links.EnumerateArray(), l => l.GetProperty("clause").GetString() == "1" && l.GetProperty("evidence").GetString() == "explicit");
        await using var db = EntenteDatabase.CreateContext(target);
        Assert.Equal(1, await db.SourceDocuments.CountAsync(Ct));
        Assert.Equal(0, await db.ClauseLinks.CountAsync(Ct));
    }

    [Fact]
    public async Task ClausePageAndApiListTheDocumentsThatConcernIt()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), SharedFolder.CorpusFile("002"), "--db", Arg(target))).ExitCode);
        int declarationId;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            declarationId = await db.Agreements.Where(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22)).Select(a => a.Id).SingleAsync(Ct);
        }

        await using var app = await RunningApp.StartAsync(target);
        var page = await app.Client.GetStringAsync($"/agreements/{declarationId}/clauses/13", Ct);
        using var api = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/agreements/{declarationId}/clauses/13", Ct));
        var missing = await app.Client.GetAsync($"/api/agreements/{declarationId}/clauses/99", Ct);
        var openApi = await app.Client.GetStringAsync("/openapi/v1.json", Ct);
        var quiet = await app.Client.GetStringAsync("/clauses/quiet", Ct);

        Assert.Contains("Clause 13", page, StringComparison.Ordinal);
        Assert.Contains("joint operational and combat training", page, StringComparison.Ordinal);
        Assert.Contains("Evidence of implementation", page, StringComparison.Ordinal);
        var documents = api.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var citation = Assert.Single(documents, d => d.GetProperty("kind").GetString() == "cites");
        Assert.Equal("quote", citation.GetProperty("evidence").GetString());
        // 002 reports military cooperation: evidence through clause 13's profile, with its cue; the text gives no date of its own.
        var evidence = Assert.Single(documents, d => d.GetProperty("kind").GetString() == "evidences");
        Assert.Equal("bilateral military cooperation", evidence.GetProperty("cue").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("activityDate").ValueKind);
        // Undated evidence is not recent evidence: clause 13 is among the quiet commitments.
        Assert.Contains($"/agreements/{declarationId}/clauses/13\"", quiet, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/api/documents/{id}/clause-links", openApi, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnActivityKnownByItsYearIsStoredAndShownAsThatYear(string provider)
    {
        // Session 35: "in 2023" is kept as 1 January 2023 with the precision "year", and shown as "2023", not as a day.
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var news = WriteTemp("commission.txt", "BAKU, April 19, 2024. In 2023 a session of the Intergovernmental Commission on Economic Cooperation "
                                               + "between the Russian Federation and the Republic of Azerbaijan was held in Moscow.");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), news, "--db", Arg(target))).ExitCode);
        int declarationId;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            declarationId = await db.Agreements.Where(a => a.Kind == AgreementKind.Declaration && a.SignedOn == new DateOnly(2022, 2, 22)).Select(a => a.Id).SingleAsync(Ct);
            var link = await db.ClauseLinks.SingleAsync(l => l.SourceDocument!.Source.Contains("commission.txt") && l.Clause == "22", Ct);
            Assert.Equal((new DateOnly(2023, 1, 1), "year"), (link.ActivityDate!.Value, link.ActivityPrecision));
        }

        await using var app = await RunningApp.StartAsync(target);
        var page = await app.Client.GetStringAsync($"/agreements/{declarationId}/clauses/22", Ct);
        using var api = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/agreements/{declarationId}/clauses/22", Ct));

        Assert.Contains("<strong>2023</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1 January 2023", page, StringComparison.Ordinal);
        var evidence = Assert.Single(api.RootElement.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "evidences");
        Assert.Equal("year", evidence.GetProperty("activityPrecision").GetString());
    }

    private static JsonElement ClauseLinksIn(string analysisJson)
    {
        using var json = JsonDocument.Parse(analysisJson);
        return json.RootElement.GetProperty("documents")[0].GetProperty("clauseLinks").Clone();
    }

    private static string Arg(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;

    private static string WriteTemp(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("entente-links-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
