using Entente.Cli;

// The `entente` executable: every verb (serve, db, users, sample…) is described in Cli/EntenteCli.cs.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await EntenteCli.RunAsync(args, ConsoleOutput.ForProcess(), cancellation.Token);
