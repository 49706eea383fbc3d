using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Agreements;
using Entente.Cli;
using Entente.Sample;
using Entente.Storage;
using Entente.Text.Linking;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary><c>entente profiles propose AGREEMENT#N</c>: a first commitment profile from a clause's own text, as JSON.</summary>
public static class ProfileCommands
{
    private static readonly JsonSerializerOptions s_json = new(SampleFile.JsonOptions)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var profiles = new Command("profiles", "Commitment profiles: what implementing each clause looks like, used for evidence links.");
        var clause = new Argument<string>("clause") { Description = "The agreement's key or id and the clause number: ru-az-allied-interaction-2022#22." };
        var propose = new Command("propose",
            "Propose a first profile for a clause from its text (names it writes with capitals, its rarest words), in the sample " +
            "file's `profiles` format, for an administrator to complete with the other languages and the sphere's vocabulary.");
        propose.Arguments.Add(clause);
        propose.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            var (agreementKey, number) = Parse(parseResult.GetValue(clause)!);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            try
            {
                await using var db = EntenteDatabase.CreateContext(target);
                var id = int.TryParse(agreementKey, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
                var agreement = await db.Agreements.AsNoTracking()
                    .Include(a => a.Provisions.Where(p => p.Part == ProvisionPart.Operative && p.Number != null)).ThenInclude(p => p.Texts)
                    .FirstOrDefaultAsync(a => a.Key == agreementKey || a.Id == id, ct)
                    ?? throw new EntenteException($"No agreement has the key or id '{agreementKey}'.");
                var clauses = agreement.Provisions.OrderBy(p => p.Order).Select(p => new CandidateClause(p.Number!,
                    p.Texts.FirstOrDefault(t => t.Language == ProvisionLanguages.Fallback)?.Text, ProvisionLanguages.Summary(p.Texts))).ToList();
                var profiled = clauses.FirstOrDefault(c => c.Number == number)
                    ?? throw new EntenteException($"The agreement '{agreement.Key}' has no operative clause '{number}'.");
                var profile = ProfileProposer.Propose(profiled, clauses, "en");
                output.Line(JsonSerializer.Serialize(new SampleProfile(agreement.Key, number, profile.Names, profile.Terms, profile.BetweenPartiesOnly, profile.PartOf), s_json));
                return ExitCodes.Success;
            }
            catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
            {
                throw described;
            }
        });
        profiles.Subcommands.Add(propose);
        return profiles;
    }

    private static (string Agreement, string Clause) Parse(string value)
    {
        var hash = value.LastIndexOf('#');
        if (hash <= 0 || hash == value.Length - 1)
        {
            throw new EntenteException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not AGREEMENT#CLAUSE (for example ru-az-allied-interaction-2022#22)."));
        }

        return (value[..hash], value[(hash + 1)..]);
    }
}
