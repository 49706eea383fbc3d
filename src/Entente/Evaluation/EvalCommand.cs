using Entente.Text;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli;
using Entente.Text.Evaluation;
using Entente.Text.Linking;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Spectre.Console;

namespace Entente.Evaluation;

/// <summary>
/// <c>entente eval GOLD…</c>: runs the whole pipeline on the original documents that gold files annotate
/// and prints precision, recall and F1 per field, and accuracy per attribute.
/// </summary>
public static class EvalCommand
{
    public static Command Create(ConsoleOutput output)
    {
        var gold = new Argument<string[]>("gold")
        {
            Description = "Gold files (*.gold.json) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var texts = new Option<DirectoryInfo?>("--texts")
        {
            Description = "Folder of the annotated documents (<document>.txt). Default: $ENTENTE_SHARED/corpus, or ../shared/corpus beside the repository.",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var withoutDate = new Option<bool>("--without-document-date")
        {
            Description = "Do not hand the pipeline the document's date the gold records (as `ingest --date` would); measure what the text alone gives.",
        };
        var eval = new Command("eval", "Measure the analysis against gold annotations: precision, recall and F1 per field.");
        eval.Arguments.Add(gold);
        eval.Options.Add(texts);
        eval.Options.Add(json);
        eval.Options.Add(withoutDate);
        eval.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(texts)?.FullName ?? DefaultTexts()
                ?? throw new EntenteException("No folder of annotated documents: pass --texts or set ENTENTE_SHARED.", ExitCodes.Usage);
            var analysed = new List<(GoldDocument Gold, AnalysedDocument Document)>();
            foreach (var file in GoldFiles(parseResult.GetRequiredValue(gold)))
            {
                var document = GoldDocument.Parse(File.ReadAllText(file));
                var path = Path.Combine(folder, document.Document + ".txt");
                if (!File.Exists(path))
                {
                    throw new EntenteException($"{file} annotates {document.Document}, which is not in {folder}.");
                }

                // A reader knows when a news item or transcript appeared even when its text does not say; the gold
                // records that date and hands it over the way `ingest --date` does. The date itself is not scored.
                var hints = document.DocumentDate is { } date && !parseResult.GetValue(withoutDate)
                    ? new DocumentHints { Date = date }
                    : null;
                analysed.Add((document, DocumentPipeline.Default.Analyse(File.ReadAllBytes(path), path, given: hints)));
            }

            // Clause links are sought in the agreements the evaluated documents themselves hold (the legal base of the set).
            var candidates = AnalysedAgreements.Candidates(analysed.Select(a => a.Document.Analysis));
            var pairs = analysed.Select(a => (a.Gold, a.Document.Analysis with
            {
                ClauseLinks = ClauseLinker.Link(a.Document.Original, a.Document.Analysis, [.. candidates.Where(c => c.Title != a.Document.Analysis.Title)]),
            })).ToList();

            var report = ExtractionEvaluator.Evaluate(pairs);
            if (parseResult.GetValue(json))
            {
                output.OutWriter.WriteLine(JsonSerializer.Serialize(new
                {
                    documents = pairs.Count,
                    fields = report.Fields.Select(f => new { field = f.Field, precision = f.Precision, recall = f.Recall, f1 = f.F1, f.TruePositives, f.FalsePositives, f.FalseNegatives }),
                    attributes = report.Attributes.Select(a => new { field = a.Field, accuracy = a.Accuracy, a.Correct, a.Total }),
                }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("field", "precision", "recall", "F1", "found", "wrong", "missed");
            foreach (var field in report.Fields)
            {
                table.AddRow(field.Field, Score(field.Precision), Score(field.Recall), Score(field.F1),
                    Count(field.TruePositives), Count(field.FalsePositives), Count(field.FalseNegatives));
            }

            var attributes = new Table().AddColumns("attribute", "accuracy", "correct", "of");
            foreach (var attribute in report.Attributes)
            {
                attributes.AddRow(attribute.Field, Score(attribute.Accuracy), Count(attribute.Correct), Count(attribute.Total));
            }

            output.Line($"{pairs.Count} document(s) from {folder}, whole pipeline from the original bytes" +
                (parseResult.GetValue(withoutDate) ? ", without the documents' dates:" : ", given each document's date:"));
            output.Out.Write(table);
            output.Out.Write(attributes);
            return ExitCodes.Success;
        });
        return eval;
    }

    private static IEnumerable<string> GoldFiles(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                foreach (var file in Directory.GetFiles(argument, "*.gold.json").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(argument))
            {
                yield return argument;
            }
            else
            {
                throw new EntenteException($"No gold file or folder at {argument}.", ExitCodes.Usage);
            }
        }
    }

    private static string? DefaultTexts() => SharedMaterial.Locate("corpus");

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
