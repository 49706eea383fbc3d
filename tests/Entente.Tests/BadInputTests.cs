using System.Net;
using System.Text;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>Bad input gets a clear, field-level answer: malformed JSON, invalid fields, bad uploads; and the API describes itself.</summary>
public class BadInputTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MissingAndInvalidFieldsAreNamedOneByOne()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        var response = await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "emergency", proposedDates = new[] { "2020-01-01" }, clauses = new[] { "999999" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("'emergency' is not one of regular, urgent", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("is required.", errors.GetProperty("subject")[0].GetString());
        Assert.Contains("past", errors.GetProperty("proposedDates")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'999999' is not an operative clause", errors.GetProperty("clauses")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJsonIsAProblemNotACrash()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        var response = await workspace.As("ru-editor").PostAsync("/api/action-items", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UploadsThatAreTooLargeOrNotWhatTheySayAreRefusedWithTheReason()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var editor = workspace.As("ru-editor");

        var tooLarge = await editor.PostAsync("/api/attachments?fileName=big.pdf", new ByteArrayContent(new byte[11 * 1024 * 1024]) { Headers = { { "Content-Type", "application/pdf" } } }, Ct);
        var fakePdf = await editor.PostAsync("/api/attachments?fileName=protocol.pdf", new ByteArrayContent("MZ not a pdf"u8.ToArray()) { Headers = { { "Content-Type", "application/pdf" } } }, Ct);
        var executable = await editor.PostAsync("/api/attachments?fileName=run.exe", new ByteArrayContent([1, 2, 3]) { Headers = { { "Content-Type", "application/x-msdownload" } } }, Ct);
        var folder = await editor.PostAsync("/api/attachments?fileName=../../etc/passwd", new StringContent("x", Encoding.UTF8, "text/plain"), Ct);
        var good = await editor.PostAsync("/api/attachments?fileName=protocol.pdf&visibility=shared", new ByteArrayContent("%PDF-1.7 protocol"u8.ToArray()) { Headers = { { "Content-Type", "application/pdf" } } }, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("first bytes", (await fakePdf.JsonAsync()).GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("not accepted", (await executable.JsonAsync()).GetProperty("errors").GetProperty("contentType")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("without folders", (await folder.JsonAsync()).GetProperty("errors").GetProperty("fileName")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var id = (await good.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal("%PDF-1.7 protocol", await workspace.As("az-viewer").GetStringAsync($"/api/attachments/{id}", Ct));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheTrackingEndpoints()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        var document = await workspace.App.Client.GetStringAsync("/openapi/v1.json", Ct);

        foreach (var path in new[] { "/api/commitments/{id}/assessment", "/api/action-items/import", "/api/consultations/{id}/transitions", "/api/commission/sessions/{id}/decisions", "/api/events", "/api/attachments", "/api/audit/verify", "/api/tokens" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }
}
