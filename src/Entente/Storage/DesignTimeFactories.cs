using Microsoft.EntityFrameworkCore.Design;

namespace Entente.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteEntenteDb</c> build the SQLite model without running the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEntenteDb>
{
    public SqliteEntenteDb CreateDbContext(string[] args) =>
        (SqliteEntenteDb)EntenteDatabase.CreateContext(DatabaseTarget.Parse("sqlite:" + Path.Combine(Path.GetTempPath(), "entente-design.db")));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresEntenteDb</c> build the PostgreSQL model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEntenteDb>
{
    public PostgresEntenteDb CreateDbContext(string[] args) =>
        (PostgresEntenteDb)EntenteDatabase.CreateContext(DatabaseTarget.Parse("Host=localhost;Database=entente_design"));
}
