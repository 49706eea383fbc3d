using System.Net;
using Entente.Conflicts;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>Conflicts found on ingest from small texts, stored with both sources and spans, refreshed deterministically and resolved with a note.</summary>
public class ConflictTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Each pair disagrees in one way only; the years and indicators keep the pairs apart.
    private static readonly (string Name, string Text)[] s_texts =
    [
        ("customs.txt", "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion."),
        ("ministry.txt", "Baku, 5 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.7 billion, the ministry of economy reported."),
        ("transcript.txt", "Baku, 15 May 2024. The minister said that 300 schools in Azerbaijan teach in Russian. Correcting himself, he said there are 340, not 300 schools."),
        ("five.txt", "Baku, 10 June 2024. The two governments have agreed five roadmaps for cooperation in industry, energy, transport, education and culture."),
        ("seven.txt", "Moscow, 11 June 2024. The sides have so far adopted seven roadmaps that set out their joint work."),
        ("signed12.txt", "Baku, 10 July 2024. At the meeting the ministers signed 12 documents on trade and transport."),
        ("signed15.txt", "Moscow, 10 July 2024. During the visit to Baku the delegations signed 15 documents, including agreements on transport."),
        ("total2015.txt", "Moscow, 1 February 2016. Trade turnover between Russia and Azerbaijan in 2015 amounted to US$3 billion."),
        ("growth2016.txt", "Baku, 1 February 2017. Trade turnover between Russia and Azerbaijan in 2016 grew by 40 percent to US$3.3 billion."),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachKindOfConflictIsFoundInIngestedTextsWithBothSourcesAndSpans(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await SeriesTexts.IngestAsync(target, s_texts);

        await using var db = EntenteDatabase.CreateContext(target);
        var ids = await db.SourceDocuments.ToDictionaryAsync(d => Path.GetFileName(d.Source), d => d.Id, Ct);
        var conflicts = await db.Conflicts.ToListAsync(Ct);

        var mismatch = Assert.Single(conflicts, c => c.Kind == "value-mismatch");
        Assert.Equal(Docs(ids, "customs.txt", "ministry.txt"), Sides(mismatch));
        Assert.Equal(("trade-turnover", "high"), (mismatch.IndicatorKey, mismatch.Severity));
        Assert.Contains("4,000,000,000 USD", mismatch.Explanation, StringComparison.Ordinal);

        var correction = Assert.Single(conflicts, c => c.Kind == "correction");
        Assert.Equal((ids["transcript.txt"], ids["transcript.txt"]), (correction.First.DocumentId, correction.Second.DocumentId));
        Assert.Equal(("300 schools", 300m, 340m), (correction.First.Quote, correction.First.Value, correction.Second.Value));
        var transcript = await db.SourceDocuments.SingleAsync(d => d.Id == ids["transcript.txt"], Ct);
        Assert.Equal("300 schools", transcript.Text![correction.First.SpanStart!.Value..correction.First.SpanEnd!.Value]);

        var counts = conflicts.Where(c => c.Kind == "count-mismatch").ToDictionary(c => c.IndicatorKey);
        Assert.Equal(Docs(ids, "five.txt", "seven.txt"), Sides(counts["roadmaps"]));
        Assert.Equal(Docs(ids, "signed12.txt", "signed15.txt"), Sides(counts["signed-documents"]));

        var growth = Assert.Single(conflicts, c => c.Kind == "growth-mismatch");
        Assert.Equal(Docs(ids, "growth2016.txt", "total2015.txt"), Sides(growth));
        Assert.Contains("up 40 percent", growth.Explanation, StringComparison.Ordinal);
        Assert.Contains("10.0 percent", growth.Explanation, StringComparison.Ordinal);

        Assert.Equal(5, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal(64, c.Identity.Length));
    }

    [Fact]
    public async Task RefreshGivesTheSameConflictsAndAResolvedConflictStaysResolved()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(workspace.Target, s_texts[..2]);
        var editor = workspace.As("ru-editor");
        var open = await workspace.App.Client.GetJsonAsync("/api/conflicts");
        var conflict = Assert.Single(open.EnumerateArray());
        var id = conflict.GetProperty("id").GetInt32();
        Assert.Equal("value-mismatch", conflict.GetProperty("kind").GetString());
        Assert.Equal("open", conflict.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, conflict.GetProperty("first").GetProperty("documentId").ValueKind);
        Assert.Equal(2, conflict.GetProperty("second").GetProperty("span").GetArrayLength());

        var anonymous = await workspace.App.Client.PostJsonAsync($"/api/conflicts/{id}/resolve", new { note = "x" });
        var viewer = await workspace.As("ru-viewer").PostJsonAsync($"/api/conflicts/{id}/resolve", new { note = "x" });
        var empty = await editor.PostJsonAsync($"/api/conflicts/{id}/resolve", new { note = " " });
        var unknown = await editor.PostJsonAsync("/api/conflicts/987654/resolve", new { note = "x" });
        var resolved = await editor.PostJsonAsync($"/api/conflicts/{id}/resolve", new { note = "The ministry's figure includes services; customs counts goods only." });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var body = await resolved.JsonAsync();
        Assert.Equal(("resolved", "ru-editor"), (body.GetProperty("status").GetString(), body.GetProperty("resolvedBy").GetString()));

        string identity;
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            identity = (await db.Conflicts.SingleAsync(c => c.Id == id, Ct)).Identity;
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(ConflictRecord) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Actor == "ru-editor", Ct));
        }

        // Another document (a third value for the same year) and two refreshes: the resolved conflict keeps its id and its resolution.
        await SeriesTexts.IngestAsync(workspace.Target, ("third.txt", "Moscow, 9 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.3 billion."));
        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(workspace.Target))).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(workspace.Target))).ExitCode);

        await using var after = EntenteDatabase.CreateContext(workspace.Target);
        var kept = await after.Conflicts.SingleAsync(c => c.Identity == identity, Ct);
        Assert.Equal(id, kept.Id);
        Assert.True(kept.IsResolved && kept.StillDetected);
        Assert.Equal("The ministry's figure includes services; customs counts goods only.", kept.ResolutionNote);
        Assert.Equal(3, await after.Conflicts.CountAsync(Ct));
        var resolvedList = await workspace.App.Client.GetJsonAsync("/api/conflicts?status=resolved");
        Assert.Equal([id], resolvedList.Ids());
        Assert.Equal(2, (await workspace.App.Client.GetJsonAsync("/api/conflicts")).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await workspace.App.Client.GetAsync("/api/conflicts?status=bogus", Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ManyAgreeingTextsAndOneThatDisagreesGiveItsConflictsOnlyAuditedAsOneAct(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        var agreeing = Enumerable.Range(1, 40).Select(day => ($"agree{day}.txt",
            $"Moscow, {day % 28 + 1} {(day > 28 ? "May" : "April")} 2024. Report {day}: trade turnover between the two countries in 2023 reached US$4 billion."));
        await SeriesTexts.IngestAsync(target, [.. agreeing,
            ("dissent.txt", "Baku, 5 June 2024. Trade turnover between the two countries in 2023 amounted to US$4.7 billion, the ministry said.")]);

        await using var db = EntenteDatabase.CreateContext(target);
        var dissent = await db.SourceDocuments.Where(d => d.Source.EndsWith("dissent.txt")).Select(d => d.Id).SingleAsync(Ct);
        var conflicts = await db.Conflicts.ToListAsync(Ct);
        Assert.Equal(40, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal("value-mismatch", c.Kind));
        Assert.All(conflicts, c => Assert.Contains(dissent, new[] { c.First.DocumentId, c.Second.DocumentId }));
        Assert.Equal(40, conflicts.Select(c => c.First.DocumentId == dissent ? c.Second.DocumentId : c.First.DocumentId).Distinct().Count());

        // The trail names the act and its counts once, not the 40 conflicts one by one.
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(ConflictRecord), Ct));
        var act = Assert.Single(await db.AuditEntries.Where(a => a.Entity == "Conflicts").ToListAsync(Ct));
        Assert.Equal(("recomputed", "trade-turnover"), (act.Action, act.EntityId));
        Assert.Equal("""{"added":40,"removed":0,"changed":0}""", act.After);

        // Found again with nothing changed: no new act; the chain still holds.
        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target))).ExitCode);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Entity == "Conflicts", Ct));
        Assert.Equal(40, await db.Conflicts.CountAsync(Ct));
        Assert.True((await Audit.AuditChain.VerifyAsync(db, Ct)).IsIntact);
    }

    [Fact]
    public async Task AnEditorResolvesAConflictOnItsPage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(workspace.Target, s_texts[..2]);
        var id = (await workspace.App.Client.GetJsonAsync("/api/conflicts")).Ids().Single();
        var browser = await SignedInBrowserAsync(workspace, "az-editor");

        var list = await browser.GetStringAsync("/conflicts", Ct);
        var blank = await RunningApp.PostFormAsync(browser, $"/conflicts/{id}/resolve", ("Note", ""));
        var saved = await RunningApp.PostFormAsync(browser, $"/conflicts/{id}/resolve", ("Note", "Both stand: <b>goods</b> against goods and services."));
        var page = await workspace.App.Client.GetStringAsync($"/conflicts/{id}", Ct);
        var anonymousForm = await workspace.App.Browser().GetAsync($"/conflicts/{id}/resolve", Ct);

        Assert.Contains($"/conflicts/{id}/resolve", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("is required", await blank.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Resolved by az-editor", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;goods&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousForm.StatusCode);
    }

    private static async Task<HttpClient> SignedInBrowserAsync(Workspace workspace, string user)
    {
        var browser = workspace.App.Browser();
        var response = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static (int?, int?) Docs(Dictionary<string, int> ids, string a, string b) =>
        ids[a] < ids[b] ? (ids[a], ids[b]) : (ids[b], ids[a]);

    private static (int?, int?) Sides(ConflictRecord c) =>
        c.First.DocumentId < c.Second.DocumentId ? (c.First.DocumentId, c.Second.DocumentId) : (c.Second.DocumentId, c.First.DocumentId);
}
