using Entente.Access;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>The model on SQLite, the embedded default; its migrations live in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteEntenteDb(DbContextOptions<SqliteEntenteDb> options, Viewer viewer, TimeProvider time) : EntenteDb(options, viewer, time);

/// <summary>The model on PostgreSQL, for a ministry's server; its migrations live in Storage/Migrations/Postgres.</summary>
public sealed class PostgresEntenteDb(DbContextOptions<PostgresEntenteDb> options, Viewer viewer, TimeProvider time) : EntenteDb(options, viewer, time);
