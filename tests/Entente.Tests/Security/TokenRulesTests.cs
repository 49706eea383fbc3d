using System.Net;
using Entente.Access;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Users;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Security;

/// <summary>
/// Token management is a write: a read token only lists its own user's tokens; a write token creates and revokes
/// only tokens no broader and no longer-lived than itself; a signed-in browser manages all of its user's tokens.
/// </summary>
public class TokenRulesTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReadTokenListsItsUsersTokensAndCanNeitherCreateNorRevokeAny()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await workspace.Users.AddAsync(workspace.Target, "AZ", UserRole.Coordinator, TokenScope.Read, "az-script");
        var script = workspace.As("az-script");
        var before = await TokensAsync(workspace);
        var other = before.Single(t => t.Name == "az-coordinator token");

        var list = await script.GetJsonAsync("/api/tokens");
        var create = await script.PostJsonAsync("/api/tokens", new { name = "x", scope = "write" });
        var createRead = await script.PostJsonAsync("/api/tokens", new { name = "y", scope = "read" });
        var revoke = await script.DeleteAsync($"/api/tokens/{other.Id}", Ct);
        var revokeOwn = await script.DeleteAsync($"/api/tokens/{before.Single(t => t.Name == "az-script token").Id}", Ct);

        Assert.Equal(["az-script token"], list.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        foreach (var refused in new[] { create, createRead, revoke, revokeOwn })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("A read token cannot write", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await TokensAsync(workspace));
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-coordinator").GetAsync("/api/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task AWriteTokenCreatesTokensNoBroaderAndNoLongerLivedThanItself()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var editor = workspace.As("ru-editor");
        var own = (await TokensAsync(workspace)).Single(t => t.Name == "ru-editor token");
        var daysLeft = (int)Math.Floor((own.ExpiresAt!.Value - workspace.Clock.Now).TotalDays);

        var shorter = await editor.PostJsonAsync("/api/tokens", new { name = "nightly", scope = "write", expiresInDays = daysLeft });
        var readOnly = await editor.PostJsonAsync("/api/tokens", new { name = "reader", scope = "read", expiresInDays = 1 });
        var before = await TokensAsync(workspace);
        var longer = await editor.PostJsonAsync("/api/tokens", new { name = "forever", scope = "read", expiresInDays = daysLeft + 1 });

        Assert.Equal(HttpStatusCode.Created, shorter.StatusCode);
        Assert.Equal(HttpStatusCode.Created, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, longer.StatusCode);
        Assert.Equal("application/problem+json", longer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lasts longer", (await longer.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TokensAsync(workspace));

        // The new read token, in turn, can make nothing; the shorter write token cannot make a write token outliving it.
        var reader = workspace.App.WithToken((await readOnly.JsonAsync()).GetProperty("secret").GetString()!);
        var nightly = workspace.App.WithToken((await shorter.JsonAsync()).GetProperty("secret").GetString()!);
        var fromReader = await reader.PostJsonAsync("/api/tokens", new { name = "z", scope = "read", expiresInDays = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, fromReader.StatusCode);
        Assert.Contains("A read token cannot write", (await fromReader.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await nightly.PostJsonAsync("/api/tokens", new { name = "z", scope = "write", expiresInDays = daysLeft + 1 })).StatusCode);
        Assert.Equal(before, await TokensAsync(workspace));
    }

    [Fact]
    public async Task AWriteTokenRevokesOnlyTokensNoStrongerThanItself()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var editor = workspace.As("ru-editor");
        var longLived = (await TokensAsync(workspace)).Single(t => t.Name == "ru-editor token");
        var shortSecret = (await (await editor.PostJsonAsync("/api/tokens", new { name = "short", scope = "write", expiresInDays = 7 })).JsonAsync()).GetProperty("secret").GetString()!;
        var spare = (await (await editor.PostJsonAsync("/api/tokens", new { name = "spare", scope = "read", expiresInDays = 3 })).JsonAsync()).GetProperty("id").GetInt32();
        var shortToken = workspace.App.WithToken(shortSecret);

        var refused = await shortToken.DeleteAsync($"/api/tokens/{longLived.Id}", Ct);
        var revoked = await shortToken.DeleteAsync($"/api/tokens/{spare}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("lasts longer", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await TokensAsync(workspace);
        Assert.Null(after.Single(t => t.Id == longLived.Id).RevokedAt);
        Assert.NotNull(after.Single(t => t.Id == spare).RevokedAt);
    }

    [Fact]
    public async Task ASignedInBrowserManagesAllOfItsUsersTokens()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var browser = workspace.App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-viewer"), ("Password", TestUsers.Password))).StatusCode);
        var own = (await TokensAsync(workspace)).Single(t => t.Name == "az-viewer token");

        var created = await RunningApp.PostFormAsync(browser, "/account/tokens?handler=create", ("Name", "yearly"), ("Scope", "write"), ("ExpiresInDays", "366"));
        var revoked = await RunningApp.PostFormAsync(browser, $"/account/tokens?handler=revoke&id={own.Id}");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await TokensAsync(workspace);
        Assert.Contains(after, t => t.Name == "yearly" && t.Scope == TokenScope.Write && t.ExpiresAt == workspace.Clock.Now.AddDays(366));
        Assert.NotNull(after.Single(t => t.Id == own.Id).RevokedAt);
    }

    /// <summary>Every stored token as comparable rows, read past the app.</summary>
    private static async Task<List<TokenRow>> TokensAsync(Workspace workspace)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        return [.. (await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(Ct)).Select(t => new TokenRow(t.Id, t.Name, t.Scope, t.ExpiresAt, t.RevokedAt))];
    }

    private sealed record TokenRow(int Id, string Name, TokenScope Scope, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);
}
