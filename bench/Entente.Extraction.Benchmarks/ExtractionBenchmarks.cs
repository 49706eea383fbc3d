using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Entente.Text.Extraction;

namespace Entente.Extraction.Benchmarks;

/// <summary>Extraction throughput over real treaty texts (ToTA), in MB/s of UTF-8 text and bytes allocated per MB.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private IReadOnlyList<string> _clauses = [];

    /// <summary>How many ToTA treaties one operation reads.</summary>
    public const int Treaties = 40;

    public static long InputBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Tota(Treaties);
        _clauses = _texts.SelectMany(t => t.Split('\n')).Where(l => l.Length > 40).ToList();
        InputBytes = _texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "entente-extraction-bench-bytes.txt"),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{InputBytes} {_clauses.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c))}"));
    }

    [Benchmark(Description = "TextExtractor.Extract (ToTA)")]
    public int Extract()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            var r = TextExtractor.Extract(text, new ExtractionContext("en", "agreement", new DateOnly(2000, 1, 1)));
            n += r.Dates.Count + r.Figures.Count + r.References.Count + r.Entities.Count + r.Claims.Count;
        }

        return n;
    }

    [Benchmark(Description = "ClauseClassifier.Classify (ToTA paragraphs)")]
    public int Classify()
    {
        var n = 0;
        foreach (var clause in _clauses)
        {
            n += ClauseClassifier.Classify(clause, "en").Spheres.Count;
        }

        return n;
    }
}

/// <summary>Adds MB/s and allocation per MB of input to the summary table.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(perMegabyteAllocation: false), new ThroughputColumn(perMegabyteAllocation: true));

        // The machine is shared: building the generated project can take longer than BenchmarkDotNet's two minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}

/// <summary>A summary column computed from the mean time (or allocation) and the input size the benchmark recorded.</summary>
public sealed class ThroughputColumn(bool perMegabyteAllocation) : IColumn
{
    public string Id => perMegabyteAllocation ? "AllocPerMB" : "MBps";

    public string ColumnName => perMegabyteAllocation ? "Alloc/MB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perMegabyteAllocation ? "Managed bytes allocated per MB of input text" : "Megabytes (2^20 bytes) of input text, counted in UTF-8, per second on one core";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "-";
        }

        var sizes = File.ReadAllText(Path.Combine(Path.GetTempPath(), "entente-extraction-bench-bytes.txt")).Split(' ');
        var bytes = double.Parse(benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ExtractionBenchmarks.Classify) ? sizes[1] : sizes[0], System.Globalization.CultureInfo.InvariantCulture);
        var megabytes = bytes / (1024 * 1024);
        if (perMegabyteAllocation)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{allocated / megabytes / (1024 * 1024):0.0} MB");
        }

        var seconds = report.ResultStatistics.Mean / 1e9;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{megabytes / seconds:0.00}");
    }
}
