using System.Text;
using Entente.BrowserTests.Support;
using Entente.Documents;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;
using Entente.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>An administrator edits a commitment profile on a phone in Russian; anyone else reads it and cannot save.</summary>
public class ProfileJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task AnAdministratorEditsACueInRussianOnAPhoneAndSeesItSaved()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var path = await ProfilePathAsync(workspace.Target);
        var page = await browser.NewPageAsync(workspace.App.Address);
        await page.SetViewportSizeAsync(390, 900);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-administrator");
        await page.GotoAsync($"/language?culture=ru&returnUrl={Uri.EscapeDataString(path)}");

        var russianNames = page.GetByLabel("Названия: Русский");
        var cues = (await russianNames.InputValueAsync()).Split('\n').ToList();
        Assert.Contains("&межправкомисси*", cues);

        // A cue given twice is refused, in Russian, beside its list; nothing is saved.
        await russianNames.FillAsync(string.Join('\n', [.. cues, cues[0]]));
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync($"Названия на русском языке: признак «{cues[0]}» указан дважды.");

        // One cue replaced and a weak one added, the clause opened to the Parties' dealings with other states and made part
        // of a broader clause (chosen among the agreement's other clauses): saved, and the form shows the stored values.
        var betweenPartiesOnly = page.GetByLabel("Только между Сторонами");
        await Assertions.Expect(betweenPartiesOnly).ToBeCheckedAsync();
        await betweenPartiesOnly.UncheckAsync();
        var partOf = page.GetByLabel("Часть статьи");
        await Assertions.Expect(partOf).ToHaveValueAsync("");
        await partOf.SelectOptionAsync(new SelectOptionValue { Label = "Статья 24" });
        await russianNames.FillAsync(string.Join('\n', [.. cues.Select(c => c == "&межправкомисси*" ? "&межправкомисс*" : c), "~заседани*"]));
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить профиль" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("Профиль сохранён");
        var saved = (await russianNames.InputValueAsync()).Split('\n');
        Assert.Contains("&межправкомисс*", saved);
        Assert.Contains("~заседани*", saved);
        Assert.DoesNotContain("&межправкомисси*", saved);
        await Assertions.Expect(betweenPartiesOnly).Not.ToBeCheckedAsync();
        await Assertions.Expect(partOf).ToHaveValueAsync("24");
        await Journey.SaveScreenshotAsync(page, "profile-saved-ru-390");

        // An administrator's header (users, sources, webhooks, audit) wraps on a phone instead of widening the page.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the profile page is {overflow} px wider than a 390 px screen");

        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var profile = await db.ClauseProfiles.SingleAsync(p => p.Clause == "22", TestContext.Current.CancellationToken);
        Assert.Contains("~заседани*", profile.Names["ru"]);
        Assert.Equal(1, profile.Version);
        Assert.False(profile.BetweenPartiesOnly);
        Assert.Equal("24", profile.PartOf);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(ClauseProfile) && a.Actor == "ru-administrator", TestContext.Current.CancellationToken));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AnAdministratorsEditReachesTheClausePageWithoutACommand()
    {
        // The server as deployed: profile re-linking runs in the background.
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        int document;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            const string Report = "Baku, 12 March 2024. The Joint Economic Council of Russia and Azerbaijan met in Baku to review the year's projects.";
            var outcome = await new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System)
                .StoreAsync(new DocumentInput("council.txt", Encoding.UTF8.GetBytes(Report), "text/plain"), TestContext.Current.CancellationToken);
            document = outcome.DocumentId!.Value;
        }

        await using var app = await RunningApp.StartAsync(new WebAppSettings(target, "http://127.0.0.1:0") { RunDeadlineService = false, RunSourcePolling = false });
        var profile = await ProfilePathAsync(target);
        var clause = profile[..^"/profile".Length];
        var evidence = $"section[aria-labelledby=evidence-title] a[href='/documents/{document}']";
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "az-administrator");
        await page.GotoAsync($"/language?culture=az&returnUrl={Uri.EscapeDataString(clause)}");
        await Assertions.Expect(page.GetByText("Hələ sübut yoxdur.")).ToBeVisibleAsync();

        // The English names gain the council's name; the page says the documents are being linked again.
        await page.GotoAsync(profile);
        var english = page.Locator("textarea[name='Cues[names.en]']");
        await english.FillAsync(await english.InputValueAsync() + "\nJoint Economic Council");
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("yenidən əlaqələndirilir");

        // Within a few seconds the clause page lists the report as evidence, with no command run.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await page.GotoAsync(clause);
        }
        while (await page.Locator(evidence).CountAsync() == 0 && DateTime.UtcNow < deadline && await Delay());

        await Assertions.Expect(page.Locator(evidence)).ToHaveCountAsync(1);
        await Journey.SaveScreenshotAsync(page, "clause-evidence-after-profile-edit-az");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(500, TestContext.Current.CancellationToken);
        return true;
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdministratorReadsTheProfileButCannotSaveIt()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var path = await ProfilePathAsync(workspace.Target);
        var page = await browser.NewPageAsync(workspace.App.Address);
        await SignIn.AsAsync(page, "ru-editor");
        await page.GotoAsync(path);

        await Assertions.Expect(page.GetByText("межправкомисси*")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Only the Parties' dealings with each other are evidence of this commitment.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("textarea")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" })).ToHaveCountAsync(0);
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const form = new FormData();
              form.append('Cues[names.en]', 'Joint Economic Council');
              form.append('Version', '0');
              return (await fetch(location.pathname, { method: 'POST', body: form })).status;
            }
            """);

        Assert.True(status is 400 or 403, $"a non-administrator's save answered {status}");
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var profile = await db.ClauseProfiles.SingleAsync(p => p.Clause == "22", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Joint Economic Council", profile.Names["en"]);
        Assert.Equal(0, profile.Version);
    }

    private static async Task<string> ProfilePathAsync(DatabaseTarget target)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        var declaration = await db.Agreements.Where(a => a.Key == "ru-az-allied-interaction-2022").Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        return $"/agreements/{declaration}/clauses/22/profile";
    }
}
