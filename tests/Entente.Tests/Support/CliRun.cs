using Entente.Cli;

namespace Entente.Tests.Support;

/// <summary>Runs the <c>entente</c> command in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await EntenteCli.RunAsync(args, new ConsoleOutput(output, error, interactive: false), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
