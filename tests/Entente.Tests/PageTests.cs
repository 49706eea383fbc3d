using System.Net;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The tracking pages used as a person would: signed in with a cookie, forms posted with their antiforgery token.</summary>
public class PageTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEditorAddsAnItemOnThePageAndAStaleSaveIsToldInsteadOfOverwriting()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "ru-editor");

        var added = await RunningApp.PostFormAsync(browser, "/action-items", ("Form.Title", "Open a consulate"), ("Form.Status", "planned"), ("Form.PercentDone", "0"), ("Form.Visibility", "shared"), ("Form.DueOn", "2020-01-01"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var detail = added.Headers.Location!.OriginalString;
        Assert.Contains("overdue", await browser.GetStringAsync(detail, Ct), StringComparison.Ordinal);

        var firstSave = await RunningApp.PostFormAsync(browser, detail, ("Form.Title", "Open a consulate in Ganja"), ("Form.Status", "in-progress"), ("Form.PercentDone", "10"), ("Form.Visibility", "shared"), ("Form.Version", "0"));
        var staleSave = await RunningApp.PostFormAsync(browser, detail, ("Form.Title", "Stale title"), ("Form.Status", "planned"), ("Form.PercentDone", "0"), ("Form.Visibility", "shared"), ("Form.Version", "0"));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staleSave.StatusCode);
        var page = await staleSave.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Someone saved this item after you opened it", page, StringComparison.Ordinal);
        Assert.Contains("Open a consulate in Ganja", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithBadFieldsShowsAMessageForEachField()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "az-coordinator");

        var response = await RunningApp.PostFormAsync(browser, "/consultations/new", ("Kind", "urgent"), ("Subject", ""), ("Classification", "official"), ("Clauses", "abc"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Subject: is required.", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;abc&#x27; is not an operative clause", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAskedPartyAcknowledgesFromItsInboxPage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var request = await (await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Pipeline safety" })).JsonAsync();
        var id = request.GetProperty("id").GetInt32();
        var browser = await SignedInAsync(workspace, "az-coordinator");
        Assert.Contains("Pipeline safety", await browser.GetStringAsync("/consultations?box=inbox", Ct), StringComparison.Ordinal);

        var moved = await RunningApp.PostFormAsync(browser, $"/consultations/{id}?handler=move", ("Move.To", "acknowledged"), ("Move.Version", request.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var note = await RunningApp.PostFormAsync(browser, $"/consultations/{id}?handler=note", ("NoteText", "Brief the minister first."));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Equal("acknowledged", (await workspace.As("ru-viewer").GetJsonAsync($"/api/consultations/{id}")).GetProperty("status").GetString());
        Assert.DoesNotContain("Brief the minister", await (await SignedInAsync(workspace, "ru-coordinator")).GetStringAsync($"/consultations/{id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorRecordsASessionADecisionWithItsFollowUpAndTheProtocol()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "ru-coordinator");

        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(browser, "/commission?handler=session", ("number", "22"), ("heldOn", "2026-10-01"), ("place", "Moscow"), ("agenda", "Trade\nTransport"))).StatusCode);
        var session = (await workspace.As("ru-viewer").GetJsonAsync("/api/commission/sessions"))[0].GetProperty("id").GetInt32();
        var decision = await RunningApp.PostFormAsync(browser, "/commission?handler=decision", ("sessionId", $"{session}"), ("text", "Study a new ferry line"), ("followUp", "Ferry line feasibility study"), ("followUpDueOn", "2027-05-01"));
        var token = await RunningApp.AntiforgeryTokenAsync(browser, "/commission");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent($"{session}"), "sessionId" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("%PDF-1.7 protocol"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "protocol", "protocol-22.pdf");
        var protocol = await browser.PostAsync("/commission?handler=protocol", upload, Ct);

        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, protocol.StatusCode);
        var page = await browser.GetStringAsync("/commission", Ct);
        Assert.Contains("Ferry line feasibility study", page, StringComparison.Ordinal);
        Assert.Contains("Protocol</a>", page, StringComparison.Ordinal);
        var seen = await workspace.As("az-viewer").GetJsonAsync($"/api/commission/sessions/{session}");
        Assert.Equal("Study a new ferry line", seen.GetProperty("decisions")[0].GetProperty("text").GetString());
        Assert.True(seen.GetProperty("protocolAttachmentId").GetInt32() > 0);
    }

    internal static async Task<HttpClient> SignedInAsync(Workspace workspace, string user)
    {
        var browser = workspace.App.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
