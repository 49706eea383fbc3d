namespace Entente;

/// <summary>
/// A failure whose message is complete and meant for the user: the command line prints it as one line
/// on stderr and exits with <see cref="ExitCode"/>; the web answers with it as problem details.
/// </summary>
public class EntenteException(string message, int exitCode = Cli.ExitCodes.Failure, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
