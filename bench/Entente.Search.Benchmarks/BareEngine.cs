using System.Data.Common;
using Entente.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Search.Benchmarks;

/// <summary>
/// The engine alone, for comparison: the same pre-stemmed terms, the top results by the engine's own rank,
/// ids only, on one open connection — no parsing, access filter, filters, entry columns or snippets.
/// </summary>
public sealed class BareEngine : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly bool _postgres;

    public BareEngine(DatabaseTarget target)
    {
        _postgres = target.Provider == DatabaseProvider.Postgres;
        _connection = _postgres ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
        _connection.Open();
    }

    public async Task<List<long>> TopAsync(IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = _postgres
            ? """SELECT "Id" FROM "SearchEntries", to_tsquery('simple', @q) q WHERE "Terms" @@ q ORDER BY ts_rank("Terms", q) DESC LIMIT @limit"""
            : $"SELECT rowid FROM {SearchSchema.SqliteFtsTable} WHERE {SearchSchema.SqliteFtsTable} MATCH @q ORDER BY bm25({SearchSchema.SqliteFtsTable}, 4.0, 1.0) LIMIT @limit";
        var query = command.CreateParameter();
        query.ParameterName = "q";
        query.Value = _postgres ? string.Join(" & ", terms.Select(t => $"'{t}'")) : string.Join(' ', terms.Select(t => $"\"{t}\""));
        command.Parameters.Add(query);
        var top = command.CreateParameter();
        top.ParameterName = "limit";
        top.Value = limit;
        command.Parameters.Add(top);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
