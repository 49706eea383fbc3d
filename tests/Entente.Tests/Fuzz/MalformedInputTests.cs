using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Fuzz;

/// <summary>
/// Walks the OpenAPI document and sends every operation malformed input; each answer must be a 4xx (never a
/// 500), and nothing may be stored — not even half of a write. Uploads (raw and multipart) and long strings in
/// otherwise valid bodies get the same treatment.
/// </summary>
public class MalformedInputTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryApiOperationRefusesMalformedInputAndStoresNothing(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var ids = await RecordsToAimAtAsync(workspace);
        var admin = workspace.As("ru-administrator");
        using var document = JsonDocument.Parse(await workspace.App.Client.GetStringAsync("/openapi/v1.json", Ct));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var before = await CountsAsync(workspace.Target);

        var failures = new List<string>();
        var sent = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var method = operation.Name.ToUpperInvariant();
                foreach (var request in MalformedRequests.For(method, path.Name, operation.Value, schemas, parameter => ids.GetValueOrDefault(KindOf(path.Name, parameter), "1")))
                {
                    using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path) { Content = request.Content };
                    using var response = await admin.SendAsync(message, Ct);
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500 || (request.MustBeRefused && status is < 400 or >= 500))
                    {
                        failures.Add($"{request.Method} {Short(request.Path)} with {request.What}: {status} {Short(await response.Content.ReadAsStringAsync(Ct))}");
                    }
                }
            }
        }

        Assert.True(sent > 500, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests were not refused cleanly:\n" + string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync(workspace.Target));
    }

    [Fact]
    public async Task LongStringsInOtherwiseValidBodiesAreRefusedAndNothingIsStored()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ids = await RecordsToAimAtAsync(workspace);
        var admin = workspace.As("ru-administrator");
        var creates = new (string Path, Dictionary<string, object> Body)[]
        {
            ("/api/tokens", new() { ["name"] = "fuzz", ["scope"] = "read" }),
            ("/api/action-items", new() { ["title"] = "fuzz", ["owner"] = "MFA", ["restrictedTo"] = Array.Empty<string>() }),
            ("/api/baselines", new() { ["name"] = "fuzz" }),
            ("/api/consultations", new() { ["kind"] = "regular", ["subject"] = "fuzz" }),
            ($"/api/consultations/{ids["consultations"]}/notes", new() { ["text"] = "fuzz" }),
            ("/api/events", new() { ["kind"] = "forum", ["title"] = "fuzz", ["startsOn"] = "2027-03-01", ["place"] = "Baku" }),
            ("/api/commission/sessions", new() { ["number"] = 90, ["heldOn"] = "2026-10-01", ["place"] = "Moscow", ["agenda"] = new[] { "fuzz" } }),
            ($"/api/commission/sessions/{ids["commission/sessions"]}/decisions", new() { ["number"] = 91, ["text"] = "fuzz" }),
        };

        // Each base body is accepted as it is, so a refusal below is the long string's doing.
        foreach (var (path, body) in creates)
        {
            var accepted = await admin.PostJsonAsync(path, body);
            Assert.True(accepted.StatusCode == HttpStatusCode.Created, $"{path}: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync(Ct)}");
        }

        var before = await CountsAsync(workspace.Target);
        var failures = new List<string>();
        foreach (var (path, body) in creates)
        {
            foreach (var field in body.Keys)
            {
                var value = body[field];
                object huge = value switch
                {
                    string => MalformedRequests.Huge,
                    string[] or Array => new[] { MalformedRequests.Huge },
                    _ => MalformedRequests.Huge,
                };
                var response = await admin.PostJsonAsync(path, new Dictionary<string, object>(body) { [field] = huge });
                if ((int)response.StatusCode is < 400 or >= 500)
                {
                    failures.Add($"POST {path} with a {MalformedRequests.Huge.Length}-character {field}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync(workspace.Target));
    }

    [Fact]
    public async Task BrokenUploadsAreRefusedAndStoreNothing()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var coordinator = workspace.As("ru-coordinator");
        var browser = workspace.App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-coordinator"), ("Password", TestUsers.Password))).StatusCode);
        var session = (await (await coordinator.PostJsonAsync("/api/commission/sessions", new { number = 90, heldOn = "2026-10-01", place = "Moscow" })).JsonAsync()).GetProperty("id").GetInt32();
        var before = await CountsAsync(workspace.Target);

        var failures = new List<string>();
        async Task Expect(string what, Func<Task<HttpResponseMessage>> send, bool mustBeRefused = true)
        {
            var status = (int)(await send()).StatusCode;
            if (status >= 500 || (mustBeRefused && status < 400))
            {
                failures.Add($"{what}: {status}");
            }
        }

        // Raw uploads to the API.
        await Expect("multipart to the attachments API", () => coordinator.PostAsync("/api/attachments?fileName=a.pdf", Multipart("file", "a.pdf", "%PDF-1.7"u8.ToArray()), Ct));
        await Expect("truncated multipart to the attachments API", () => coordinator.PostAsync("/api/attachments?fileName=a.pdf", Truncated(), Ct));
        await Expect("empty PDF", () => coordinator.PostAsync("/api/attachments?fileName=a.pdf", Raw([], "application/pdf"), Ct));
        await Expect("no content type", () => coordinator.PostAsync("/api/attachments?fileName=a.pdf", new ByteArrayContent("%PDF-1.7"u8.ToArray()), Ct));
        await Expect("binary CSV", () => coordinator.PostAsync("/api/action-items/import", Raw([0xFF, 0xFE, 0x00, 0x01, 0x80], "text/csv"), Ct), mustBeRefused: false);
        await Expect("CSV with an open quote", () => coordinator.PostAsync("/api/action-items/import", Raw("title,owner\n\"never closed,MFA\n"u8.ToArray(), "text/csv"), Ct), mustBeRefused: false);
        await Expect("CSV without the title column", () => coordinator.PostAsync("/api/action-items/import", Raw("owner\nMFA\n"u8.ToArray(), "text/csv"), Ct), mustBeRefused: false);
        await Expect("CSV with a huge cell", () => coordinator.PostAsync("/api/action-items/import", Raw(Encoding.UTF8.GetBytes("title\n" + MalformedRequests.Huge + "\n"), "text/csv"), Ct), mustBeRefused: false);
        await Expect("multipart to the import API", () => coordinator.PostAsync("/api/action-items/import", Multipart("file", "items.csv", "title\nfrom multipart\n"u8.ToArray()), Ct), mustBeRefused: false);

        // Multipart uploads to the pages, with a valid antiforgery token.
        foreach (var (page, field) in new[] { ("/action-items/import", "Upload"), ($"/commission?handler=protocol&sessionId={session}", "protocol") })
        {
            var formPage = page.Split('?')[0];
            await Expect($"{page}: truncated multipart", async () => await browser.PostAsync(page, Truncated(), Ct));
            await Expect($"{page}: binary file", async () => await browser.PostAsync(page, await WithTokenAsync(browser, formPage, field, "x.csv", [0xFF, 0x00, 0xFE, 0x9F]), Ct), mustBeRefused: false);
            await Expect($"{page}: file under another name", async () => await browser.PostAsync(page, await WithTokenAsync(browser, formPage, "other", "x.pdf", "%PDF-1.7"u8.ToArray()), Ct), mustBeRefused: false);
            await Expect($"{page}: empty file", async () => await browser.PostAsync(page, await WithTokenAsync(browser, formPage, field, "x.pdf", []), Ct), mustBeRefused: false);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync(workspace.Target));
    }

    private static async Task<HttpContent> WithTokenAsync(HttpClient browser, string page, string field, string fileName, byte[] bytes)
    {
        var token = await RunningApp.AntiforgeryTokenAsync(browser, page);
        var content = Multipart(field, fileName, bytes);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return content;
    }

    private static MultipartFormDataContent Multipart(string field, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, field, fileName);
        return content;
    }

    private static ByteArrayContent Truncated()
    {
        var content = new ByteArrayContent("--zz\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"a.csv\"\r\n\r\ntitle\nhalf"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zz");
        return content;
    }

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>Real records of each kind, so malformed bodies reach the validation of an existing record.</summary>
    internal static async Task<Dictionary<string, string>> RecordsToAimAtAsync(Workspace workspace)
    {
        var coordinator = workspace.As("ru-coordinator");
        async Task<string> Id(Task<HttpResponseMessage> post)
        {
            var response = await post;
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            return (await response.JsonAsync()).GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var commitment = (await coordinator.GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var agreement = (await coordinator.GetJsonAsync("/api/agreements"))[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(StringComparer.Ordinal)
        {
            ["action-items"] = await Id(coordinator.PostJsonAsync("/api/action-items", new { title = "Aim" })),
            ["consultations"] = await Id(coordinator.PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Aim" })),
            ["events"] = await Id(coordinator.PostJsonAsync("/api/events", new { kind = "forum", title = "Aim", startsOn = "2027-03-01" })),
            ["commission/sessions"] = await Id(coordinator.PostJsonAsync("/api/commission/sessions", new { number = 77, heldOn = "2026-10-01", place = "Baku" })),
            ["baselines"] = await Id(coordinator.PostJsonAsync("/api/baselines", new { name = "Aim" })),
            ["tokens"] = await Id(coordinator.PostJsonAsync("/api/tokens", new { name = "Aim", scope = "read" })),
            ["attachments"] = await Id(coordinator.PostAsync("/api/attachments?fileName=aim.txt", new StringContent("aim", Encoding.UTF8, "text/plain"), Ct)),
            ["commitments"] = commitment,
            ["agreements"] = agreement,
            ["documents"] = "1",
            ["indicators"] = "trade-turnover",
        };
    }

    /// <summary>The feature a path parameter belongs to: <c>/api/commission/sessions/{id}/decisions</c> → <c>commission/sessions</c>.</summary>
    private static string KindOf(string pattern, string parameter)
    {
        var path = pattern["/api/".Length..];
        var brace = path.IndexOf("{" + parameter, StringComparison.Ordinal);
        return brace < 0 ? path : path[..brace].TrimEnd('/');
    }

    /// <summary>Every audited write, and the rows of each table a malformed request could touch.</summary>
    private static async Task<string> CountsAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var counts = new[]
        {
            ("audit", await db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct)),
            ("items", await db.ActionItems.IgnoreQueryFilters().CountAsync(Ct)),
            ("consultations", await db.Consultations.IgnoreQueryFilters().CountAsync(Ct)),
            ("notes", await db.ConsultationNotes.IgnoreQueryFilters().CountAsync(Ct)),
            ("events", await db.Events.IgnoreQueryFilters().CountAsync(Ct)),
            ("sessions", await db.CommissionSessions.IgnoreQueryFilters().CountAsync(Ct)),
            ("decisions", await db.CommissionDecisions.IgnoreQueryFilters().CountAsync(Ct)),
            ("attachments", await db.Attachments.IgnoreQueryFilters().CountAsync(Ct)),
            ("tokens", await db.ApiTokens.IgnoreQueryFilters().CountAsync(Ct)),
            ("baselines", await db.Baselines.IgnoreQueryFilters().CountAsync(Ct)),
            ("assessments", await db.Assessments.IgnoreQueryFilters().CountAsync(Ct)),
        };
        return string.Join(", ", counts.Select(c => $"{c.Item1}={c.Item2}"));
    }

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
