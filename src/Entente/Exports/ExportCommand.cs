using System.CommandLine;
using System.Globalization;
using Entente.Cli;
using Entente.Consultations;
using Entente.Storage;

namespace Entente.Exports;

/// <summary><c>entente export --json -o FILE [--party RU|--user NAME]</c>: everything the chosen view may see, as one JSON document.</summary>
public static class ExportCommand
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var json = new Option<bool>("--json") { Description = $"Write JSON ({ExportDocument.CurrentSchema}); the only format for now, and required so a later one cannot be picked by accident." };
        var file = new Option<string>("--output", "-o") { Description = "The file to write, or - for standard output.", Required = true, HelpName = "file" };
        var viewer = new ViewerOptions();
        var command = new Command("export", "Export the legal base, indicators and the mechanisms' records that the view may see (default: the shared view).");
        command.Options.Add(json);
        command.Options.Add(file);
        viewer.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            if (!parseResult.GetValue(json))
            {
                throw new EntenteException("Say which format: --json (the only one for now).", ExitCodes.Usage);
            }

            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            var reader = await viewer.ResolveAsync(parseResult, target, ct);
            await using var db = EntenteDatabase.CreateContext(target, reader, TimeProvider.System);
            var document = await ExportBuilder.BuildAsync(db, includeTracking: true, ConsultationDeadlineOptions.FromEnvironment(), ct);
            var bytes = ExportJson.Serialize(document);
            var path = parseResult.GetRequiredValue(file);
            await OutputFile.WriteAsync(path, bytes, output, ct);
            if (path != "-")
            {
                output.Line($"Wrote {Path.GetFullPath(path)} ({bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes, {document.Schema}): {document.View}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
