using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Entente.Cli;
using Entente.Storage;
using Entente.Web;

namespace Entente.Search;

/// <summary><c>entente search "QUERY" [--json] [filters]</c> and <c>entente search --reindex</c>.</summary>
public static partial class SearchCommands
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var query = new Argument<string?>("query") { Description = "The words to look for; inflected forms match (карты finds карт, cards finds card).", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON (the same shape as GET /api/search)." };
        var reindex = new Option<bool>("--reindex") { Description = "Rebuild the whole search index from the records, in one transaction." };
        var sphere = new Option<string?>("--sphere") { Description = "Only records of this sphere (a sphere key, e.g. energy)." };
        var kind = new Option<string?>("--kind") { Description = "Only this record type (agreement, clause, document, action-item, consultation) or agreement kind (treaty, declaration…)." };
        var party = new Option<string?>("--party") { Description = "Only records of this Party (RU, AZ)." };
        var agreement = new Option<string?>("--agreement") { Description = "Only records of this agreement (its id or key)." };
        var from = new Option<string?>("--from") { Description = "Only records dated on or after this day (yyyy-mm-dd)." };
        var to = new Option<string?>("--to") { Description = "Only records dated on or before this day (yyyy-mm-dd)." };
        var limit = new Option<string?>("--limit") { Description = $"How many results, 1 to {SearchCriteria.MaxLimit} (default {SearchCriteria.DefaultLimit})." };

        var search = new Command("search", "Search agreements, clauses, stored documents, action items and consultations (as the operator, who sees every record).")
        {
            query, json, reindex, sphere, kind, party, agreement, from, to, limit,
        };
        search.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            if (parseResult.GetValue(reindex))
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var entries = await SearchIndex.RebuildAsync(db, ct);
                output.Line($"Rebuilt the search index: {entries.ToString(CultureInfo.InvariantCulture)} entries in {started.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
                if (string.IsNullOrWhiteSpace(parseResult.GetValue(query)))
                {
                    return ExitCodes.Success;
                }
            }

            var errors = new FieldErrors();
            var request = new SearchRequest(
                parseResult.GetValue(query), parseResult.GetValue(sphere), parseResult.GetValue(kind), parseResult.GetValue(party),
                parseResult.GetValue(agreement), parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(limit));
            if (await SearchCriteria.ParseAsync(db, request, errors, ct) is not { } criteria)
            {
                foreach (var (field, messages) in errors.ToDictionary())
                {
                    output.ErrorLine($"{(field == "q" ? "query" : "--" + field)} {string.Join(" ", messages)}");
                }

                return ExitCodes.Usage;
            }

            var results = await SearchService.SearchAsync(db, criteria, ct);
            if (parseResult.GetValue(json))
            {
                output.Line(JsonSerializer.Serialize(results, s_json));
                return ExitCodes.Success;
            }

            foreach (var hit in results.Results)
            {
                // type, id, date, title, address; then the passage with its matches in [brackets].
                output.Line(string.Join('\t', hit.Type, hit.Id.ToString(CultureInfo.InvariantCulture), hit.On?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", hit.Title, hit.Url));
                output.Line("    " + PlainSnippet(hit.Snippet));
            }

            output.ErrorWriter.WriteLine(results.Results.Count == 0
                ? $"No results for \"{results.Query}\"."
                : $"{results.Results.Count} result(s){(results.More ? $"; more exist (raise --limit, at most {SearchCriteria.MaxLimit})" : string.Empty)}.");
            return ExitCodes.Success;
        });
        return search;
    }

    /// <summary>The snippet for a terminal: marks become [brackets], entities become characters again.</summary>
    private static string PlainSnippet(string html) =>
        System.Net.WebUtility.HtmlDecode(Tag().Replace(html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal), string.Empty))
            .ReplaceLineEndings(" ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
