using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>The model on SQLite, the embedded default; its migrations live in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteEntenteDb(DbContextOptions<SqliteEntenteDb> options) : EntenteDb(options);

/// <summary>The model on PostgreSQL, for a ministry's server; its migrations live in Storage/Migrations/Postgres.</summary>
public sealed class PostgresEntenteDb(DbContextOptions<PostgresEntenteDb> options) : EntenteDb(options);
