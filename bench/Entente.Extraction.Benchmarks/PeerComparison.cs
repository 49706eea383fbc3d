using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Text;
using Entente.Text.Analysis;
using Entente.Text.Evaluation;
using Entente.Text.Extraction;

namespace Entente.Extraction.Benchmarks;

/// <summary>
/// Scores Entente and the peers' predictions (written by bench/peers/peers.mjs) against the same gold files with the
/// same evaluator, and prints one Markdown table of F1 per field and throughput.
/// </summary>
public static class PeerComparison
{
    private sealed record PeerDocument(IReadOnlyList<DateMention> Dates, IReadOnlyList<Figure> Figures);

    private sealed record PeerRun(string Peer, IReadOnlyList<string> Fields, long Bytes, double Seconds, Dictionary<string, PeerDocument> Documents);

    // Usage: compare <gold-dir> <corpus-dir> <peers.json> [iterations] [row-label]
    // With a row label, only Entente's row is printed under that label (run.sh uses it for a second JIT setting).
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: compare <gold-dir> <corpus-dir> <peers.json> [iterations]");
            return 2;
        }

        var (goldDir, corpusDir, peersFile) = (args[0], args[1], args[2]);
        var iterations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
        var golds = Directory.GetFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal).Select(f => GoldDocument.Parse(File.ReadAllText(f))).ToList();
        var texts = golds.ToDictionary(g => g.Document, g => File.ReadAllText(Path.Combine(corpusDir, g.Document + ".txt")));
        var bytes = texts.Values.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

        var entente = golds.Select(g => (g, Predict(g, texts[g.Document]))).ToList();

        // Warm up as the peers do (three seconds of passes), so both sides are timed with their JIT settled; then CPU time,
        // not wall time: the machine is shared, and throughput per core is what is compared.
        var process = Process.GetCurrentProcess();
        double MegabytesPerCpuSecond(Func<string, ExtractionContext, ExtractionResult> extract)
        {
            void Pass()
            {
                foreach (var g in golds)
                {
                    extract(texts[g.Document], new ExtractionContext(g.Language, "other", g.DocumentDate));
                }
            }

            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
            {
                Pass();
            }

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (var i = 0; i < iterations; i++)
            {
                Pass();
            }

            process.Refresh();
            return bytes * iterations / (process.TotalProcessorTime - cpuBefore).TotalSeconds / (1024 * 1024);
        }

        var ententeSpeed = MegabytesPerCpuSecond(TextExtractor.Extract);
        var label = args.Length > 4 ? args[4] : null;
        var rows = new List<(string Name, EvaluationReport Report, IReadOnlyList<string> Fields, double MBps)>
        {
            (label ?? "Entente", ExtractionEvaluator.Evaluate(entente), [ExtractionEvaluator.Dates, ExtractionEvaluator.Figures, ExtractionEvaluator.References,
                ExtractionEvaluator.Entities, ExtractionEvaluator.Claims, ExtractionEvaluator.Spheres], ententeSpeed),
        };

        // Like with like: Entente asked only for what a peer gives — dates (chrono-node, compromise-dates), and dates with
        // figures (compromise) — scored from that run's own output and timed the same way.
        rows.Add(TimePartial($"{label ?? "Entente"}, dates only", TextExtractor.ExtractDates, [ExtractionEvaluator.Dates]));
        rows.Add(TimePartial($"{label ?? "Entente"}, dates and figures only", TextExtractor.ExtractDatesAndFigures, [ExtractionEvaluator.Dates, ExtractionEvaluator.Figures]));

        (string, EvaluationReport, IReadOnlyList<string>, double) TimePartial(string name, Func<string, ExtractionContext, ExtractionResult> extract, IReadOnlyList<string> covered)
        {
            var predicted = golds.Select(g =>
            {
                var result = extract(texts[g.Document], new ExtractionContext(g.Language, "other", g.DocumentDate));
                return (g, new DocumentAnalysis { Source = g.Document, Sha256 = "", Dates = result.Dates, Figures = result.Figures });
            }).ToList();
            return (name, ExtractionEvaluator.Evaluate(predicted), covered, MegabytesPerCpuSecond(extract));
        }

        var peers = label is null ? JsonSerializer.Deserialize<List<PeerRun>>(File.ReadAllText(peersFile), AnalysisReport.JsonOptions) ?? [] : [];
        foreach (var peer in peers)
        {
            var pairs = golds.Select(g =>
            {
                var d = peer.Documents.GetValueOrDefault(g.Document) ?? new PeerDocument([], []);
                return (g, new DocumentAnalysis { Source = g.Document, Sha256 = "", Dates = d.Dates, Figures = d.Figures });
            }).ToList();
            rows.Add((peer.Peer, ExtractionEvaluator.Evaluate(pairs), peer.Fields, peer.Bytes / peer.Seconds / (1024 * 1024)));
        }

        string[] fields = [ExtractionEvaluator.Dates, ExtractionEvaluator.Figures, ExtractionEvaluator.References, ExtractionEvaluator.Entities,
            ExtractionEvaluator.Claims, ExtractionEvaluator.Spheres];
        var table = new StringBuilder();
        if (label is null)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| system | {string.Join(" | ", fields.Select(f => f + " P / R / F1"))} | modality acc. | MB/s |");
            table.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(fields.Select(_ => " ---: |"))} ---: | ---: |");
        }

        foreach (var (name, report, covered, speed) in rows)
        {
            var cells = fields.Select(f => covered.Contains(f) && report.Fields.FirstOrDefault(x => x.Field == f) is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.00} / {s.Recall:0.00} / **{s.F1:0.00}**")
                : "—");
            var modality = covered.Contains(ExtractionEvaluator.Spheres) ? report.Attribute(ExtractionEvaluator.Modality).Accuracy.ToString("0.00", CultureInfo.InvariantCulture) : "—";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", cells)} | {modality} | {speed:0.00} |");
        }

        Console.Write(table.ToString());
        return 0;
    }

    private static DocumentAnalysis Predict(GoldDocument gold, string text)
    {
        var result = TextExtractor.Extract(text, new ExtractionContext(gold.Language, "other", gold.DocumentDate));
        var clauses = gold.Clauses.Count == 0 ? [] : NumberedLines(text).Select(c =>
        {
            var k = ClauseClassifier.Classify(c.Text, gold.Language);
            return new Clause { Number = c.Number, Text = c.Text, Span = c.Span, Spheres = k.Spheres, Modality = k.Modality };
        }).ToList();
        return new DocumentAnalysis
        {
            Source = gold.Document,
            Sha256 = "",
            Dates = result.Dates,
            Figures = result.Figures,
            References = result.References,
            Entities = result.Entities,
            Claims = result.Claims,
            Structure = new DocumentStructure { Clauses = clauses },
        };
    }

    // The same stand-in for the structure parser as the tests use: a clause is a line that starts with "N. ".
    private static IEnumerable<(string Number, string Text, TextSpan Span)> NumberedLines(string text)
    {
        var position = 0;
        foreach (var line in text.Split('\n'))
        {
            var digits = 0;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits is > 0 and <= 3 && line.Length > digits + 1 && line[digits] == '.' && line[digits + 1] == ' ')
            {
                yield return (line[..digits], line[(digits + 2)..], TextSpan.FromLength(position, line.Length));
            }

            position += line.Length + 1;
        }
    }
}
