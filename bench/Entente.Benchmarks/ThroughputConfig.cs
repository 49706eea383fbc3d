using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Entente.Benchmarks;

/// <summary>Adds a MB/s column: megabytes of parsed text (UTF-8) per second of mean time.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());

    private sealed class ThroughputColumn : IColumn
    {
        private static readonly Dictionary<string, double> s_megabytes = [];

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 bytes of UTF-8 text) parsed per second, from the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var set = benchmarkCase.Parameters["Set"] as string;
            if (report?.ResultStatistics is null || set is null)
            {
                return "-";
            }

            if (!s_megabytes.TryGetValue(set, out var megabytes))
            {
                megabytes = BenchmarkInputs.Megabytes(set);
                s_megabytes[set] = megabytes;
            }

            var seconds = report.ResultStatistics.Mean / 1e9;
            return (megabytes / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
