using System.CommandLine;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Audit;

/// <summary><c>entente audit verify</c>: checks the audit chain from the first entry to the last.</summary>
public static class AuditCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var audit = new Command("audit", "Check the append-only audit trail.");
        var verify = new Command("verify", "Verify the hash chain; exits with 1 and names the first broken entry when it does not hold.");
        verify.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            var result = await AuditChain.VerifyAsync(db, ct);
            if (!result.IsIntact)
            {
                throw new EntenteException($"The audit trail of {target.Description} is broken at entry {result.FirstBroken}: {result.Problem}. Entries 1–{result.Verified} hold.");
            }

            output.Line($"The audit trail holds: {result.Verified} entries, last hash {result.LastHash}.");
            return ExitCodes.Success;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}
