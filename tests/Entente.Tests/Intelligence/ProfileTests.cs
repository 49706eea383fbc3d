using System.Net;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests.Intelligence;

/// <summary>Commitment profiles: loaded from the sample, read by anyone, replaced by an administrator (audited, checked), proposed from a clause's text.</summary>
public class ProfileTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAdministratorReplacesAProfileAndTheChangeIsAudited(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var declaration = await DeclarationIdAsync(workspace);
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            Assert.Equal(43, await db.ClauseProfiles.CountAsync(p => p.AgreementId == declaration, Ct));
        }

        var path = $"/api/agreements/{declaration}/clauses/22/profile";
        var sampled = await workspace.App.Browser().GetJsonAsync(path);
        var admin = workspace.As("ru-administrator");
        var replaced = await admin.PutJsonAsync(path, new { names = new { en = new[] { " Joint Economic Council ", "intergovernmental commission" } }, terms = new { } });
        var refused = await workspace.As("ru-editor").PutJsonAsync(path, new { names = new { en = new[] { "x" } } });
        var invalid = await admin.PutJsonAsync(path, new { names = new { english = new[] { "a" } } });
        var noClause = await admin.PutJsonAsync($"/api/agreements/{declaration}/clauses/99/profile", new { names = new { } });
        var read = await workspace.App.Browser().GetJsonAsync(path);

        Assert.Contains("&intergovernmental commission", sampled.GetProperty("names").GetProperty("en").EnumerateArray().Select(e => e.GetString()));
        Assert.True(sampled.GetProperty("betweenPartiesOnly").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.False(read.GetProperty("betweenPartiesOnly").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noClause.StatusCode);
        Assert.Equal(["Joint Economic Council", "intergovernmental commission"], read.GetProperty("names").GetProperty("en").EnumerateArray().Select(e => e.GetString()));
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            var profile = await db.ClauseProfiles.SingleAsync(p => p.AgreementId == declaration && p.Clause == "22", Ct);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(ClauseProfile) && a.EntityId == profile.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Actor == "ru-administrator", Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEditOfAnOlderVersionIsRefusedAndBadCuesAreNamed(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var declaration = await DeclarationIdAsync(workspace);

        var path = $"/api/agreements/{declaration}/clauses/22/profile";
        var admin = workspace.As("ru-administrator");
        var read = await admin.GetJsonAsync(path);
        var first = await admin.PutJsonAsync(path, new { names = new { en = new[] { "Joint Economic Council" } }, version = read.GetProperty("version").GetInt64() });
        var stale = await admin.PutJsonAsync(path, new { names = new { en = new[] { "Economic Council" } }, version = read.GetProperty("version").GetInt64() });
        var invalid = await admin.PutJsonAsync(path, new { names = new { ru = new[] { "МПК", " МПК ", "~ " } }, terms = new { az = new[] { new string('a', 201) }, en = new[] { "!smuggling" } } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.JsonAsync()).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(["Joint Economic Council"], (await admin.GetJsonAsync(path)).GetProperty("names").GetProperty("en").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.Equal(["the cue 'МПК' is given twice.", "has an empty cue."], errors.GetProperty("names.ru").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["has a cue of 201 characters; a cue takes at most 200."], errors.GetProperty("terms.az").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["the cue '!smuggling' claims its sentence, which only a name can do."], errors.GetProperty("terms.en").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ABroaderClauseIsAnotherClauseOfTheSameAgreement(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var declaration = await DeclarationIdAsync(workspace);
        var admin = workspace.As("ru-administrator");
        var path = $"/api/agreements/{declaration}/clauses/26/profile";

        // In the sample, the industries' enterprises (26) are part of production cooperation (24); the commission (22) stands alone.
        var sampled = await workspace.App.Browser().GetJsonAsync(path);
        Assert.Equal("24", sampled.GetProperty("partOf").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await workspace.App.Browser().GetJsonAsync($"/api/agreements/{declaration}/clauses/22/profile")).GetProperty("partOf").ValueKind);

        var names = sampled.GetProperty("names");
        var itself = await admin.PutJsonAsync(path, new { names, partOf = "26" });
        var unknown = await admin.PutJsonAsync(path, new { names, partOf = "99" });
        var other = await admin.PutJsonAsync(path, new { names, partOf = " 25 " });
        var alone = await admin.PutJsonAsync($"/api/agreements/{declaration}/clauses/43/profile", new { names = new { en = new[] { "days of culture" } } });

        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Equal(["must name another clause: a clause cannot be part of itself."], (await itself.JsonAsync()).GetProperty("errors").GetProperty("partOf").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["names no operative clause of this agreement ('99')."], (await unknown.JsonAsync()).GetProperty("errors").GetProperty("partOf").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("25", (await workspace.App.Browser().GetJsonAsync(path)).GetProperty("partOf").GetString());
        Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        Assert.Null((await db.ClauseProfiles.SingleAsync(p => p.AgreementId == declaration && p.Clause == "43", Ct)).PartOf);
    }

    [Theory]
    [InlineData("en", "Evidence of this commitment is evidence of clause 41 as well.")]
    [InlineData("ru", "Свидетельства этого обязательства — также свидетельства статьи 41.")]
    [InlineData("az", "Bu öhdəliyin sübutları 41 maddəsinin də sübutlarıdır.")]
    public async Task TheProfilePageSaysWhichBroaderClauseTheEvidenceGoesToInTheReadersLanguage(string language, string said)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var declaration = await DeclarationIdAsync(workspace);
        var reader = workspace.As("az-viewer");
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync($"/agreements/{declaration}/clauses/43/profile", Ct));
        var standsAlone = System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync($"/agreements/{declaration}/clauses/22/profile", Ct));

        Assert.Contains(said, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/agreements/{declaration}/clauses/41\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(said, standsAlone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "18", "smuggling", "(claims its text)")]
    [InlineData("ru", "18", "smuggling", "(забирает текст)")]
    [InlineData("az", "18", "smuggling", "(mətni tutur)")]
    [InlineData("en", "28", "national currencies", "(claims its sentence)")]
    [InlineData("ru", "28", "national currencies", "(забирает предложение)")]
    [InlineData("az", "28", "national currencies", "(cümləni tutur)")]
    public async Task TheProfilePageMarksTheNamesThatClaimInTheReadersLanguage(string language, string clause, string name, string mark)
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var declaration = await DeclarationIdAsync(workspace);
        var reader = workspace.As("az-viewer");
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        // In the sample, clause 18's names of crimes claim the text from a headline, clause 28's names of payments only
        // their sentence; the marks themselves are not shown as words.
        var page = await reader.GetStringAsync($"/agreements/{declaration}/clauses/{clause}/profile", Ct);

        var item = page[page.IndexOf("<li>" + name, StringComparison.Ordinal)..];
        Assert.Contains(mark, item[..item.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.DoesNotContain("!" + name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposeCommandPrintsAProfileFromTheClauseText()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), "--db", "sqlite:" + target.SqlitePath)).ExitCode);

        var run = await CliRun.RunAsync("profiles", "propose", "ru-az-allied-interaction-2022#22", "--db", "sqlite:" + target.SqlitePath);
        var unknown = await CliRun.RunAsync("profiles", "propose", "ru-az-allied-interaction-2022#99", "--db", "sqlite:" + target.SqlitePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Intergovernmental Commission on Economic Cooperation", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"clause\": \"22\"", run.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUpgradeGivesTheSamplesCuesToProfilesNobodySavedAndKeepsSavedOnes(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var declaration = await DeclarationIdAsync(workspace);

        // An administrator saves clause 22's profile; clause 38's is left as an older release's sample wrote it.
        var saved = new { names = new { en = new[] { "Joint Economic Council" } }, terms = new { } };
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-administrator").PutJsonAsync($"/api/agreements/{declaration}/clauses/22/profile", saved)).StatusCode);
        string sampleNames;
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            var older = await db.ClauseProfiles.SingleAsync(p => p.AgreementId == declaration && p.Clause == "38", Ct);
            sampleNames = older.NamesJson;
            older.NamesJson = """{"en":["inter-parliamentary"]}""";
            older.BetweenPartiesOnly = false;
            older.PartOf = "39";
            await db.SaveChangesAsync(Ct);
        }

        var upgrade = await DatabaseBootstrapper.PrepareAsync(workspace.Target, loadSampleIfEmpty: true, Ct);
        var again = await DatabaseBootstrapper.PrepareAsync(workspace.Target, loadSampleIfEmpty: true, Ct);

        Assert.Equal(1, upgrade.ProfilesUpdated);
        Assert.Contains("entente documents refresh", upgrade.ProfilesMessage, StringComparison.Ordinal);
        Assert.Equal(0, again.ProfilesUpdated);
        Assert.Null(again.ProfilesMessage);

        // The server links the stored documents with the new cues at its next look.
        Assert.NotNull(await workspace.App.Services.GetRequiredService<ProfileRelinkService>().TickAsync(Ct));
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            var upgraded = await db.ClauseProfiles.SingleAsync(p => p.AgreementId == declaration && p.Clause == "38", Ct);
            Assert.Equal(sampleNames, upgraded.NamesJson);
            Assert.True(upgraded.BetweenPartiesOnly);
            Assert.Null(upgraded.PartOf);
            Assert.Equal(["Joint Economic Council"], (await db.ClauseProfiles.SingleAsync(p => p.AgreementId == declaration && p.Clause == "22", Ct)).Names["en"]);
        }
    }

    private static async Task<int> DeclarationIdAsync(Workspace workspace)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        return (await db.Agreements.SingleAsync(a => a.Key == "ru-az-allied-interaction-2022", Ct)).Id;
    }
}
