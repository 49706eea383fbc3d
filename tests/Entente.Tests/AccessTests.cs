using System.Net;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>Who sees what: shared, party and restricted records across both Parties and observers, and how tokens are limited.</summary>
public class AccessTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PartyRecordsNeverReachTheOtherPartyOrObservers(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var ru = workspace.As("ru-editor");
        var privateItem = (await (await ru.PostJsonAsync("/api/action-items", new { title = "Internal draft of the protocol", visibility = "party" })).JsonAsync()).GetProperty("id").GetInt32();
        var sharedItem = (await (await ru.PostJsonAsync("/api/action-items", new { title = "Joint working group", visibility = "shared" })).JsonAsync()).GetProperty("id").GetInt32();

        foreach (var outsider in new[] { "az-administrator", "az-viewer", "observer" })
        {
            var client = workspace.As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/action-items/{privateItem}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/action-items/{privateItem}/history", Ct)).StatusCode);
            var list = (await client.GetJsonAsync("/api/action-items")).Ids();
            Assert.DoesNotContain(privateItem, list);
            Assert.Contains(sharedItem, list);
            var csv = await client.GetStringAsync("/api/action-items/export.csv", Ct);
            Assert.DoesNotContain("Internal draft", csv, StringComparison.Ordinal);
            Assert.Contains("Joint working group", csv, StringComparison.Ordinal);
        }

        Assert.Contains(privateItem, (await workspace.As("ru-viewer").GetJsonAsync("/api/action-items")).Ids());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RestrictedRecordIsSeenOnlyByTheUsersNamedOnIt(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var created = await workspace.As("ru-coordinator").PostJsonAsync("/api/action-items", new { title = "Sensitive file", visibility = "restricted", restrictedTo = new[] { "ru-editor" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-coordinator").GetAsync($"/api/action-items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-editor").GetAsync($"/api/action-items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workspace.As("ru-administrator").GetAsync($"/api/action-items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workspace.As("az-coordinator").GetAsync($"/api/action-items/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnItemCannotBeSwitchedToRestrictedAfterItIsCreated()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var item = await (await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Open", visibility = "party" })).JsonAsync();

        var response = await workspace.As("ru-editor").PutJsonAsync($"/api/action-items/{item.GetProperty("id").GetInt32()}", new { title = "Open", visibility = "restricted", version = item.GetProperty("version").GetInt64() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only when it is created", (await response.JsonAsync()).GetProperty("errors").GetProperty("visibility")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalNotesOnAConsultationStayWithTheirParty()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var request = await (await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Caspian transit" })).JsonAsync();
        var id = request.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await workspace.As("ru-editor").PostJsonAsync($"/api/consultations/{id}/notes", new { text = "Our red line is the tariff." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await workspace.As("az-editor").PostJsonAsync($"/api/consultations/{id}/notes", new { text = "Ask about the ferry schedule." })).StatusCode);

        var ruNotes = await workspace.As("ru-viewer").GetJsonAsync($"/api/consultations/{id}/notes");
        var azNotes = await workspace.As("az-viewer").GetJsonAsync($"/api/consultations/{id}/notes");
        var observerNotes = await workspace.As("observer").GetJsonAsync($"/api/consultations/{id}/notes");

        Assert.Equal("Our red line is the tariff.", Assert.Single(ruNotes.EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("Ask about the ferry schedule.", Assert.Single(azNotes.EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(observerNotes.EnumerateArray());
    }

    [Fact]
    public async Task AReadOnlyTokenCannotWriteWhateverTheRole()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await workspace.Users.AddAsync(workspace.Target, "RU", Users.UserRole.Coordinator, Access.TokenScope.Read, "ru-script");

        var response = await workspace.As("ru-script").PostJsonAsync("/api/action-items", new { title = "From a script" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-script").GetAsync("/api/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task ARevokedTokenIsRefusedAtOnce()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var client = workspace.As("az-editor");
        var token = Assert.Single((await client.GetJsonAsync("/api/tokens")).EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/tokens/{token.GetProperty("id").GetInt32()}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/action-items", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workspace.App.WithToken("ent_made-up").GetAsync("/api/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task TokensAreStoredOnlyAsTheirHash()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await using var db = Storage.EntenteDatabase.CreateContext(workspace.Target);

        var secret = workspace.Users.Token("ru-viewer");
        var stored = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.ApiTokens, Ct);

        Assert.DoesNotContain(stored, t => t.Hash == secret);
        Assert.Contains(stored, t => t.Hash == Access.ApiToken.HashOf(secret));
    }
}
