using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli;

/// <summary>Options every verb understands.</summary>
public sealed class CommonOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The database: sqlite:<path>, postgres://user:password@host:port/database, or a PostgreSQL connection string. " +
                      $"Default: ${DatabaseTarget.EnvironmentVariable}, then a SQLite file in the user's data folder.",
        HelpName = "database",
        Recursive = true,
    };

    public Option<bool> NoSample { get; } = new("--no-sample")
    {
        Description = "Do not load the built-in Russia–Azerbaijan sample into an empty database.",
    };

    /// <summary>The database this invocation uses: <c>--db</c>, then <c>ENTENTE_DB</c>, then the default file.</summary>
    public DatabaseTarget ResolveDatabase(ParseResult parseResult)
    {
        var value = parseResult.GetValue(Database);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
        }

        try
        {
            return DatabaseTarget.Parse(value);
        }
        catch (FormatException e)
        {
            throw new EntenteException(e.Message, ExitCodes.Usage, e);
        }
    }
}
