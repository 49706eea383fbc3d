using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// On SQLite a document's original bytes and analysis are held compressed and read back as they were; rows written
/// before compression (no marker) still read; a refresh of such a document changes nothing it shows.
/// </summary>
public class StoredCompressionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Note = "Baku, 12 March 2024. Trade turnover between the two countries in 2023 grew by 25 percent to US$4 billion, the ministry said. "
        + "The ministers met on 14 March and agreed to meet again; the working group will report on transport and energy.";

    [Fact]
    public async Task OriginalsAndAnalysesAreHeldCompressedAndOldPlainRowsStillRead()
    {
        var target = TestDatabase.NewSqlite();
        var file = Path.Combine(Directory.CreateTempSubdirectory("entente-compression-").FullName, "note.txt");
        await File.WriteAllTextAsync(file, Note, Ct);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--db", "sqlite:" + target.SqlitePath)).ExitCode);

        string json;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var stored = await db.SourceDocuments.Include(d => d.Content).SingleAsync(Ct);
            Assert.Equal(await File.ReadAllBytesAsync(file, Ct), stored.Content!.Bytes);
            json = stored.AnalysisJson!;
            Assert.StartsWith("{", json, StringComparison.Ordinal);
            Assert.Contains("trade-turnover", json, StringComparison.Ordinal);
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target.SqlitePath};Pooling=False");
        await connection.OpenAsync(Ct);
        var (heldJson, heldBytes) = await RawAsync(connection);
        Assert.StartsWith("zlib:", heldJson, StringComparison.Ordinal);
        Assert.True(heldJson.Length < json.Length * 3 / 4, $"{heldJson.Length} of {json.Length}");
        Assert.Equal([0, (byte)'E', (byte)'Z', 1], heldBytes[..4]);

        // A row as an older version wrote it: plain JSON and plain bytes.
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE SourceDocuments SET AnalysisJson = $json; UPDATE SourceDocumentContents SET Bytes = $bytes;";
            update.Parameters.AddWithValue("$json", json);
            update.Parameters.AddWithValue("$bytes", await File.ReadAllBytesAsync(file, Ct));
            await update.ExecuteNonQueryAsync(Ct);
        }

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var stored = await db.SourceDocuments.Include(d => d.Content).SingleAsync(Ct);
            Assert.Equal(json, stored.AnalysisJson);
            Assert.Equal(await File.ReadAllBytesAsync(file, Ct), stored.Content!.Bytes);
        }

        // Read again from its (plain) bytes: the same analysis, so nothing changes.
        var refresh = await CliRun.RunAsync("documents", "refresh", "--db", "sqlite:" + target.SqlitePath);
        Assert.True(refresh.ExitCode == 0, refresh.Error);
        Assert.Contains("0 changed", refresh.Output, StringComparison.Ordinal);
    }

    private static async Task<(string Json, byte[] Bytes)> RawAsync(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT d.AnalysisJson, c.Bytes FROM SourceDocuments d JOIN SourceDocumentContents c ON c.SourceDocumentId = d.Id";
        await using var reader = await select.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return (reader.GetString(0), (byte[])reader.GetValue(1));
    }
}
