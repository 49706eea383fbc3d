using System.Net;
using Entente.Tests.Support;

namespace Entente.Tests.Reports;

/// <summary>
/// Records of each kind kept to RU, kept to AZ, and shared, made through the API in a <see cref="Workspace"/>,
/// so reports, exports and the dashboard can be checked for what each reader may and may not see.
/// </summary>
internal static class ViewerRecords
{
    public const string RuItem = "RU private item";
    public const string AzItem = "AZ private item";
    public const string SharedItem = "Shared item";
    public const string AzForum = "AZ private forum";
    public const string SharedForum = "Shared forum";
    public const string AzPrivateComment = "AZ private doubts about the ferry";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates the records and returns the id of the commitment both Parties assessed.</summary>
    public static async Task<int> CreateAsync(Workspace workspace)
    {
        await Created(workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = RuItem, dueOn = "2026-11-01", visibility = "party" }));
        await Created(workspace.As("az-editor").PostJsonAsync("/api/action-items", new { title = AzItem, dueOn = "2026-11-01", visibility = "party" }));
        await Created(workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = SharedItem, dueOn = "2026-10-01", visibility = "shared" }));
        await Created(workspace.As("az-editor").PostJsonAsync("/api/events", new { kind = "forum", title = AzForum, startsOn = "2026-11-10", visibility = "party" }));
        await Created(workspace.As("ru-editor").PostJsonAsync("/api/events", new { kind = "forum", title = SharedForum, startsOn = "2026-11-12", visibility = "shared" }));
        foreach (var (number, heldOn) in new[] { (1, "2026-10-01"), (2, "2026-11-30") })
        {
            await Created(workspace.As("az-coordinator").PostJsonAsync("/api/commission/sessions", new
            {
                number,
                heldOn,
                place = "Baku",
                coChairs = new[] { new { party = "AZ", name = "Co-chair A" }, new { party = "RU", name = "Co-chair R" } },
                agenda = new[] { "Trade" },
            }));
        }

        var commitment = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var first = await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{commitment}/assessment", new { status = "in-progress", visibility = "shared" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var version = (await first.JsonAsync()).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-editor").PutJsonAsync($"/api/commitments/{commitment}/assessment", new { status = "achieved", visibility = "shared", version })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("az-editor").PutJsonAsync($"/api/commitments/{commitment}/assessment", new { status = "stalled" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await workspace.As("az-editor").PostJsonAsync($"/api/commitments/{commitment}/private-comments", new { text = AzPrivateComment })).StatusCode);
        return commitment;
    }

    /// <summary>The <c>--db</c> value of a workspace's database for the command line.</summary>
    public static string DbArgument(Workspace workspace) =>
        workspace.Target.SqlitePath is { } path ? "sqlite:" + path : workspace.Target.ConnectionString;

    private static async Task Created(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }
}
