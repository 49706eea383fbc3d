using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Storage;

/// <summary>Which database Entente uses, resolved from <c>--db</c>, <c>ENTENTE_DB</c> or configuration.</summary>
/// <param name="Provider">SQLite (embedded) or PostgreSQL (server).</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="Description">What to name in messages: the SQLite file, or host:port/database (never the password).</param>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Description)
{
    public const string EnvironmentVariable = "ENTENTE_DB";

    /// <summary>The SQLite file, for a SQLite target.</summary>
    public string? SqlitePath => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : null;

    /// <summary>
    /// Reads <c>sqlite:&lt;path&gt;</c>, a <c>postgres://</c> or <c>postgresql://</c> URI, or a PostgreSQL
    /// connection string (<c>Host=…;Database=…</c>). Null or empty means the default SQLite file.
    /// </summary>
    public static DatabaseTarget Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Sqlite(DefaultSqlitePath());
        }

        value = value.Trim();
        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = value["sqlite:".Length..];
            if (path.Length == 0)
            {
                throw new FormatException("'sqlite:' needs a file path, e.g. sqlite:/var/lib/entente/entente.db.");
            }

            return Sqlite(Path.GetFullPath(ExpandHome(path)));
        }

        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUri(value));
        }

        if (value.Contains('=', StringComparison.Ordinal))
        {
            try
            {
                return Postgres(new NpgsqlConnectionStringBuilder(value));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"The PostgreSQL connection string is not valid: {e.Message}", e);
            }
        }

        throw new FormatException(
            $"'{value}' is not a database: use sqlite:<path>, postgres://user:password@host:port/database, or a PostgreSQL connection string.");
    }

    /// <summary><c>$XDG_DATA_HOME/entente/entente.db</c>, or <c>~/.local/share/entente/entente.db</c>.</summary>
    public static string DefaultSqlitePath()
    {
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "entente", "entente.db");
    }

    private static DatabaseTarget Sqlite(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
            // Waits this long for a writer's lock before reporting "database is locked".
            DefaultTimeout = 30,
        };
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ToString(), path);
    }

    private static DatabaseTarget Postgres(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new FormatException("The PostgreSQL connection string names no Host.");
        }

        var description = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}";
        return new DatabaseTarget(DatabaseProvider.Postgres, builder.ToString(), description);
    }

    private static NpgsqlConnectionStringBuilder FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException($"'{RedactPassword(value)}' is not a valid PostgreSQL URI (postgres://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var setting = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            try
            {
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = setting;
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"The PostgreSQL URI option '{key}' is not understood: {e.Message}", e);
            }
        }

        return builder;
    }

    private static string RedactPassword(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var colon = uri.IndexOf(':', uri.IndexOf("//", StringComparison.Ordinal) + 2);
        return at > 0 && colon > 0 && colon < at ? string.Concat(uri.AsSpan(0, colon + 1), "***", uri.AsSpan(at)) : uri;
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;

    public override string ToString() => $"{Provider}: {Description}";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
