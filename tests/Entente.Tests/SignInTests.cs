using System.Net;
using System.Text.RegularExpressions;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>Signing in to the pages: passwords, lockout, the authenticator second factor, and what anonymous visitors get.</summary>
public partial class SignInTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SigningInWithThePasswordOpensTheTrackingPages()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = workspace.App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/action-items", Ct)).StatusCode);

        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-editor"), ("Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/action-items", Ct)).StatusCode);
        Assert.Contains("ru-editor", await browser.GetStringAsync("/commitments", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = workspace.App.Browser();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-viewer"), ("Password", "not-the-password"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-viewer"), ("Password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheSecondFactorOnSignInAsksForTheAuthenticatorCode()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = workspace.App.Browser();
        await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-coordinator"), ("Password", TestUsers.Password));
        var key = KeyOnPage().Match(await browser.GetStringAsync("/account/security", Ct)).Groups[1].Value;
        var enable = await RunningApp.PostFormAsync(browser, "/account/security?handler=enable", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(10, RecoveryCodeOnPage().Matches(await enable.Content.ReadAsStringAsync(Ct)).Count);

        var second = workspace.App.Browser();
        var password = await RunningApp.PostFormAsync(second, "/account/login", ("UserName", "ru-coordinator"), ("Password", TestUsers.Password));
        Assert.Contains("/account/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/action-items", Ct)).StatusCode);

        var wrong = await RunningApp.PostFormAsync(second, "/account/two-factor", ("Code", "000000"));
        Assert.Contains("not valid", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var code = await RunningApp.PostFormAsync(second, "/account/two-factor", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheKeyComesAsAQrCodeAndEachRecoveryCodeSignsInOnce()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = workspace.App.Browser();
        await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-editor"), ("Password", TestUsers.Password));
        var security = await browser.GetStringAsync("/account/security", Ct);
        Assert.Matches("<svg class=\"qr\" viewBox=\"0 0 \\d+ \\d+\"[^>]*role=\"img\"[^>]*><rect [^>]*/><path d=\"M\\d", security);
        Assert.DoesNotContain("style=", QrMarkup().Match(security).Value, StringComparison.Ordinal);
        var key = KeyOnPage().Match(security).Groups[1].Value;
        var enable = await RunningApp.PostFormAsync(browser, "/account/security?handler=enable", ("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        var codes = RecoveryCodeOnPage().Matches(await enable.Content.ReadAsStringAsync(Ct)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.DoesNotContain(codes[0], await browser.GetStringAsync("/account/security", Ct), StringComparison.Ordinal);

        async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string code)
        {
            var client = workspace.App.Browser();
            var password = await RunningApp.PostFormAsync(client, "/account/login", ("UserName", "az-editor"), ("Password", TestUsers.Password));
            Assert.Contains("/account/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
            return await RunningApp.PostFormAsync(client, "/account/recovery", ("RecoveryCode", code));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(codes[0])).StatusCode);
        var reused = await SignInWithRecoveryCodeAsync(codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("not valid or was already used", await reused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Recovery codes left: 9.", await browser.GetStringAsync("/account/security", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPostWithoutTheAntiforgeryTokenIsRefused()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres, DateTimeOffset.UtcNow);
        var browser = workspace.App.Browser();

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent([KeyValuePair.Create("UserName", "ru-editor"), KeyValuePair.Create("Password", TestUsers.Password)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePublicPagesStayReadableWithoutSigningIn()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        Assert.Equal(HttpStatusCode.OK, (await workspace.App.Client.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.App.Client.GetAsync("/agreements", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.App.Client.GetAsync("/api/agreements", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workspace.App.Client.GetAsync("/api/consultations", Ct)).StatusCode);
    }

    [GeneratedRegex("id=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyOnPage();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCodeOnPage();

    [GeneratedRegex("<svg class=\"qr\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex QrMarkup();
}
