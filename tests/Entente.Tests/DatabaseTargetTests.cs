using Entente.Storage;

namespace Entente.Tests;

public class DatabaseTargetTests
{
    [Fact]
    public void SqlitePrefixNamesAFile()
    {
        var target = DatabaseTarget.Parse("sqlite:/var/lib/entente/e.db");
        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal("/var/lib/entente/e.db", target.SqlitePath);
    }

    [Fact]
    public void PostgresUriBecomesAConnectionStringAndHidesThePassword()
    {
        var target = DatabaseTarget.Parse("postgres://entente:s3cr%40t@db.example:6543/partnership?sslmode=require");
        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        Assert.Equal("db.example:6543/partnership", target.Description);
        Assert.Contains("Password=s3cr@t", target.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=Require", target.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresConnectionStringIsAccepted()
    {
        var target = DatabaseTarget.Parse("Host=10.0.0.5;Port=5433;Database=entente;Username=app");
        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        Assert.Equal("10.0.0.5:5433/entente", target.Description);
    }

    [Fact]
    public void DefaultIsAFileInTheUsersDataFolder()
    {
        var target = DatabaseTarget.Parse(null);
        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.EndsWith(Path.Combine("entente", "entente.db"), target.SqlitePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql://x")]
    [InlineData("sqlite:")]
    [InlineData("just-a-word")]
    public void AnythingElseIsRefusedWithAnExplanation(string value)
    {
        var error = Assert.Throws<FormatException>(() => DatabaseTarget.Parse(value));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
