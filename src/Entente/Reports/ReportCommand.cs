using System.CommandLine;
using System.Globalization;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Reports;

/// <summary><c>entente report --from … --to … [--session N] --format html|md|docx -o FILE [--party RU|--user NAME] [--shared-only]</c>.</summary>
public static class ReportCommand
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var from = new Option<string?>("--from") { Description = "First day of the period (YYYY-MM-DD); with --session, defaults to the day after the previous session.", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Last day of the period (YYYY-MM-DD); with --session, defaults to the session's date.", HelpName = "date" };
        var session = new Option<int?>("--session") { Description = "The number of the commission session the report is for.", HelpName = "number" };
        var format = new Option<string>("--format") { Description = "html (prints well), md or docx.", DefaultValueFactory = _ => "html", HelpName = "format" };
        var file = new Option<string>("--output", "-o") { Description = "The file to write (- for standard output, html and md only).", Required = true, HelpName = "file" };
        var viewer = new ViewerOptions();
        var command = new Command("report", "Write a report for a period or a commission session: status per sphere and roadmap, changes, overdue items, indicators, consultations, events.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(session);
        command.Options.Add(format);
        command.Options.Add(file);
        viewer.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            if (!ReportRendering.TryParse(parseResult.GetValue(format), out var chosen))
            {
                throw new EntenteException($"--format must be {ReportRendering.Formats}.", ExitCodes.Usage);
            }

            var path = parseResult.GetRequiredValue(file);
            if (path == "-" && chosen == ReportFormat.Docx)
            {
                throw new EntenteException("A DOCX report needs a file: give -o report.docx.", ExitCodes.Usage);
            }

            var request = new ReportRequest(Date(parseResult.GetValue(from), "--from"), Date(parseResult.GetValue(to), "--to"), parseResult.GetValue(session));
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            var reader = await viewer.ResolveAsync(parseResult, target, ct);
            await using var db = EntenteDatabase.CreateContext(target, reader, TimeProvider.System);
            var (data, error) = await ReportLoader.LoadAsync(db, request, ct);
            if (data is null)
            {
                throw new EntenteException(error!, ExitCodes.Usage);
            }

            var rendered = ReportRendering.Render(ReportBuilder.Build(data), data, chosen);
            await OutputFile.WriteAsync(path, rendered.Bytes, output, ct);
            if (path != "-")
            {
                output.Line($"Wrote {Path.GetFullPath(path)} ({rendered.Bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes): {data.ViewLabel}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly? Date(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? null
        : IsoDate.TryParse(value, out var date) ? date
        : throw new EntenteException($"{option} must be a date as YYYY-MM-DD, not '{value}'.", ExitCodes.Usage);
}
