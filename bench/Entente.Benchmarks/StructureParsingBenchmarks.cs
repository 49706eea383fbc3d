using BenchmarkDotNet.Attributes;
using Entente.Text.Pipeline;
using Entente.Text.Structure;

namespace Entente.Benchmarks;

/// <summary>Structure parsing (preamble, clauses, sections, closing, speaker turns) over whole document sets.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class StructureParsingBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private IReadOnlyList<byte[]> _bytes = [];

    [Params(BenchmarkInputs.Corpus, BenchmarkInputs.Tota)]
    public string Set { get; set; } = BenchmarkInputs.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.NormalisedTexts(Set);
        _bytes = BenchmarkInputs.Bytes(Set);
    }

    /// <summary>The structure stage alone, on normalised text.</summary>
    [Benchmark(Baseline = true)]
    public int ParseStructure()
    {
        var clauses = 0;
        foreach (var text in _texts)
        {
            clauses += StructureParser.Parse(text, text.Length).Structure.Clauses.Count;
        }

        return clauses;
    }

    /// <summary>The whole pipeline from bytes: read, normalise, structure, metadata, kind.</summary>
    [Benchmark]
    public int AnalyseFromBytes()
    {
        var clauses = 0;
        foreach (var bytes in _bytes)
        {
            clauses += DocumentPipeline.Default.Analyse(bytes, "bench").Analysis.Structure.Clauses.Count;
        }

        return clauses;
    }
}
