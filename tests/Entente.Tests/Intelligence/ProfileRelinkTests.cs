using System.Net;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests.Intelligence;

/// <summary>
/// An administrator's profile edit reaches the stored documents without a command: the server links them again once,
/// on one server, and takes the work up again when a claim lapses.
/// </summary>
public class ProfileRelinkTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Report = "Baku, 12 March 2024. The Joint Economic Council of Russia and Azerbaijan met in Baku to review the year's projects.";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AProfileEditLinksTheStoredDocumentsAgainOnce(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await SeriesTexts.IngestAsync(workspace.Target, ("council.txt", Report));
        var service = workspace.App.Services.GetRequiredService<ProfileRelinkService>();
        var declaration = await DeclarationIdAsync(workspace);

        // First look: the links were made with the profiles there are; nothing to do.
        Assert.Null(await service.TickAsync(Ct));
        Assert.Empty(await LinkedClausesAsync(workspace));

        var edit = new { names = new { en = new[] { "Joint Economic Council", "intergovernmental commission" } }, terms = new { } };
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-administrator").PutJsonAsync($"/api/agreements/{declaration}/clauses/22/profile", edit)).StatusCode);

        var relinked = await service.TickAsync(Ct);
        Assert.NotNull(relinked);
        Assert.Equal((1, 1), (relinked.Documents, relinked.Changed));
        Assert.Equal(["22"], await LinkedClausesAsync(workspace));
        Assert.Null(await service.TickAsync(Ct));
    }

    [Fact]
    public async Task AClaimThatLapsedIsTakenUpAgainAndAClaimThatHoldsIsLeftAlone()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(workspace.Target, ("council.txt", Report));
        var service = workspace.App.Services.GetRequiredService<ProfileRelinkService>();
        Assert.Null(await service.TickAsync(Ct));
        var now = workspace.Clock.Now.ToUnixTimeSeconds();
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var profiles = await ProfileLinkState.FingerprintAsync(db, Ct);

        // Another server claimed the work a minute ago and is still within its claim: this one leaves it.
        await ProfileLinkState.WriteAsync(db, "", now + 60, Ct);
        Assert.Null(await service.TickAsync(Ct));

        // That server stopped: its claim lapsed with the links unfinished, even though the profiles are the same.
        await ProfileLinkState.WriteAsync(db, profiles, now - 1, Ct);
        Assert.NotNull(await service.TickAsync(Ct));
        Assert.Equal((profiles, 0L), await ProfileLinkState.ReadAsync(db, Ct));
    }

    [Fact]
    public async Task TheRefreshCommandRecordsTheProfilesItLinkedWith()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await SeriesTexts.IngestAsync(target, ("council.txt", Report));
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await ProfileLinkState.MarkOutdatedAsync(db, Ct);
        }

        Assert.Equal(0, (await CliRun.RunAsync("documents", "refresh", "--db", SeriesTexts.Arg(target))).ExitCode);

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            Assert.Equal((await ProfileLinkState.FingerprintAsync(db, Ct), 0L), await ProfileLinkState.ReadAsync(db, Ct));
        }
    }

    private static async Task<List<string>> LinkedClausesAsync(Workspace workspace)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        return await db.ClauseLinks.Select(l => l.Clause).Distinct().OrderBy(c => c).ToListAsync(Ct);
    }

    private static async Task<int> DeclarationIdAsync(Workspace workspace)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        return (await db.Agreements.SingleAsync(a => a.Key == "ru-az-allied-interaction-2022", Ct)).Id;
    }
}
