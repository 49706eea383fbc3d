using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli;
using Entente.Intelligence;
using Entente.Storage;
using Entente.Text.Linking;
using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Spectre.Console;

namespace Entente.Documents;

/// <summary><c>entente ingest</c> (read and store) and <c>entente extract</c> (read only).</summary>
public static class IngestCommands
{
    public static Command CreateIngest(CommonOptions common, ConsoleOutput output)
    {
        var inputs = InputsArgument();
        var json = JsonOption("Print the entente.analysis/1 JSON of every document instead of one line each.");
        var timeout = TimeoutOption();
        var maxBytes = MaxBytesOption();
        var date = DateOption();
        var jobs = new Option<int>("--jobs")
        {
            Description = "Documents analysed at once (one writer stores them); the default is the number of cores.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs takes a number of 1 or more.");
            }
        });
        var ingest = new Command("ingest", "Read documents (files, folders, URLs), keep their original bytes and store what was read from them.");
        ingest.Arguments.Add(inputs);
        ingest.Options.Add(json);
        ingest.Options.Add(date);
        ingest.Options.Add(timeout);
        ingest.Options.Add(maxBytes);
        ingest.Options.Add(jobs);
        ingest.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            await using var db = EntenteDatabase.CreateContext(target);
            var asJson = parseResult.GetValue(json);
            var store = new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System) { Jobs = parseResult.GetRequiredValue(jobs), KeepsAnalyses = asJson };
            using var client = UrlFetcher.CreateClient(TimeSpan.FromSeconds(parseResult.GetRequiredValue(timeout)));
            var fetcher = new UrlFetcher(client, parseResult.GetRequiredValue(maxBytes));
            var sources = InputSources.Expand(parseResult.GetRequiredValue(inputs));
            var hints = HintsFrom(parseResult, date);
            var items = sources.Select(source => new BatchItem(source.Source, async token =>
            {
                var (input, failure) = await OpenAsync(source, hints, fetcher, token);
                return new OpenedDocument(input, failure);
            })).ToList();

            IReadOnlyList<IngestOutcome> outcomes = [];
            await BatchProgress.RunAsync(output, "Ingesting", items.Count, show: !asJson, async advance =>
            {
                try
                {
                    outcomes = await store.StoreAsync(items, outcome =>
                    {
                        if (!asJson)
                        {
                            output.Line(Describe(outcome));
                        }

                        advance();
                    }, ct);
                }
                catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
                {
                    throw described;
                }
            });

            if (asJson)
            {
                WriteJson(output, outcomes.Select(o => o.Analysis ?? Unread(o)));
            }
            else
            {
                output.Line(Summary(outcomes));
            }

            return outcomes.Any(o => o.Result is IngestResult.Failed or IngestResult.NotFetched) ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return ingest;
    }

    public static Command CreateExtract(CommonOptions common, ConsoleOutput output)
    {
        var inputs = InputsArgument();
        var json = JsonOption("Print the entente.analysis/1 JSON (the default prints one line a document).");
        var timeout = TimeoutOption();
        var maxBytes = MaxBytesOption();
        var date = DateOption();
        var extract = new Command("extract", "Read documents and print what Entente finds in them, storing nothing.");
        extract.Arguments.Add(inputs);
        extract.Options.Add(json);
        extract.Options.Add(date);
        extract.Options.Add(timeout);
        extract.Options.Add(maxBytes);
        extract.SetAction(async (parseResult, ct) =>
        {
            using var client = UrlFetcher.CreateClient(TimeSpan.FromSeconds(parseResult.GetRequiredValue(timeout)));
            var fetcher = new UrlFetcher(client, parseResult.GetRequiredValue(maxBytes));
            var analyses = new List<DocumentAnalysis>();
            var hints = HintsFrom(parseResult, date);
            var failed = false;
            // With --db the documents are linked to the clauses of the stored legal base; no document is written,
            // and a SQLite file that does not exist is not created (there is no legal base to link to).
            IReadOnlyList<LinkCandidate> candidates = [];
            if (!string.IsNullOrWhiteSpace(parseResult.GetValue(common.Database))
                && common.ResolveDatabase(parseResult) is var target
                && (target.Provider != DatabaseProvider.Sqlite || File.Exists(target.SqlitePath)))
            {
                await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
                await using var db = EntenteDatabase.CreateContext(target);
                candidates = await ClauseLinking.CandidatesAsync(db, ct);
            }

            foreach (var source in InputSources.Expand(parseResult.GetRequiredValue(inputs)))
            {
                var (input, failure) = await OpenAsync(source, hints, fetcher, ct);
                var analysis = input is null
                    ? new DocumentAnalysis { Source = source.Source, Sha256 = string.Empty, Error = new IngestionError(failure!.Code, failure.Message) }
                    : ClauseLinking.Linked(DocumentPipeline.Default.Analyse(input.Bytes, input.Source, input.MediaTypeHint, input.Hints), candidates).Analysis;
                failed |= analysis.Error is not null;
                analyses.Add(analysis);
                if (!parseResult.GetValue(json))
                {
                    output.Line(analysis.Error is { } error
                        ? $"failed     {error.Code}: {error.Message}  {analysis.Source}"
                        : $"{analysis.Kind,-16} {analysis.Language,-3} {analysis.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date   "}  " +
                          $"{analysis.Structure.Clauses.Count} clauses, {analysis.Figures.Count} figures, {analysis.Dates.Count} dates, {analysis.References.Count} references, " +
                          $"{analysis.ClauseLinks.Count} clause links  {analysis.Source}");
                }
            }

            if (parseResult.GetValue(json))
            {
                WriteJson(output, analyses);
            }

            return failed ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return extract;
    }

    private static async Task<(DocumentInput? Input, InputFailure? Failure)> OpenAsync(InputSource source, DocumentHints hints, UrlFetcher fetcher, CancellationToken ct)
    {
        var (input, failure) = await OpenAsync(source, fetcher, ct);
        return (input is null ? null : input with { Hints = hints }, failure);
    }

    private static async Task<(DocumentInput? Input, InputFailure? Failure)> OpenAsync(InputSource source, UrlFetcher fetcher, CancellationToken ct)
    {
        switch (source.Kind)
        {
            case InputSourceKind.Url:
                return await fetcher.FetchAsync(source.Source, ct);
            case InputSourceKind.Missing:
                return (null, new InputFailure(source.Source, "not-found", "no such file, folder or URL"));
            default:
                try
                {
                    return (new DocumentInput(Path.GetFullPath(source.Source), await File.ReadAllBytesAsync(source.Source, ct), null), null);
                }
                catch (IOException e)
                {
                    return (null, new InputFailure(source.Source, "unreadable", e.Message));
                }
                catch (UnauthorizedAccessException e)
                {
                    return (null, new InputFailure(source.Source, "unreadable", e.Message));
                }
        }
    }

    private static string Describe(IngestOutcome outcome)
    {
        var id = outcome.DocumentId is { } number ? "#" + number.ToString(CultureInfo.InvariantCulture) : "-";
        return outcome.Result switch
        {
            IngestResult.Added when outcome.Agreement is { } match =>
                $"added      {id,-6} {outcome.Kind,-16} new agreement '{match.ShortTitle}'  {outcome.Source}",
            IngestResult.Added => $"added      {id,-6} {outcome.Kind,-16} {Shorten(outcome.Title)}  {outcome.Source}",
            IngestResult.Attached => $"attached   {id,-6} {outcome.Kind,-16} text of '{outcome.Agreement!.ShortTitle}'  {outcome.Source}",
            IngestResult.Unchanged => $"unchanged  {id,-6} {outcome.Kind ?? "failed",-16} already stored  {outcome.Source}",
            IngestResult.Failed => $"failed     {id,-6} {outcome.Error}  {outcome.Source}",
            _ => $"failed     -      {outcome.Error}  {outcome.Source}",
        };
    }

    private static string Summary(IReadOnlyList<IngestOutcome> outcomes)
    {
        int Count(IngestResult result) => outcomes.Count(o => o.Result == result);
        return $"{outcomes.Count} document(s): {Count(IngestResult.Added)} added, {Count(IngestResult.Attached)} attached to agreements, " +
               $"{Count(IngestResult.Unchanged)} unchanged, {Count(IngestResult.Failed) + Count(IngestResult.NotFetched)} failed.";
    }

    private static DocumentAnalysis Unread(IngestOutcome outcome) =>
        new() { Source = outcome.Source, Sha256 = string.Empty, Error = new IngestionError("not-fetched", outcome.Error ?? "could not be opened") };

    private static void WriteJson(ConsoleOutput output, IEnumerable<DocumentAnalysis> analyses) =>
        output.OutWriter.WriteLine(JsonSerializer.Serialize(new AnalysisReport([.. analyses]), AnalysisReport.JsonOptions));

    private static string Shorten(string? title) => title is null ? "(no title)" : title.Length > 60 ? "'" + title[..59] + "…'" : "'" + title + "'";

    private static Argument<string[]> InputsArgument() => new("inputs")
    {
        Description = "Files, folders (read recursively) and http(s) URLs.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<bool> JsonOption(string description) => new("--json") { Description = description };

    private static DocumentHints HintsFrom(ParseResult parseResult, Option<DateOnly?> date) =>
        parseResult.GetValue(date) is { } given ? new DocumentHints { Date = given } : DocumentHints.None;

    private static Option<DateOnly?> DateOption() => new("--date")
    {
        Description = "The documents' date (yyyy-mm-dd), when their text does not state it: dates without a year take theirs from it.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (IsoDate.TryParse(text, out var parsed))
            {
                return parsed;
            }

            result.AddError($"--date takes a date as yyyy-mm-dd, not '{text}'.");
            return null;
        },
    };

    private static Option<int> TimeoutOption() => new("--timeout")
    {
        Description = "Seconds to wait for a URL.",
        DefaultValueFactory = _ => 30,
    };

    private static Option<long> MaxBytesOption() => new("--max-bytes")
    {
        Description = "Largest document to fetch from a URL, in bytes.",
        DefaultValueFactory = _ => UrlFetcher.DefaultMaxBytes,
    };
}
