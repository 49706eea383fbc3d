using System.CommandLine;
using Entente.Cli;
using Entente.Storage;
using Entente.Text.Pipeline;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Entente.Documents;

/// <summary><c>entente documents refresh</c>: reads stored documents again (clause links, claims into series, conflicts).</summary>
public static class DocumentCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var documents = new Command("documents", "Stored documents.");
        var refresh = new Command("refresh",
            "Read every stored document again from its original bytes: link it to the clauses of the legal base as it is now, " +
            "put its claims into the indicator series (replacing what it gave before) and refresh the conflicts.");
        refresh.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            try
            {
                await using var db = EntenteDatabase.CreateContext(target);
                var refresher = new DocumentRefresher(db, DocumentPipeline.Default);
                var ids = await refresher.DocumentIdsAsync(ct);
                var done = new List<RefreshedDocument>();
                async Task RunAsync(Action advance)
                {
                    foreach (var id in ids)
                    {
                        done.Add(await refresher.RefreshAsync(id, ct));
                        advance();
                    }
                }

                if (output.IsInteractive && ids.Count > 1)
                {
                    await output.Error.Progress().AutoClear(true).StartAsync(async context =>
                    {
                        var task = context.AddTask("Refreshing documents", maxValue: ids.Count);
                        await RunAsync(() => task.Increment(1));
                    });
                }
                else
                {
                    await RunAsync(() => { });
                }

                var conflicts = await refresher.RefreshConflictsAsync(ct);
                var open = await db.Conflicts.CountAsync(c => c.StillDetected && c.ResolvedAt == null, ct);
                output.Line($"Refreshed {done.Count} document(s): {done.Sum(d => d.ClauseLinks)} clause links, {done.Sum(d => d.Claims)} claims in the series; " +
                    $"{conflicts} conflict(s) detected, {open} open.");
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
