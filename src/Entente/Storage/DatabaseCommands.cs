using System.CommandLine;
using Entente.Cli;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Entente.Storage;

/// <summary><c>entente db migrate</c> and <c>entente db info</c>.</summary>
public static class DatabaseCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var db = new Command("db", "Create, upgrade and inspect the database.");

        var migrate = new Command("migrate", "Create the database or bring it to this version's schema; loads the built-in sample into an empty database.");
        migrate.Options.Add(common.NoSample);
        migrate.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            var result = await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: !parseResult.GetValue(common.NoSample), ct);
            output.Line(result.AppliedMigrations.Count == 0
                ? $"{target.Description}: schema is up to date."
                : $"{target.Description}: applied {result.AppliedMigrations.Count} migration(s), up to {result.AppliedMigrations[^1]}.");
            if (result.Sample is { } sample)
            {
                output.Line($"Loaded the built-in sample: {sample.Agreements} agreements, {sample.Provisions} provisions, {sample.Observations} observations.");
            }

            if (result.ProfilesMessage is { } profiles)
            {
                output.Line(profiles);
            }

            return ExitCodes.Success;
        });

        var info = new Command("info", "Show which database is used, its schema version and what it holds.");
        info.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            try
            {
                DatabaseBootstrapper.EnsureSqliteFileIsUsable(target);
                await using var context = EntenteDatabase.CreateContext(target);
                var status = await DatabaseBootstrapper.ReadStatusAsync(context, ct);
                var table = new Table().AddColumns("Property", "Value").HideHeaders();
                table.AddRow("Provider", target.Provider.ToString());
                table.AddRow("Database", Markup.Escape(target.Description));
                table.AddRow("Schema", Markup.Escape(status.Applied.Count == 0 ? "empty (run `entente db migrate`)" : status.Applied[^1]));
                table.AddRow("Pending migrations", status.Pending.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (status.Unknown.Count > 0)
                {
                    table.AddRow("[red]Newer than this program[/]", Markup.Escape(string.Join(", ", status.Unknown)));
                }

                if (status.Pending.Count == 0 && status.Unknown.Count == 0)
                {
                    table.AddRow("Agreements", (await context.Agreements.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("Provisions", (await context.Provisions.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("Documents", (await context.SourceDocuments.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("Observations", (await context.Observations.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("Users", (await context.Users.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                output.Out.Write(table);
                return ExitCodes.Success;
            }
            catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
            {
                throw described;
            }
        });

        db.Subcommands.Add(migrate);
        db.Subcommands.Add(info);
        return db;
    }
}
