using Entente.Tests.Reports;
using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>
/// Counts are computed over what the reader may see: an action item kept to RU is counted for RU and never for AZ,
/// so no number tells AZ that a hidden item exists (baselines, reports, the commitments list, CSV).
/// </summary>
public class VisibleCountTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARecordKeptToRuIsNotCountedForAz(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await ViewerRecords.CreateAsync(workspace);
        var commitment = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var clause = (await workspace.As("ru-viewer").GetJsonAsync($"/api/commitments/{commitment}")).GetProperty("number").GetString()!;
        await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "RU overdue on the clause", dueOn = "2026-06-01", visibility = "party", clauses = new[] { clause } });
        var frozen = await workspace.As("ru-coordinator").PostJsonAsync("/api/baselines", new { name = "After session 2" });
        var baseline = (await frozen.JsonAsync()).GetProperty("id").GetInt32();

        // RU froze its view (RU's two own items and the shared one); AZ and observers see only the shared one of them.
        foreach (var (reader, hidden, inBaseline) in new[] { ("az-viewer", 2, 1), ("ru-viewer", 1, 3), ("observer", 3, 1) })
        {
            var client = workspace.As(reader);
            var visible = (await client.GetJsonAsync("/api/action-items")).GetArrayLength();
            var listed = (await client.GetJsonAsync("/api/baselines")).EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == baseline);
            var page = await client.GetStringAsync($"/action-items/baselines/{baseline}", Ct);
            var csvRows = (await client.GetStringAsync("/api/action-items/export.csv", Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
            var report = await client.GetStringAsync("/api/reports?from=2026-01-01&to=2026-11-30&format=md", Ct);
            var overdueOnClause = (await client.GetJsonAsync("/api/commitments")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == commitment).GetProperty("overdueItems").GetInt32();

            var exported = (await client.GetJsonAsync("/api/export")).GetProperty("tracking").GetProperty("baselines").EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == baseline);

            Assert.Equal(inBaseline, (await client.GetJsonAsync($"/api/baselines/{baseline}/comparison")).GetArrayLength());
            Assert.Equal(inBaseline, listed.GetProperty("items").GetInt32());
            Assert.Equal(inBaseline, exported.GetProperty("items").GetInt32());
            Assert.Contains($"{inBaseline} items, frozen", page, StringComparison.Ordinal);
            Assert.Equal(visible, csvRows);
            Assert.Contains($"- {visible} action items,", report, StringComparison.Ordinal);
            Assert.Equal(reader == "ru-viewer" ? 1 : 0, overdueOnClause);
            Assert.Equal(visible + hidden, await AllItemsAsync(workspace));
        }
    }

    private static async Task<int> AllItemsAsync(Workspace workspace)
    {
        await using var db = Storage.EntenteDatabase.CreateContext(workspace.Target);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ActionItems, Ct);
    }
}
