using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Storage;

/// <summary>Turns a provider's exception into one line that names the database and what went wrong.</summary>
public static class DatabaseErrors
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int SqliteCannotOpen = 14;
    private const int SqliteFull = 13;

    /// <summary>A user-facing exception for a database failure, or null when <paramref name="error"/> is not one.</summary>
    public static EntenteException? Describe(Exception error, DatabaseTarget target)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case EntenteException known:
                    return known;
                case SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase } sqlite:
                    return new EntenteException(
                        $"The SQLite file {target.Description} is corrupt or not a database ({sqlite.Message.TrimEnd('.')}); Entente has left it untouched.",
                        inner: error);
                case SqliteException { SqliteErrorCode: SqliteFull }:
                    return new EntenteException(
                        $"The disk holding {target.Description} is full; the write in progress was rolled back and nothing is half-stored. Free some space and run the command again.",
                        inner: error);
                case SqliteException { SqliteErrorCode: SqliteCannotOpen } sqlite:
                    return new EntenteException($"Cannot open the SQLite file {target.Description}: {sqlite.Message}", inner: error);
                case PostgresException postgres:
                    return new EntenteException(
                        $"PostgreSQL at {target.Description} refused: {postgres.MessageText} ({postgres.SqlState}).", inner: error);
                case NpgsqlException { InnerException: SocketException socket }:
                    return new EntenteException(
                        $"Cannot reach PostgreSQL at {HostAndPort(target)}: {socket.Message}.", inner: error);
                case NpgsqlException { InnerException: TimeoutException }:
                    return new EntenteException($"Cannot reach PostgreSQL at {HostAndPort(target)}: the connection timed out.", inner: error);
                case SocketException socket when target.Provider == DatabaseProvider.Postgres:
                    return new EntenteException($"Cannot reach PostgreSQL at {HostAndPort(target)}: {socket.Message}.", inner: error);
            }
        }

        return null;
    }

    private static string HostAndPort(DatabaseTarget target)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        return $"{builder.Host}:{builder.Port}";
    }
}
