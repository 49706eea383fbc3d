using System.Net;
using System.Text.RegularExpressions;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>The administrators' user page: create, lock, unlock, reset the second factor, within their own Party, all audited.</summary>
public partial class UserAdministrationTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdministratorCreatesLocksAndUnlocksUsersOfTheirPartyAndTheTrailRecordsIt()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var admin = await SignedInAsync(workspace, "ru-administrator");

        var created = await RunningApp.PostFormAsync(admin, "/admin/users?handler=create",
            ("Form.UserName", "ru-desk-officer"), ("Form.DisplayName", "Desk officer"), ("Form.Party", "RU"), ("Form.Role", "editor"), ("Form.Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(workspace, "ru-desk-officer")).StatusCode);

        var otherParty = await RunningApp.PostFormAsync(admin, "/admin/users?handler=create",
            ("Form.UserName", "az-intruder"), ("Form.Party", "AZ"), ("Form.Role", "administrator"), ("Form.Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.OK, otherParty.StatusCode);
        Assert.Contains("only in your own Party", await otherParty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var page = await admin.GetStringAsync("/admin/users", Ct);
        Assert.Contains("ru-desk-officer", page, StringComparison.Ordinal);
        Assert.DoesNotContain("az-editor", page, StringComparison.Ordinal);
        string officer;
        await using (var lookup = EntenteDatabase.CreateContext(workspace.Target))
        {
            officer = await lookup.Users.Where(u => u.UserName == "ru-desk-officer").Select(u => u.Id).SingleAsync(Ct);
        }

        var azEditor = workspace.Users.User("az-editor").Id;

        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(admin, $"/admin/users?handler=lock&id={officer}")).StatusCode);
        var locked = await SignInAsync(workspace, "ru-desk-officer");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var foreign = await RunningApp.PostFormAsync(admin, $"/admin/users?handler=lock&id={azEditor}");
        Assert.Contains("/account/denied", foreign.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(workspace, "az-editor")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(admin, $"/admin/users?handler=unlock&id={officer}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(workspace, "ru-desk-officer")).StatusCode);

        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var trail = await db.AuditEntries.Where(e => e.EntityId == officer).OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Contains(trail, e => e.Action == "added" && e.Entity == "EntenteUser" && e.Actor.Contains("ru-administrator", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.After is not null && e.After.Contains("LockoutEnd", StringComparison.Ordinal));
        Assert.All(trail, e => Assert.DoesNotContain(TestUsers.Password, e.After ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdministratorResetsALostSecondFactorAndOthersMayNotOpenThePage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var editor = await SignedInAsync(workspace, "az-editor");
        var key = KeyOnPage().Match(await editor.GetStringAsync("/account/security", Ct)).Groups[1].Value;
        await RunningApp.PostFormAsync(editor, "/account/security?handler=enable", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Contains("/account/two-factor", (await SignInAsync(workspace, "az-editor")).Headers.Location?.OriginalString, StringComparison.Ordinal);

        var denied = await editor.GetAsync("/admin/users", Ct);
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden || denied.Headers.Location?.OriginalString.Contains("/account/denied", StringComparison.Ordinal) == true, $"an editor got {(int)denied.StatusCode}");

        var admin = await SignedInAsync(workspace, "az-administrator");
        var reset = await RunningApp.PostFormAsync(admin, $"/admin/users?handler=resetTwoFactor&id={workspace.Users.User("az-editor").Id}");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/", (await SignInAsync(workspace, "az-editor")).Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> SignInAsync(Workspace workspace, string user) =>
        await RunningApp.PostFormAsync(workspace.App.Browser(), "/account/login", ("UserName", user), ("Password", TestUsers.Password));

    private static async Task<HttpClient> SignedInAsync(Workspace workspace, string user)
    {
        var browser = workspace.App.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    [GeneratedRegex("id=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyOnPage();
}
