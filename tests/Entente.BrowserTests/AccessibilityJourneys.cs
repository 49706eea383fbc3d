using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// WCAG 2.1 AA over the main pages with axe-core: an anonymous reader, then a signed-in coordinator.
/// Serious and critical violations fail the test; one browser, each role's pages visited in one test.
/// </summary>
public class AccessibilityJourneys(BrowserFixture browser, PostgresServer postgres)
{
    private static readonly AxeRunOptions s_wcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    [Fact]
    public async Task TheReadersPagesHaveNoSeriousAccessibilityProblem()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var page = await browser.NewPageAsync(workspace.App.Address);
        var (agreement, clause) = await DeclarationAsync(workspace);

        var problems = new List<string>();
        foreach (var path in new[] { "/", "/agreements", $"/agreements/{agreement}", $"/agreements/{agreement}/clauses/{clause}", "/account/login" })
        {
            problems.AddRange(await CheckAsync(page, path));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task TheSignedInPagesHaveNoSeriousAccessibilityProblemAndWorkFromTheKeyboard()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var coordinator = workspace.As("ru-coordinator");
        var commitment = (await coordinator.GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var item = (await (await coordinator.PostJsonAsync("/api/action-items", new { title = "Ferry line study", dueOn = "2026-01-01", visibility = "shared" })).JsonAsync()).GetProperty("id").GetInt32();
        var consultation = (await (await coordinator.PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Transit" })).JsonAsync()).GetProperty("id").GetInt32();
        await coordinator.PostJsonAsync("/api/commission/sessions", new { number = 22, heldOn = "2026-10-01", place = "Baku", agenda = new[] { "Trade" } });
        await coordinator.PostJsonAsync("/api/events", new { kind = "forum", title = "Interregional forum", startsOn = "2026-12-01", visibility = "shared" });
        var page = await browser.NewPageAsync(workspace.App.Address);

        // Sign in from the keyboard alone: the user name has the focus, the password follows, Enter sends.
        await page.GotoAsync("/account/login");
        await Assertions.Expect(page.GetByLabel("User name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("ru-coordinator");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(TestUsers.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign out" })).ToBeVisibleAsync();

        // The skip link is the first stop and moves the focus past the navigation.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        var problems = new List<string>();
        foreach (var path in new[]
                 {
                     "/", "/commitments", $"/commitments/{commitment}", "/action-items", $"/action-items/{item}",
                     "/consultations?box=all", $"/consultations/{consultation}", "/commission", "/events",
                 })
        {
            problems.AddRange(await CheckAsync(page, path));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Opens <paramref name="path"/> and lists axe-core's serious and critical findings, one line per element.</summary>
    internal static async Task<IEnumerable<string>> CheckAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"GET {path}: {response?.Status}");
        var result = await page.RunAxe(s_wcagAA);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" ", n.Target)}"));
    }

    private static async Task<(int Agreement, string Clause)> DeclarationAsync(Workspace workspace)
    {
        var reader = workspace.As("ru-viewer");
        var agreement = (await reader.GetJsonAsync("/api/agreements")).EnumerateArray().First(a => a.GetProperty("clauseCount").GetInt32() > 0).GetProperty("id").GetInt32();
        var clause = (await reader.GetJsonAsync($"/api/agreements/{agreement}/provisions")).EnumerateArray().First(p => p.GetProperty("part").GetString() == "operative").GetProperty("number").GetString()!;
        return (agreement, clause);
    }
}
