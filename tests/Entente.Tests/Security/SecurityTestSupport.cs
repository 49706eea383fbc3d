using System.Net;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Security;

/// <summary>Helpers shared by the security tests: an app with extra configuration, a signed-in browser, cookie flags.</summary>
internal static class SecurityTestSupport
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The sample with the test users, served with <paramref name="configuration"/> on top of the defaults.</summary>
    public static async Task<(RunningApp App, TestUsers Users, DatabaseTarget Target)> StartAsync(PostgresServer postgres, params (string Key, string Value)[] configuration)
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var users = await TestUsers.CreateAsync(target);
        var app = await RunningApp.StartAsync(new WebAppSettings(target, "http://127.0.0.1:0")
        {
            RunDeadlineService = false,
            Configuration = configuration.ToDictionary(c => c.Key, c => (string?)c.Value),
        });
        return (app, users, target);
    }

    /// <summary>A browser signed in with the password form as <paramref name="user"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(RunningApp app, string user)
    {
        var browser = app.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>The Set-Cookie header that sets <paramref name="name"/>, lower-cased for attribute checks.</summary>
    public static string SetCookie(HttpResponseMessage response, string name)
    {
        var all = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var header = all.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(header is not null, $"no Set-Cookie for {name} among: {string.Join(" | ", all)}");
        return header.ToLowerInvariant();
    }

    public static async Task<int> AuditCountAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        return await db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct);
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);
}
