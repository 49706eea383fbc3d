namespace Entente.Cli;

/// <summary>The exit codes of the <c>entente</c> command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything that went wrong at run time: a database that cannot be reached, a corrupt file…</summary>
    public const int Failure = 1;

    /// <summary>An unknown verb or option, or a missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>A batch finished but some of its items failed (ingestion).</summary>
    public const int PartialFailure = 3;
}
