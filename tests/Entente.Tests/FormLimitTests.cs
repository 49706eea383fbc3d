using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>
/// Uploads and forms say their limits and keep to them: a file larger than a form takes ends on a page that names
/// the limit in the reader's language, the protocol field takes what its label says, the agenda has limits with
/// clear messages, and a save that lost a race keeps what the person typed beside the saved version.
/// </summary>
public class FormLimitTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("en", "at most 20 MB")]
    [InlineData("ru", "не более 20 МБ")]
    [InlineData("az", "ən çoxu 20 MB")]
    public async Task ADocumentLargerThanTheFormTakesEndsOnAPageNamingTheLimit(string language, string limit)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "ru-editor", language);
        var token = await RunningApp.AntiforgeryTokenAsync(browser, "/documents/add");
        Assert.Contains(limit, await browser.GetStringAsync("/documents/add", Ct), StringComparison.Ordinal);

        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(new byte[21 * 1024 * 1024]), "Upload", "huge.txt");
        var refused = await PostAsync(browser, "/documents/add", form);
        Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        var response = await browser.GetAsync(refused.Headers.Location, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(limit, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/add\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProtocolFieldTakesWhatItsLabelSaysAndRefusesTheRestInTheSameWords()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "ru-coordinator", "en");
        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(browser, "/commission?handler=session", ("number", "23"))).StatusCode);
        var session = (await workspace.As("ru-viewer").GetJsonAsync("/api/commission/sessions"))[0].GetProperty("id").GetInt32();
        var commission = await browser.GetStringAsync("/commission", Ct);
        Assert.Contains("Protocol (PDF or DOCX, at most 10 MiB)", commission, StringComparison.Ordinal);
        Assert.Contains("accept=\".pdf,.docx\"", commission, StringComparison.Ordinal);

        var text = await UploadProtocolAsync(browser, session, "protocol.txt", "text/plain", "Protocol of the session"u8.ToArray());
        var tooLarge = await UploadProtocolAsync(browser, session, "protocol.pdf", "application/pdf", [.. "%PDF-1.7 "u8, .. new byte[11 * 1024 * 1024]]);

        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Contains("Protocol: the protocol must be a PDF or DOCX file.", await text.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, tooLarge.StatusCode);
        var refusal = await browser.GetAsync(tooLarge.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusal.StatusCode);
        Assert.Contains("at most 10 MB", await refusal.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await workspace.As("ru-viewer").GetJsonAsync($"/api/commission/sessions/{session}")).GetProperty("protocolAttachmentId").ValueKind);
    }

    [Fact]
    public async Task TheAgendaHasLimitsOnItsItemsAndTheirLength()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var coordinator = workspace.As("ru-coordinator");
        var coChairs = new[] { new { name = "A. Overchuk", party = "RU" }, new { name = "S. Mustafayev", party = "AZ" } };

        var tooMany = await coordinator.PostJsonAsync("/api/commission/sessions", new { number = 30, coChairs, agenda = Enumerable.Range(1, 5000).Select(i => $"Item {i}").ToArray() });
        var tooLong = await coordinator.PostJsonAsync("/api/commission/sessions", new { number = 31, coChairs, agenda = new[] { "Trade", new string('x', 100 * 1024) } });
        var fine = await coordinator.PostJsonAsync("/api/commission/sessions", new { number = 32, coChairs, agenda = Enumerable.Range(1, 100).Select(i => $"Item {i}").ToArray() });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("has 5000 items; an agenda holds at most 100.", (await tooMany.JsonAsync()).GetProperty("errors").GetProperty("agenda")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("item 2 has 102400 characters; an item may have at most 1000.", (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("agenda")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);

        var browser = await SignedInAsync(workspace, "ru-coordinator", "ru");
        var page = await RunningApp.PostFormAsync(browser, "/commission?handler=session", ("number", "33"), ("agenda", string.Join('\n', Enumerable.Range(1, 101).Select(i => $"Пункт {i}"))));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Повестка дня: пунктов: 101; в повестке дня может быть не более 100.", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASaveThatLostARaceKeepsWhatThePersonTypedBesideTheSavedVersion()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = await SignedInAsync(workspace, "ru-editor", "en");
        var added = await RunningApp.PostFormAsync(browser, "/action-items", ("Form.Title", "Open a consulate"), ("Form.Status", "planned"), ("Form.PercentDone", "0"), ("Form.Visibility", "shared"));
        var detail = added.Headers.Location!.OriginalString;

        await RunningApp.PostFormAsync(browser, detail, ("Form.Title", "Open a consulate in Ganja"), ("Form.Status", "in-progress"), ("Form.PercentDone", "10"), ("Form.Visibility", "shared"), ("Form.Version", "0"));
        var lost = await RunningApp.PostFormAsync(browser, detail, ("Form.Title", "Open a consulate in Lankaran"), ("Form.Owner", "Consular department"), ("Form.Status", "in-progress"), ("Form.PercentDone", "10"), ("Form.Visibility", "shared"), ("Form.Version", "0"));

        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await lost.Content.ReadAsStringAsync(Ct);
        Assert.Contains("your changes are shown beside it", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Title</th><td>Open a consulate in Lankaran</td><td>Open a consulate in Ganja</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Owner (person or office)</th><td>Consular department</td><td></td></tr>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">Status</th>", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadProtocolAsync(HttpClient browser, int session, string name, string mediaType, byte[] bytes)
    {
        var token = await RunningApp.AntiforgeryTokenAsync(browser, "/commission");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent($"{session}"), "sessionId" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        upload.Add(file, "protocol", name);
        return await PostAsync(browser, "/commission?handler=protocol", upload);
    }

    // Asks before sending the body (Expect: 100-continue): the server refuses a body over the limit from its
    // declared length, before reading it, so the answer can be read without sending megabytes for nothing.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        return await browser.SendAsync(request, Ct);
    }

    private static async Task<HttpClient> SignedInAsync(Workspace workspace, string user, string language)
    {
        var browser = workspace.App.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await browser.GetAsync($"/language?culture={language}&returnUrl=/", Ct);
        return browser;
    }
}
