using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Entente.Storage;

/// <summary>Sets the per-connection SQLite pragmas Entente relies on, once for each connection SQLite opens.</summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools the native connections behind <see cref="SqliteConnection"/>, and a pragma set on
/// one stays set for its life; running the pragmas on every open cost more than a small query (the load benchmark
/// saw /healthz at a fraction of a simple read). The native handle marks a connection that has them already.
/// </remarks>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    // busy_timeout lets concurrent writers queue instead of failing with "database is locked". A page cache of up to
    // 64 MB (default 2 MB) keeps a batch's B-tree pages in memory: `entente ingest` of the 300 ToTA treaties spent 42 s
    // of 126 s in the kernel re-reading pages with the default, 10 s with this (docs/benchmarks.md).
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";

    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        if (handle is not null)
        {
            Prepared.TryAdd(handle, handle);
        }
    }
}
