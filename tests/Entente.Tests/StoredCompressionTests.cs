using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// On both databases a document's original bytes, text and analysis are held compressed and read back as they were;
/// rows written before compression (no marker: SQLite's text values, PostgreSQL's text turned into bytes by the
/// migration) or in the earlier base64 form still read; a refresh of such a document changes nothing it shows.
/// </summary>
public class StoredCompressionTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Note = "Baku, 12 March 2024. Trade turnover between the two countries in 2023 grew by 25 percent to US$4 billion, the ministry said. "
        + "The ministers met on 14 March and agreed to meet again; the working group will report on transport and energy. "
        + "The working group on transport will meet in April to review the timetable of the rail link and the customs posts on "
        + "both sides of the border, and the energy group will report on the supply contracts signed last year.";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OriginalsTextsAndAnalysesAreHeldCompressedAndOlderRowsStillRead(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        var sqlite = provider == "sqlite";
        var database = sqlite ? "sqlite:" + target.SqlitePath : target.ConnectionString;
        var file = Path.Combine(Directory.CreateTempSubdirectory("entente-compression-").FullName, "note.txt");
        await File.WriteAllTextAsync(file, Note, Ct);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--db", database)).ExitCode);

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

        await using var raw = EntenteDatabase.CreateContext(target);
        var connection = raw.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        byte[] marker = [0, (byte)'E', (byte)'Z', 1];
        var held = await RawAsync(connection);
        Assert.Equal(marker, held.Json[..4]);
        // The analysis holds spans, not the text, so it is already small; compression still takes a good part off.
        Assert.True(held.Json.Length < System.Text.Encoding.UTF8.GetByteCount(json) * 3 / 4, $"{held.Json.Length} of {json.Length}");
        Assert.Equal(marker, held.Text[..4]);
        Assert.Equal(marker, held.Bytes[..4]);

        // Rows as older versions wrote them: plain text, the analysis in the base64 form, plain bytes. On PostgreSQL the
        // text was text until the migration made it bytea, so it is now its UTF-8 bytes.
        await using (var update = connection.CreateCommand())
        {
            update.CommandText = """UPDATE "SourceDocuments" SET "AnalysisJson" = @json, "Text" = @text; UPDATE "SourceDocumentContents" SET "Bytes" = @bytes;""";
            object AsStored(string text) => sqlite ? text : System.Text.Encoding.UTF8.GetBytes(text);
            Add(update, "@json", AsStored("zlib:" + Convert.ToBase64String(ZLib(System.Text.Encoding.UTF8.GetBytes(json)))));
            Add(update, "@text", AsStored(Note));
            Add(update, "@bytes", await File.ReadAllBytesAsync(file, Ct));
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
        var refresh = await CliRun.RunAsync("documents", "refresh", "--db", database);
        Assert.True(refresh.ExitCode == 0, refresh.Error);
        Assert.Contains("0 changed", refresh.Output, StringComparison.Ordinal);
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<(byte[] Json, byte[] Text, byte[] Bytes)> RawAsync(System.Data.Common.DbConnection connection)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = """SELECT d."AnalysisJson", d."Text", c."Bytes" FROM "SourceDocuments" d JOIN "SourceDocumentContents" c ON c."SourceDocumentId" = d."Id" """;
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
