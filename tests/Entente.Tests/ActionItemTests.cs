using System.Net;
using System.Text;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>Action items: overdue marking, concurrent edits, history, baselines, and CSV in and out.</summary>
public class ActionItemTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnItemPastItsDueDateIsOverdueUntilDone()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-editor");
        var late = await (await ru.PostJsonAsync("/api/action-items", new { title = "Late", dueOn = "2026-11-01", visibility = "shared" })).JsonAsync();
        await ru.PostJsonAsync("/api/action-items", new { title = "On time", dueOn = "2026-12-31", visibility = "shared" });

        var overdue = await workspace.As("az-viewer").GetJsonAsync("/api/action-items?overdue=true");
        Assert.Equal("Late", Assert.Single(overdue.EnumerateArray()).GetProperty("title").GetString());
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.Contains("overdue", await workspace.As("ru-viewer").GetStringAsync("/action-items", Ct), StringComparison.Ordinal);

        var done = await ru.PutJsonAsync($"/api/action-items/{late.GetProperty("id").GetInt32()}", new { title = "Late", dueOn = "2026-11-01", status = "done", visibility = "shared", version = late.GetProperty("version").GetInt64() });
        Assert.False((await done.JsonAsync()).GetProperty("overdue").GetBoolean());
        Assert.Empty((await workspace.As("az-viewer").GetJsonAsync("/api/action-items?overdue=true")).EnumerateArray());
    }

    [Fact]
    public async Task ClausesAreTakenAndShownAsPeopleWriteThem()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-editor");
        var clause6 = await ProvisionIdAsync(workspace, "6");

        var created = await ru.PostJsonAsync("/api/action-items", new { title = "Urgent consultation rules", visibility = "shared", clauses = new[] { "6", "ru-az-allied-interaction-2022#7" } });
        var wrong = await ru.PostJsonAsync("/api/action-items", new { title = "Wrong clause", clauses = new[] { "16", "ru-az-allied-interaction-2022#99" } });

        var item = await created.JsonAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["ru-az-allied-interaction-2022#6", "ru-az-allied-interaction-2022#7"], item.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(clause6, item.GetProperty("clauseIds")[0].GetInt32());
        var errors = (await wrong.JsonAsync()).GetProperty("errors").GetProperty("clauses");
        Assert.Contains("'ru-az-allied-interaction-2022#99' is not an operative clause", errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, errors.GetArrayLength());

        var page = await workspace.As("ru-editor").GetStringAsync($"/action-items/{item.GetProperty("id").GetInt32()}", Ct);
        Assert.Contains("name=\"Form.Clauses\" value=\"6, 7\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"6\">6 — ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryReadsFieldByFieldInTheReadersLanguageAndTheOtherPartySeesTheSharedFields()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var item = await (await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Before", owner = "Ministry of Energy", visibility = "shared", clauses = new[] { "6" } })).JsonAsync();
        var id = item.GetProperty("id").GetInt32();
        await workspace.As("ru-coordinator").PutJsonAsync($"/api/action-items/{id}", new { title = "After", owner = "Ministry of Energy", visibility = "shared", status = "in-progress", clauses = new[] { "6" }, version = item.GetProperty("version").GetInt64() });

        var otherPartyInRussian = workspace.As("az-viewer");
        otherPartyInRussian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var page = await otherPartyInRussian.GetStringAsync($"/action-items/{id}", Ct);

        Assert.DoesNotContain("{&quot;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Title\"", page, StringComparison.Ordinal);
        Assert.Matches("<dt>Название</dt><dd>Before → After</dd>", page);
        Assert.Matches("<dt>Статус</dt><dd>[^<]+ → [^<]+</dd>", page);
        Assert.Contains("Ministry of Energy", page, StringComparison.Ordinal);
        Assert.Matches("href=\"/agreements/\\d+/clauses/6\"[^>]*>6</a>", page);
    }

    /// <summary>The stored id of a clause of the Declaration, by its number.</summary>
    internal static async Task<int> ProvisionIdAsync(Workspace workspace, string number)
    {
        var agreement = await workspace.As("ru-viewer").GetJsonAsync("/api/agreements/ru-az-allied-interaction-2022");
        var provisions = await workspace.As("ru-viewer").GetJsonAsync($"/api/agreements/{agreement.GetProperty("id").GetInt32()}/provisions");
        return provisions.EnumerateArray().Single(p => p.GetProperty("number").GetString() == number && p.GetProperty("part").GetString() == "operative").GetProperty("id").GetInt32();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheSecondOfTwoConcurrentEditsIsToldAndNothingIsOverwritten(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var item = await (await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Draft", visibility = "shared" })).JsonAsync();
        var id = item.GetProperty("id").GetInt32();
        var version = item.GetProperty("version").GetInt64();

        var first = await workspace.As("ru-editor").PutJsonAsync($"/api/action-items/{id}", new { title = "Draft v2", version });
        var second = await workspace.As("ru-coordinator").PutJsonAsync($"/api/action-items/{id}", new { title = "Draft v3", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains("changed after you read it", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Draft v2", (await workspace.As("ru-viewer").GetJsonAsync($"/api/action-items/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task HistoryShowsWhoChangedWhatAndFromWhat()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var item = await (await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Before", visibility = "shared" })).JsonAsync();
        var id = item.GetProperty("id").GetInt32();
        await workspace.As("ru-coordinator").PutJsonAsync($"/api/action-items/{id}", new { title = "After", version = item.GetProperty("version").GetInt64() });

        var history = await workspace.As("az-viewer").GetJsonAsync($"/api/action-items/{id}/history");

        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("ru-editor", history[0].GetProperty("actor").GetString());
        Assert.Equal("added", history[0].GetProperty("action").GetString());
        Assert.Equal("ru-coordinator", history[1].GetProperty("actor").GetString());
        Assert.Contains("\"Before\"", history[1].GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"After\"", history[1].GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CsvImportAddsGoodRowsAndReportsEveryRefusedRowWithItsReasons(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        const string csv = """
            title,owner,due_on,status,percent_done,clauses,visibility
            Open the trade house,Ministry of Economy,2027-06-30,planned,0,ru-az-allied-interaction-2022#23,shared
            ,Nobody,2027-01-01,planned,0,,shared
            "Quoted, with comma",Desk,31/12/2027,finished,150,,shared
            Unknown clause,Desk,2027-01-01,planned,10,ru-az-allied-interaction-2022#99,party
            "Multi-line
            title",Desk,2027-02-01,in-progress,40,,party
            """;

        var response = await workspace.As("ru-coordinator").PostAsync("/api/action-items/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal([2, 6], report.GetProperty("imported").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        var rejected = report.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => string.Join(" | ", r.GetProperty("problems").EnumerateArray().Select(p => p.GetString())));
        Assert.Equal([3, 4, 5], rejected.Keys.Order());
        Assert.Contains("title: is required", rejected[3], StringComparison.Ordinal);
        Assert.Contains("due_on: '31/12/2027'", rejected[4], StringComparison.Ordinal);
        Assert.Contains("status: 'finished'", rejected[4], StringComparison.Ordinal);
        Assert.Contains("percent_done", rejected[4], StringComparison.Ordinal);
        Assert.Contains("#99", rejected[5], StringComparison.Ordinal);

        var exported = await workspace.As("ru-viewer").GetStringAsync("/api/action-items/export.csv", Ct);
        Assert.Contains("ru-az-allied-interaction-2022#23", exported, StringComparison.Ordinal);
        Assert.Contains("\"Multi-line\ntitle\"", exported.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnExportEditedInRussianExcelComesBackAsUpdatesByIdAndNewItems(string provider)
    {
        const string NewTitle = "Паромная переправа Баку — Махачкала";
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var coordinator = workspace.As("ru-coordinator");
        var bridge = (await (await coordinator.PostJsonAsync("/api/action-items", new { title = "Bridge", dueOn = "2027-01-10", visibility = "shared" })).JsonAsync()).GetProperty("id").GetInt32();
        var baseline = (await (await coordinator.PostJsonAsync("/api/baselines", new { name = "Session 21" })).JsonAsync()).GetProperty("id").GetInt32();

        // Export, rename the item in Russian, add a row without an id, and save as Russian Excel does: Windows-1251.
        var exported = await coordinator.GetStringAsync("/api/action-items/export.csv", Ct);
        var exportedLines = exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",version", exportedLines[0], StringComparison.Ordinal);
        var bridgeRow = exportedLines.Single(l => l.StartsWith($"{bridge},Bridge,", StringComparison.Ordinal));
        List<string> lines = [exportedLines[0], bridgeRow.Replace(",Bridge,", ",Мост через Самур,", StringComparison.Ordinal), $",{NewTitle},Минтранс,RU,shared,planned,0,2027-05-01,,,,,,"];
        var file = Entente.Text.Reading.TextDecoder.Windows1251.GetBytes(string.Join("\r\n", lines) + "\r\n");

        var first = await (await coordinator.PostAsync("/api/action-items/import", new ByteArrayContent(file), Ct)).JsonAsync();
        var again = await (await coordinator.PostAsync("/api/action-items/import", new ByteArrayContent(file), Ct)).JsonAsync();

        Assert.Equal("windows-1251", first.GetProperty("encoding").GetString());
        Assert.Equal(0, first.GetProperty("rejected").GetArrayLength());
        var imported = first.GetProperty("imported").EnumerateArray().ToDictionary(r => r.GetProperty("action").GetString()!, r => r.GetProperty("id").GetInt32());
        Assert.Equal(bridge, imported["updated"]);
        Assert.Equal("Мост через Самур", (await coordinator.GetJsonAsync($"/api/action-items/{bridge}")).GetProperty("title").GetString());
        Assert.Equal(NewTitle, (await coordinator.GetJsonAsync($"/api/action-items/{imported["added"]}")).GetProperty("title").GetString());

        // The same file again: its version of the bridge is stale now, so that row is refused rather than overwriting.
        var stale = Assert.Single(again.GetProperty("rejected").EnumerateArray());
        Assert.Equal(2, stale.GetProperty("line").GetInt32());
        Assert.Contains($"version: action item {bridge} was changed after this file was exported", stale.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        // Items created after the baseline show as added beside the frozen one.
        var comparison = (await coordinator.GetJsonAsync($"/api/baselines/{baseline}/comparison")).EnumerateArray().ToList();
        Assert.False(comparison.Single(r => r.GetProperty("actionItemId").GetInt32() == bridge).GetProperty("added").GetBoolean());
        Assert.True(comparison.Single(r => r.GetProperty("actionItemId").GetInt32() == imported["added"]).GetProperty("added").GetBoolean());
        var russian = workspace.As("ru-viewer");
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        Assert.Contains("добавлено после базового плана", await russian.GetStringAsync($"/action-items/baselines/{baseline}", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", "en", "action item {0} was changed after this file was exported")]
    [InlineData("utf-8-bom", "ru", "изменено после выгрузки этого файла")]
    [InlineData("utf-16le", "az", "ixrac edildikdən sonra dəyişdirilib")]
    public async Task TheImportPageReadsEachEncodingAndExplainsAStaleRowInTheReadersLanguage(string encoding, string language, string staleMessage)
    {
        // Each file holds Cyrillic and Azerbaijani letters: a wrong decoding would change the added title.
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var item = await (await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Bridge", visibility = "shared" })).JsonAsync();
        var id = item.GetProperty("id").GetInt32();
        var text = $"id,title,version\r\n{id},Мост,{item.GetProperty("version").GetInt64() + 5}\r\n,Köprü Ağstafa,\r\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        };
        var browser = await PageTests.SignedInAsync(workspace, "ru-coordinator");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var token = await RunningApp.AntiforgeryTokenAsync(browser, "/action-items/import");
        using var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        upload.Add(new ByteArrayContent(bytes), "Upload", "items.csv");

        var page = System.Net.WebUtility.HtmlDecode(await (await browser.PostAsync("/action-items/import", upload, Ct)).Content.ReadAsStringAsync(Ct));

        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, staleMessage, id), page, StringComparison.Ordinal);
        var titles = (await workspace.As("ru-viewer").GetJsonAsync("/api/action-items")).EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("Köprü Ağstafa", titles);
        Assert.Contains("Bridge", titles);
    }

    [Fact]
    public async Task OversizedOrMalformedImportsAreRefusedWithAReason()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var coordinator = workspace.As("ru-coordinator");

        var tooLarge = await coordinator.PostAsync("/api/action-items/import", new ByteArrayContent(new byte[3 * 1024 * 1024]), Ct);
        var notText = await coordinator.PostAsync("/api/action-items/import", new ByteArrayContent([.. Enumerable.Repeat<byte>(0x01, 64), 0x0A]), Ct);
        var unclosed = await coordinator.PostAsync("/api/action-items/import", new StringContent("title\n\"never closed\n", Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("limit", await tooLarge.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notText.StatusCode);
        Assert.Contains("not text", await notText.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("never closed", (await unclosed.JsonAsync()).GetProperty("rejected")[0].GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABaselineKeepsTheFrozenDatesToCompareWithWhatHappened()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-editor");
        var item = await (await ru.PostJsonAsync("/api/action-items", new { title = "Bridge", dueOn = "2027-01-10", visibility = "shared" })).JsonAsync();
        var baseline = await (await workspace.As("ru-coordinator").PostJsonAsync("/api/baselines", new { name = "Session 21" })).JsonAsync();
        await ru.PutJsonAsync($"/api/action-items/{item.GetProperty("id").GetInt32()}", new { title = "Bridge", dueOn = "2027-01-25", version = item.GetProperty("version").GetInt64() });

        var comparison = await workspace.As("az-viewer").GetJsonAsync($"/api/baselines/{baseline.GetProperty("id").GetInt32()}/comparison");

        var row = Assert.Single(comparison.EnumerateArray());
        Assert.Equal("2027-01-10", row.GetProperty("baselineDueOn").GetString());
        Assert.Equal("2027-01-25", row.GetProperty("currentDueOn").GetString());
        Assert.Equal(15, row.GetProperty("slipDays").GetInt32());
    }

    [Fact]
    public async Task ACommissionDecisionCreatesItsFollowUpItems()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var created = await workspace.As("az-coordinator").PostJsonAsync("/api/commission/sessions", new
        {
            number = 21,
            heldOn = "2026-10-15",
            place = "Baku",
            coChairs = new[] { new { party = "AZ", name = "Co-chair A" }, new { party = "RU", name = "Co-chair R" } },
            agenda = new[] { "Trade", "Transport" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var response = await workspace.As("ru-coordinator").PostJsonAsync($"/api/commission/sessions/{session}/decisions", new
        {
            text = "Prepare a transport corridor study",
            followUps = new[] { new { title = "Corridor study terms of reference", dueOn = "2027-03-01", visibility = "shared" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var itemId = Assert.Single((await response.JsonAsync()).GetProperty("followUpItemIds").EnumerateArray()).GetInt32();
        var item = await workspace.As("az-viewer").GetJsonAsync($"/api/action-items/{itemId}");
        Assert.True(item.GetProperty("commissionDecisionId").GetInt32() > 0);

        // Reading the session back names the follow-up too, as the page does.
        var read = await workspace.As("az-viewer").GetJsonAsync($"/api/commission/sessions/{session}");
        Assert.Equal(itemId, Assert.Single(read.GetProperty("decisions")[0].GetProperty("followUpItemIds").EnumerateArray()).GetInt32());
        var listed = (await workspace.As("az-viewer").GetJsonAsync("/api/commission/sessions")).EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == session);
        Assert.Equal(itemId, listed.GetProperty("decisions")[0].GetProperty("followUpItemIds")[0].GetInt32());
    }

    [Fact]
    public async Task TwoSecretariesEditingOneSessionCannotOverwriteEachOther()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-coordinator");
        var az = workspace.As("az-coordinator");
        var created = await ru.PostJsonAsync("/api/commission/sessions", new { number = 22, heldOn = "2026-11-20", place = "Moscow" });
        var session = await created.JsonAsync();
        var id = session.GetProperty("id").GetInt32();
        var version = session.GetProperty("version").GetInt64();

        // Both read version 0; the Russian secretariat saves first, so the Azerbaijani edit of that version is refused.
        var first = await ru.PutJsonAsync($"/api/commission/sessions/{id}", new { place = "Moscow, Kremlin", agenda = new[] { "Trade" }, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await first.JsonAsync()).GetProperty("version").GetInt64());
        var stale = await az.PutJsonAsync($"/api/commission/sessions/{id}", new { place = "Baku", agenda = new[] { "Energy" }, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // Without a version an edit is refused as incomplete; with the current one it goes through.
        var unversioned = await az.PutJsonAsync($"/api/commission/sessions/{id}", new { place = "Baku" });
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        Assert.Contains("version", await unversioned.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var current = await az.GetJsonAsync($"/api/commission/sessions/{id}");
        Assert.Equal("Moscow, Kremlin", current.GetProperty("place").GetString());
        var second = await az.PutJsonAsync($"/api/commission/sessions/{id}", new { place = "Moscow, Kremlin", agenda = new[] { "Trade", "Energy" }, version = current.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await second.JsonAsync()).GetProperty("agenda").GetArrayLength());
    }
}
