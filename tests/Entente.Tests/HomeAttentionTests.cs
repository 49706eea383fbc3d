using System.Net;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The home page of a signed-in user: overdue items they may see and consultations waiting for their Party.</summary>
public class HomeAttentionTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachPartySeesItsOwnOverdueItemsAndTheConsultationsAskedOfIt()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var ru = workspace.As("ru-editor");
        await ru.PostJsonAsync("/api/action-items", new { title = "Shared late item", dueOn = "2026-11-01", visibility = "shared" });
        await ru.PostJsonAsync("/api/action-items", new { title = "Russian internal late item", dueOn = "2026-11-01", visibility = "party" });
        await ru.PostJsonAsync("/api/action-items", new { title = "Item due next month", dueOn = "2026-12-20", visibility = "shared" });
        await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Caspian transit tariffs" });

        var azHome = await (await SignedInAsync(workspace, "az-viewer")).GetStringAsync("/", Ct);
        var ruHome = await (await SignedInAsync(workspace, "ru-viewer")).GetStringAsync("/", Ct);
        var anonymousHome = await workspace.App.Client.GetStringAsync("/", Ct);

        Assert.Contains("Shared late item", azHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Russian internal late item", azHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Item due next month", azHome, StringComparison.Ordinal);
        Assert.Contains("Caspian transit tariffs", azHome, StringComparison.Ordinal);

        Assert.Contains("Russian internal late item", ruHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Caspian transit tariffs", ruHome, StringComparison.Ordinal);

        Assert.DoesNotContain("For your attention", anonymousHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared late item", anonymousHome, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInAsync(Workspace workspace, string user)
    {
        var browser = workspace.App.Browser();
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
