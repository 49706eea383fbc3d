using System.CommandLine;
using Entente.Cli;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary><c>entente documents refresh</c>: reads stored documents again (clause links, claims into series, conflicts).</summary>
public static class DocumentCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var documents = new Command("documents", "Stored documents.");
        var refresh = new Command("refresh",
            "Read every stored document again from its original bytes, with the date and source it arrived with: link it to " +
            "the clauses of the legal base as it is now, put its claims into the indicator series (replacing what it gave " +
            "before) and refresh the conflicts. A document whose reading does not change is left as it is.");
        refresh.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            try
            {
                await using var db = EntenteDatabase.CreateContext(target);
                await using var reader = EntenteDatabase.CreateContext(target);
                RefreshSummary? summary = null;
                var total = await db.SourceDocuments.CountAsync(d => d.Status == IngestionStatus.Analysed, ct);
                await BatchProgress.RunAsync(output, "Refreshing documents", total, show: true, async advance =>
                    summary = await DocumentRefresh.RunAsync(db, reader, advance, ct));

                output.Line($"Refreshed {summary!.Documents} document(s), {summary.Changed} changed: " +
                    $"{summary.ClauseLinks} clause links, {summary.Claims} claims; {summary.ConflictsDetected} conflict(s) detected, {summary.ConflictsOpen} open.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
            {
                throw described;
            }
        });
        documents.Subcommands.Add(refresh);
        return documents;
    }
}
