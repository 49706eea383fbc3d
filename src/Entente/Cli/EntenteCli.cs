using System.CommandLine;
using Entente.ActionItems;
using Entente.Audit;
using Entente.Consultations;
using Entente.Documents;
using Entente.Evaluation;
using Entente.Exports;
using Entente.Reports;
using Entente.Sample;
using Entente.Search;
using Entente.Sources;
using Entente.Storage;
using Entente.Users;
using Entente.Web;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command: its verbs, and how errors become one line and an exit code.</summary>
public static class EntenteCli
{
    public static RootCommand CreateRootCommand(ConsoleOutput output)
    {
        var common = new CommonOptions();
        var root = new RootCommand("Entente — run and watch a partnership between states from its founding texts.");
        root.Options.Add(common.Database);

        root.Subcommands.Add(ServeCommand.Create(common, output));         // the web application and API
        root.Subcommands.Add(DatabaseCommands.Create(common, output));     // db migrate, db info
        root.Subcommands.Add(UserCommands.Create(common, output));         // users add
        root.Subcommands.Add(SampleCommands.Create(common, output));       // sample load
        root.Subcommands.Add(IngestCommands.CreateIngest(common, output)); // read and store documents
        root.Subcommands.Add(IngestCommands.CreateExtract(common, output)); // read documents, store nothing
        root.Subcommands.Add(DocumentCommands.Create(common, output));     // documents refresh
        root.Subcommands.Add(EvalCommand.Create(output));                  // measure the analysis against gold
        root.Subcommands.Add(ConsultationCommands.Create(common, output)); // consultations list
        root.Subcommands.Add(ItemCommands.Create(common, output));         // items import, items export
        root.Subcommands.Add(AuditCommands.Create(common, output));        // audit verify
        root.Subcommands.Add(ReportCommand.Create(common, output));        // a report for a period or a session
        root.Subcommands.Add(ExportCommand.Create(common, output));        // everything the viewer may see, as JSON
        root.Subcommands.Add(SearchCommands.Create(common, output));       // search, search --reindex
        root.Subcommands.Add(Intelligence.Profiles.ProfileCommands.Create(common, output)); // profiles propose
        root.Subcommands.Add(SourceCommands.Create(common, output));       // sources add, list, remove, poll
        return root;
    }

    public static async Task<int> RunAsync(string[] args, ConsoleOutput output, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(output);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output.OutWriter,
            Error = output.ErrorWriter,
            EnableDefaultExceptionHandler = false,
        };

        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                output.ErrorLine(error.Message);
            }

            // Usage of the verb that was being parsed, on stderr.
            var usage = new InvocationConfiguration { Output = output.ErrorWriter, Error = output.ErrorWriter };
            await root.Parse([.. CommandPath(parseResult), "--help"]).InvokeAsync(usage, cancellationToken);
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (EntenteException e)
        {
            output.ErrorLine(e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.ErrorLine("cancelled.");
            return ExitCodes.Failure;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
