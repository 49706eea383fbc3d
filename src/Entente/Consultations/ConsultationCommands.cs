using System.CommandLine;
using System.Globalization;
using Entente.Cli;
using Entente.Storage;

namespace Entente.Consultations;

/// <summary><c>entente consultations list</c>: the consultations and where each stands, one per line.</summary>
public static class ConsultationCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var consultations = new Command("consultations", "Follow consultations between the Parties.");
        var open = new Option<bool>("--open") { Description = "Only those still requested, acknowledged or scheduled." };
        var list = new Command("list", "List consultations, newest first: id, kind, status, parties, requested at, breaches, subject (tab-separated).");
        list.Options.Add(open);
        list.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            var all = await ConsultationRules.ListAsync(db, "all", ct);
            foreach (var c in all.Where(c => !parseResult.GetValue(open) || c.Status is ConsultationStatus.Requested or ConsultationStatus.Acknowledged or ConsultationStatus.Scheduled))
            {
                var breaches = string.Join(",", new[]
                {
                    c.AcknowledgeBreachedAt is null ? null : "acknowledge-late",
                    c.HoldBreachedAt is null ? null : "hold-late",
                }.OfType<string>());
                output.Line(string.Join('\t',
                    c.Id.ToString(CultureInfo.InvariantCulture), KebabCase.ToKey(c.Kind), KebabCase.ToKey(c.Status),
                    $"{c.OwnerPartyCode}→{c.CounterpartPartyCode}", c.RequestedAt.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture),
                    breaches.Length == 0 ? "-" : breaches, c.Subject));
            }

            return ExitCodes.Success;
        });
        consultations.Subcommands.Add(list);
        return consultations;
    }
}
