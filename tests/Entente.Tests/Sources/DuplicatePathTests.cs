using System.Text.Json;
using Entente.Duplicates;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Sources;

/// <summary>
/// Every way into the store marks syndicated copies the same way: <c>entente ingest</c> (copies in one batch and across
/// batches) and the API's upload; the document's JSON carries <c>duplicateOf</c> and its page says so.
/// </summary>
public sealed class DuplicatePathTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copies_entering_by_the_command_line_and_the_API_are_marked_and_shown()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var target = workspace.Target;
        var folder = Directory.CreateTempSubdirectory("entente-copies-").FullName;
        var original = Write(folder, "wire.txt", "CITY WIRE\n\n" + Stories.Bridge + "\n\nAll rights reserved by the wire.");
        var copy = Write(folder, "daily.txt", "The Daily | Local news\nBy a staff writer\n\n" + Stories.Bridge + "\n\nRead next: the weather for the weekend.");
        var other = Write(folder, "library.txt", Stories.Library);

        // One batch: the copy is compared with the original stored moments before it in the same batch.
        var run = await CliRun.RunAsync("ingest", original, copy, other, "--db", Arg(target));
        Assert.Equal(0, run.ExitCode);

        var editor = workspace.As("ru-editor");
        using var upload = new StringContent("EVENING POST\n\n" + Stories.Bridge, System.Text.Encoding.UTF8, "text/plain");
        var uploaded = await editor.PostAsync("/api/documents?name=post.txt", upload, Ct);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync(Ct));

        await using var db = EntenteDatabase.CreateContext(target);
        var ids = await db.SourceDocuments.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Source }).ToListAsync(Ct);
        int Id(string name) => ids.Single(d => d.Source.EndsWith(name, StringComparison.Ordinal)).Id;
        var marks = await db.Set<DocumentFingerprint>().AsNoTracking().ToDictionaryAsync(f => f.SourceDocumentId, f => f.DuplicateOfId, Ct);
        Assert.Null(marks[Id("wire.txt")]);
        Assert.Equal(Id("wire.txt"), marks[Id("daily.txt")]);
        Assert.Null(marks[Id("library.txt")]);
        Assert.Equal(Id("wire.txt"), marks[Id("post.txt")]);

        using var json = JsonDocument.Parse(await workspace.App.Client.GetStringAsync($"/api/documents/{Id("post.txt")}", Ct));
        Assert.Equal(Id("wire.txt"), json.RootElement.GetProperty("duplicateOf").GetInt32());
        using var originalJson = JsonDocument.Parse(await workspace.App.Client.GetStringAsync($"/api/documents/{Id("wire.txt")}", Ct));
        Assert.Equal(JsonValueKind.Null, originalJson.RootElement.GetProperty("duplicateOf").ValueKind);
        Assert.Equal([Id("daily.txt"), Id("post.txt")], originalJson.RootElement.GetProperty("copies").EnumerateArray().Select(e => e.GetInt32()));
        var page = await workspace.App.Client.GetStringAsync($"/documents/{Id("post.txt")}", Ct);
        Assert.Contains("id=\"duplicate-of\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{Id("wire.txt")}\"", page, StringComparison.Ordinal);
        var ruPage = await workspace.App.Client.GetStringAsync($"/documents/{Id("post.txt")}?lang=ru", Ct);
        Assert.Contains("Перепечатка материала", ruPage, StringComparison.Ordinal);
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Arg(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;
}
