using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// On SQLite a document's original bytes, text and analysis are held compressed and read back as they were; rows
/// written before compression (no marker) or in the earlier base64 form still read; a refresh of such a document
/// changes nothing it shows.
/// </summary>
public class StoredCompressionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Note = "Baku, 12 March 2024. Trade turnover between the two countries in 2023 grew by 25 percent to US$4 billion, the ministry said. "
        + "The ministers met on 14 March and agreed to meet again; the working group will report on transport and energy. "
        + "The working group on transport will meet in April to review the timetable of the rail link and the customs posts on "
        + "both sides of the border, and the energy group will report on the supply contracts signed last year.";

    [Fact]
    public async Task OriginalsTextsAndAnalysesAreHeldCompressedAndOlderRowsStillRead()
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
            Assert.Equal(Note, stored.Text);
            json = stored.AnalysisJson!;
            Assert.StartsWith("{", json, StringComparison.Ordinal);
            Assert.Contains("trade-turnover", json, StringComparison.Ordinal);
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target.SqlitePath};Pooling=False");
        await connection.OpenAsync(Ct);
        byte[] marker = [0, (byte)'E', (byte)'Z', 1];
        var held = await RawAsync(connection);
        Assert.Equal(marker, held.Json[..4]);
        // The analysis holds spans, not the text, so it is already small; compression still takes a good part off.
        Assert.True(held.Json.Length < System.Text.Encoding.UTF8.GetByteCount(json) * 3 / 4, $"{held.Json.Length} of {json.Length}");
        Assert.Equal(marker, held.Text[..4]);
        Assert.Equal(marker, held.Bytes[..4]);

        // Rows as older versions wrote them: plain text, the analysis in the base64 form, plain bytes.
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE SourceDocuments SET AnalysisJson = $json, Text = $text; UPDATE SourceDocumentContents SET Bytes = $bytes;";
            update.Parameters.AddWithValue("$json", "zlib:" + Convert.ToBase64String(ZLib(System.Text.Encoding.UTF8.GetBytes(json))));
            update.Parameters.AddWithValue("$text", Note);
            update.Parameters.AddWithValue("$bytes", await File.ReadAllBytesAsync(file, Ct));
            await update.ExecuteNonQueryAsync(Ct);
        }

        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var stored = await db.SourceDocuments.Include(d => d.Content).SingleAsync(Ct);
            Assert.Equal(json, stored.AnalysisJson);
            Assert.Equal(Note, stored.Text);
            Assert.Equal(await File.ReadAllBytesAsync(file, Ct), stored.Content!.Bytes);
        }

        // Read again from its (plain) bytes: the same analysis, so nothing changes.
        var refresh = await CliRun.RunAsync("documents", "refresh", "--db", "sqlite:" + target.SqlitePath);
        Assert.True(refresh.ExitCode == 0, refresh.Error);
        Assert.Contains("0 changed", refresh.Output, StringComparison.Ordinal);
    }

    private static async Task<(byte[] Json, byte[] Text, byte[] Bytes)> RawAsync(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT d.AnalysisJson, d.Text, c.Bytes FROM SourceDocuments d JOIN SourceDocumentContents c ON c.SourceDocumentId = d.Id";
        await using var reader = await select.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return ((byte[])reader.GetValue(0), (byte[])reader.GetValue(1), (byte[])reader.GetValue(2));
    }

    private static byte[] ZLib(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
    }
}
