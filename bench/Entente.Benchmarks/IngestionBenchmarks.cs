using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Entente.Documents;
using Entente.Storage;
using Entente.Text.Pipeline;

namespace Entente.Benchmarks;

/// <summary>
/// End to end: the 300 ToTA treaties read, analysed and stored into a fresh SQLite database, one
/// transaction per document, exactly as <c>entente ingest</c> does. Each iteration starts from an empty file.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private IReadOnlyList<(string Name, byte[] Bytes)> _documents = [];
    private string _folder = string.Empty;
    private DatabaseTarget? _target;

    [GlobalSetup]
    public void LoadDocuments()
    {
        var bytes = BenchmarkInputs.Bytes(BenchmarkInputs.Tota);
        _documents = [.. bytes.Select((b, i) => ($"tota-{i:D3}.xml", b))];
    }

    [IterationSetup]
    public void CreateEmptyDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("entente-bench-").FullName;
        _target = DatabaseTarget.Parse("sqlite:" + Path.Combine(_folder, "entente.db"));
        DatabaseBootstrapper.PrepareAsync(_target, loadSampleIfEmpty: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "ingest 300 ToTA files into SQLite")]
    public async Task<int> IngestToTA()
    {
        await using var db = EntenteDatabase.CreateContext(_target!);
        var store = new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System);
        var outcomes = await store.StoreAsync([.. _documents.Select(d => BatchItem.Of(new DocumentInput(d.Item1, d.Item2, null)))], null, CancellationToken.None);
        return outcomes.Count(o => o.Result is IngestResult.Added or IngestResult.Attached);
    }
}
