using System.Net;
using System.Text;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>Adding documents over the web: the "Add a document" page and <c>POST /api/documents</c>.</summary>
public class DocumentUploadTests(PostgresServer postgres)
{
    private const string News = "Ministers met in Baku\nThe ministers met on 14 March and agreed that trade grew by 12 percent last year.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEditorAddsADocumentOnceAndItsDateAnchorsItsYearlessDates(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var editor = workspace.As("ru-editor");

        using var first = await editor.PostAsync("/api/documents?name=news.txt&date=2023-05-02", new StringContent(News, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = await first.JsonAsync();
        Assert.Equal("added", added.GetProperty("result").GetString());
        var id = added.GetProperty("id").GetInt32();
        Assert.Equal($"/api/documents/{id}", first.Headers.Location?.OriginalString);

        using var again = await editor.PostAsync("/api/documents?name=copy.txt", new StringContent(News, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.JsonAsync()).GetProperty("result").GetString());

        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var stored = await db.SourceDocuments.Include(d => d.Content).SingleAsync(d => d.Id == id, Ct);
        Assert.Equal(new DateOnly(2023, 5, 2), stored.DocumentDate);
        Assert.Equal(Encoding.UTF8.GetBytes(News), stored.Content!.Bytes);
        Assert.Equal("news.txt", stored.Source);
        Assert.Matches("\"value\":\\s*\"2023-03-14\"", stored.AnalysisJson);
    }

    [Theory]
    [InlineData("ru-viewer", HttpStatusCode.Forbidden)]
    [InlineData("observer", HttpStatusCode.Forbidden)]
    public async Task ReadersCannotAddDocuments(string user, HttpStatusCode expected)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        using var response = await workspace.As(user).PostAsync("/api/documents?name=a.txt", new StringContent(News, Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(expected, response.StatusCode);
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        Assert.Equal(0, await db.SourceDocuments.CountAsync(Ct));
    }

    [Theory]
    [InlineData("/api/documents?date=2023-05-02", "name")]
    [InlineData("/api/documents?name=a.txt&date=14.03.2023", "date")]
    [InlineData("/api/documents?name=empty.txt", "body")]
    public async Task BadRequestsAreRefusedWithTheFieldNamedAndNothingStored(string path, string field)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var body = field == "body" ? string.Empty : News;

        using var response = await workspace.As("az-editor").PostAsync(path, new StringContent(body, Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        Assert.Equal(0, await db.SourceDocuments.CountAsync(Ct));
    }

    [Fact]
    public async Task AnUnreadableDocumentIsKeptWithTheReason()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var notAPdf = Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a PDF");

        using var response = await workspace.As("az-editor").PostAsync("/api/documents?name=broken.pdf",
            new ByteArrayContent(notAPdf) { Headers = { ContentType = new("application/pdf") } }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal("failed", answer.GetProperty("result").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("error").GetString()));
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var kept = await db.SourceDocuments.Include(d => d.Content).SingleAsync(Ct);
        Assert.Equal(notAPdf, kept.Content!.Bytes);
    }

    [Fact]
    public async Task ThePagePastesTextAndOpensTheStoredDocument()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var browser = workspace.App.Browser();
        await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-editor"), ("Password", TestUsers.Password));

        using var response = await RunningApp.PostFormAsync(browser, "/documents/add", ("PastedText", News), ("Date", "2023-05-02"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var stored = await db.SourceDocuments.SingleAsync(Ct);
        Assert.Equal($"/documents/{stored.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Ministers met in Baku.txt", stored.Source);
    }

    [Fact]
    public async Task ThePageRefusesAFormWithNeitherFileNorTextAndSaysWhy()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var browser = workspace.App.Browser();
        await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-editor"), ("Password", TestUsers.Password));

        using var response = await RunningApp.PostFormAsync(browser, "/documents/add", ("Date", "yesterday"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Choose a file or paste the text of a document.", html, StringComparison.Ordinal);
        Assert.Contains("Give the date as yyyy-mm-dd", html, StringComparison.Ordinal);
    }
}
