using System.Net;
using System.Text.Json;
using Entente.Access;
using Entente.Reports;
using Entente.Storage;
using Entente.Tests.Support;

namespace Entente.Tests.Reports;

/// <summary>
/// Reports, exports and the dashboard hold exactly what their reader may see: a Party's report has none of the
/// other Party's private records, the default command-line view is the shared one, anonymous exports are public only.
/// </summary>
public class ReportAccessTests(PostgresServer postgres)
{
    private const string Period = "from=2026-01-01&to=2026-11-30";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AReportHoldsTheReadersOwnAndSharedRecordsOnly(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await ViewerRecords.CreateAsync(workspace);

        var asAz = await workspace.As("az-viewer").GetStringAsync($"/api/reports?{Period}&format=md", Ct);
        var asRu = await CliRun.RunAsync("report", "--from", "2026-01-01", "--to", "2026-11-30", "--format", "md", "-o", "-", "--party", "RU", "--db", ViewerRecords.DbArgument(workspace));
        var shared = await CliRun.RunAsync("report", "--from", "2026-01-01", "--to", "2026-11-30", "--format", "md", "-o", "-", "--db", ViewerRecords.DbArgument(workspace));

        Assert.Contains(ViewerRecords.AzItem, asAz, StringComparison.Ordinal);
        Assert.Contains(ViewerRecords.AzForum, asAz, StringComparison.Ordinal);
        Assert.Contains(ViewerRecords.SharedItem, asAz, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.RuItem, asAz, StringComparison.Ordinal);
        Assert.Contains("AZ private comment on", asAz, StringComparison.Ordinal);

        Assert.Equal(0, asRu.ExitCode);
        Assert.Contains(ViewerRecords.RuItem, asRu.Output, StringComparison.Ordinal);
        Assert.Contains("the view of Party RU", asRu.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.AzItem, asRu.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.AzForum, asRu.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AZ private comment", asRu.Output, StringComparison.Ordinal);

        Assert.Equal(0, shared.ExitCode);
        Assert.Contains("the shared view", shared.Output, StringComparison.Ordinal);
        Assert.Contains(ViewerRecords.SharedForum, shared.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.RuItem, shared.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.AzItem, shared.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AZ private comment", shared.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASessionReportListsTheChangesSinceThePreviousSessionThatTheReaderMaySee(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await ViewerRecords.CreateAsync(workspace);

        var (ru, _) = await LoadAsync(workspace, Viewer.OfParty("RU"), new ReportRequest(null, null, 2));
        var (az, _) = await LoadAsync(workspace, Viewer.OfParty("AZ"), new ReportRequest(null, null, 2));
        var markdown = await workspace.As("ru-viewer").GetStringAsync("/api/reports?session=2&format=md", Ct);

        // Session 2's report runs from the day after session 1 to session 2.
        Assert.Equal((new DateOnly(2026, 10, 2), new DateOnly(2026, 11, 30)), (ru!.From, ru.To));
        Assert.Equal(1, ru.PreviousSession!.Number);
        Assert.Contains(ru.Changes, c => c.Subject.Contains(ViewerRecords.RuItem, StringComparison.Ordinal));
        Assert.DoesNotContain(ru.Changes, c => c.Subject.Contains(ViewerRecords.AzItem, StringComparison.Ordinal));
        // AZ's assessment is shared; the comment AZ wrote beside it is AZ's alone.
        Assert.Contains(ru.Changes, c => c.Subject.StartsWith("AZ assessment", StringComparison.Ordinal));
        Assert.DoesNotContain(ru.Changes, c => c.Subject.StartsWith("AZ private comment", StringComparison.Ordinal));
        Assert.Contains(az!.Changes, c => c.Subject.StartsWith("AZ private comment", StringComparison.Ordinal));
        Assert.DoesNotContain(az.Changes, c => c.Subject.Contains(ViewerRecords.RuItem, StringComparison.Ordinal));
        Assert.Equal(ru.Changes.Count, ReportBuilder.Build(ru).Facts.ChangesSinceLastSession);

        Assert.Contains("## What changed since session 1", markdown, StringComparison.Ordinal);
        Assert.Contains("status: in-progress → achieved", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("stalled →", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportsGiveEachReaderTheirOwnViewAndAnonymousCallersThePublicOne(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await ViewerRecords.CreateAsync(workspace);
        var file = Path.Combine(Path.GetTempPath(), "entente-tests", Guid.NewGuid().ToString("N") + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var anonymous = await workspace.App.Client.GetJsonAsync("/api/export");
        var ru = await workspace.As("ru-viewer").GetJsonAsync("/api/export");
        var cli = await CliRun.RunAsync("export", "--json", "-o", file, "--party", "AZ", "--db", ViewerRecords.DbArgument(workspace));
        using var az = JsonDocument.Parse(await File.ReadAllBytesAsync(file, Ct));

        Assert.Equal("entente.export/1", anonymous.GetProperty("schema").GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("tracking").ValueKind);
        Assert.NotEqual(0, anonymous.GetProperty("agreements").GetArrayLength());
        Assert.NotEqual(0, anonymous.GetProperty("indicators").GetArrayLength());
        Assert.Equal([ViewerRecords.RuItem, ViewerRecords.SharedItem], Titles(ru, "actionItems"));
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal([ViewerRecords.AzItem, ViewerRecords.SharedItem], Titles(az.RootElement, "actionItems"));
        Assert.Equal([ViewerRecords.AzForum, ViewerRecords.SharedForum], Titles(az.RootElement, "events"));

        var ruEvents = await workspace.As("ru-viewer").GetStringAsync("/api/events/export.csv", Ct);
        Assert.Contains(ViewerRecords.SharedForum, ruEvents, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerRecords.AzForum, ruEvents, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workspace.App.Client.GetAsync("/api/events/export.csv", Ct)).StatusCode);

        // AZ's assessment is shared: both Parties' lists read the same; the comment AZ wrote beside it is in neither's export.
        var azCommitments = await workspace.As("az-viewer").GetStringAsync("/api/commitments/export.csv", Ct);
        var ruCommitments = await workspace.As("ru-viewer").GetStringAsync("/api/commitments/export.csv", Ct);
        Assert.StartsWith("id,agreement_id,agreement,clause,summary,spheres,state,joint_status,ru_status,az_status,overdue_items\r\n", ruCommitments, StringComparison.Ordinal);
        Assert.Contains(",stalled,", ruCommitments, StringComparison.Ordinal);
        Assert.Contains(",stalled,", azCommitments, StringComparison.Ordinal);
        var ruExport = await workspace.As("ru-viewer").GetStringAsync("/api/export", Ct);
        Assert.DoesNotContain(ViewerRecords.AzPrivateComment, ruExport + ruCommitments + azCommitments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDashboardShowsTheMechanismsToSignedInUsersOnlyEachWithTheirOwnRecords(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await ViewerRecords.CreateAsync(workspace);

        var anonymous = await workspace.App.Client.GetJsonAsync("/api/dashboard");
        var ru = await workspace.As("ru-viewer").GetJsonAsync("/api/dashboard");

        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("commitments").ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("overdueItems").ValueKind);
        Assert.NotEqual(0, anonymous.GetProperty("legalBase").GetProperty("nodes").GetArrayLength());
        Assert.NotEqual(0, anonymous.GetProperty("legalBase").GetProperty("links").GetArrayLength());
        Assert.DoesNotContain(anonymous.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "event");

        Assert.Equal([ViewerRecords.SharedItem, ViewerRecords.RuItem], ru.GetProperty("overdueItems").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Contains(ru.GetProperty("commitments").EnumerateArray(), c => c.GetProperty("view").GetString() == "joint" && c.GetProperty("status").GetString() == "pending");
        var timeline = ru.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Contains(ViewerRecords.SharedForum, timeline);
        Assert.DoesNotContain(ViewerRecords.AzForum, timeline);
        Assert.Contains("Commission session 2", timeline);

        Assert.Equal(HttpStatusCode.NotFound, (await workspace.App.Client.GetAsync("/api/dashboard/charts/commitments-joint.csv", Ct)).StatusCode);
        var csv = await workspace.As("ru-viewer").GetStringAsync("/api/dashboard/charts/commitments-joint.csv", Ct);
        Assert.StartsWith("Sphere,", csv, StringComparison.Ordinal);
        var graph = await workspace.App.Client.GetStringAsync("/api/dashboard/charts/legal-base.csv", Ct);
        Assert.StartsWith("Agreement,Relation,Other agreement\r\n", graph, StringComparison.Ordinal);
    }

    private static async Task<(ReportData? Data, string? Error)> LoadAsync(Workspace workspace, Viewer viewer, ReportRequest request)
    {
        await using var db = EntenteDatabase.CreateContext(workspace.Target, viewer, workspace.Clock);
        return await ReportLoader.LoadAsync(db, request, Ct);
    }

    private static List<string?> Titles(JsonElement export, string list) =>
        [.. export.GetProperty("tracking").GetProperty(list).EnumerateArray().Select(e => e.GetProperty("title").GetString()).Order(StringComparer.Ordinal)];
}
