using System.CommandLine;
using Entente.Cli;
using Entente.Storage;

namespace Entente.ActionItems;

/// <summary><c>entente items import FILE --party RU</c> and <c>entente items export</c>: action items as CSV from the shell.</summary>
public static class ItemCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var items = new Command("items", "Import and export action items as CSV.");

        var file = new Argument<FileInfo>("file") { Description = "A CSV file with a header line: UTF-8, UTF-16 or Windows-1251, detected (see docs)." };
        var party = new Option<string?>("--party") { Description = "The Party of rows that have no party column (e.g. RU)." };
        var import = new Command("import", "Import action items; prints each refused row with its reasons and exits with 3 when any was refused.");
        import.Arguments.Add(file);
        import.Options.Add(party);
        import.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            var path = parseResult.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw new EntenteException($"There is no file {path.FullName}.", ExitCodes.Usage);
            }

            if (path.Length > ActionItemsApi.MaxImportBytes)
            {
                throw new EntenteException($"{path.FullName} is larger than the import limit of {ActionItemsApi.MaxImportBytes} bytes.");
            }

            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            var report = await ActionItemCsv.ImportAsync(db, await File.ReadAllBytesAsync(path.FullName, ct), parseResult.GetValue(party), ct);
            foreach (var warning in report.Warnings)
            {
                output.Warning(warning);
            }

            foreach (var row in report.Rejected)
            {
                output.ErrorLine($"{path.Name}:{row.Line}: {string.Join(" ", row.Problems)}");
            }

            output.Line($"Imported {report.Imported.Count} action item(s); refused {report.Rejected.Count} row(s).");
            return report.Rejected.Count == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });

        var export = new Command("export", "Write every action item as CSV to standard output.");
        export.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            await output.OutWriter.WriteAsync(await ActionItemCsv.ExportAsync(db, ct));
            return ExitCodes.Success;
        });

        items.Subcommands.Add(import);
        items.Subcommands.Add(export);
        return items;
    }
}
