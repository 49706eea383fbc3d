using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Entente.Storage;

/// <summary>Sets the per-connection SQLite pragmas Entente relies on each time a connection opens.</summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    // busy_timeout lets concurrent writers queue instead of failing with "database is locked".
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
