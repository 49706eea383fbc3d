using System.Diagnostics;
using System.Globalization;
using Entente.Access;
using Entente.Documents;
using Entente.Search;
using Entente.Search.Benchmarks;
using Entente.Storage;
using Entente.Text;
using Entente.Users;
using Entente.Web;

// Search at scale, one command: bench/search/run.sh [--documents N] [--repeat R] [--db TARGET].
// Builds a database of N documents from ../shared through Entente's own save path, then times queries
// through Entente's query layer and through the bare engine, and prints a Markdown report.
var documents = Option("--documents", 100_000);
var repeat = Option("--repeat", 20);
var shared = SharedMaterial.Locate();
if (shared is null || SyntheticDocuments.Load(shared) is not { } sources)
{
    Console.WriteLine("Search benchmark skipped: the shared corpus and ToTA texts (../shared beside the repository, or $ENTENTE_SHARED) are absent.");
    return 0;
}

var ct = CancellationToken.None;
var target = DatabaseTarget.Parse(OptionText("--db") ?? "sqlite:" + Path.Combine(Path.GetTempPath(), "entente-search-bench", Guid.NewGuid().ToString("N")[..8], "bench.db"));
await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, ct);
Console.WriteLine($"# Search benchmark — {documents:N0} documents from {sources.SourceCount} sources, {target.Provider}");
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
Console.WriteLine();

// With --queries-only the database named by --db was built by an earlier run: only the queries are timed again
// (so a build under load can be followed by query timings on an idle machine).
if (!args.Contains("--queries-only"))
{
    await BuildAndIndexAsync();
}

// 3. Queries: through Entente (a Party user, so the access filter applies) and through the bare engine.
string[] queries =
[
    "trade", "investment", "dispute settlement", "customs procedures", "intellectual property rights",
    "sanitary phytosanitary measures", "allied interaction", "most favoured nation", "рынок", "zzqx",
];
// The server's in-memory copy of the index (SearchReplica), read once before the timings: its time and size reported.
using var replica = new SearchReplica();
var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
var loading = Stopwatch.StartNew();
await using (var db = EntenteDatabase.CreateContext(target))
{
    await replica.RefreshAsync(db, ct);
}

loading.Stop();
// The database drivers keep buffers with their pooled connections (Npgsql's grow to the largest row read); they are
// let go first, so the figure is the index's own.
Npgsql.NpgsqlConnection.ClearAllPools();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine("| server's in-memory index | entries | seconds to read | index size MB (its arrays, terms, lists) | managed heap growth MB |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
Console.WriteLine($"| `SearchReplica` (read once at start-up, then caught up by difference) | {replica.Count:N0} | {loading.Elapsed.TotalSeconds:0.0} | {replica.EstimatedBytes / 1e6:N0} | {(heapAfter - heapBefore) / 1e6:N0} |");
Console.WriteLine();

var viewer = Viewer.For(new EntenteUser { Id = "bench", UserName = "bench", PartyCode = "RU", Role = UserRole.Viewer, DisplayName = "bench", CreatedAt = DateTimeOffset.UtcNow });
var allServer = new List<double>();
var allEntente = new List<double>();
var allBare = new List<double>();
Console.WriteLine("Entente, server: the web's search (`/api/search`, the page) without HTTP, ranking from the in-memory index. " +
    "Entente, command line: the same search ranked by the database's engine (`entente search`). Bare engine: the engine's own " +
    "top-20 statement alone. Each query is run once untimed, then timed " + repeat + " times; all times include access checks, " +
    "filters and snippets but the bare engine's.");
Console.WriteLine();
Console.WriteLine("| query | results | server p50 ms | server p95 ms | command line p50 ms | command line p95 ms | bare engine p50 ms | bare engine p95 ms | server ÷ bare (p50) | command line ÷ bare (p50) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
await using (var bare = new BareEngine(target))
{
    foreach (var query in queries)
    {
        var terms = new SearchAnalyzer().Tokens(query).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        var server = new List<double>();
        var entente = new List<double>();
        var engine = new List<double>();
        var found = 0;
        for (var run = 0; run <= repeat; run++)
        {
            var serverMs = await TimeSearchAsync(query, replica);
            var ententeMs = await TimeSearchAsync(query, null);
            var clock = Stopwatch.StartNew();
            await bare.TopAsync(terms, SearchCriteria.DefaultLimit, ct);
            var bareMs = clock.Elapsed.TotalMilliseconds;
            if (run > 0)
            {
                // The first run of each query warms caches and is not counted.
                server.Add(serverMs);
                entente.Add(ententeMs);
                engine.Add(bareMs);
            }
        }

        allServer.AddRange(server);
        allEntente.AddRange(entente);
        allBare.AddRange(engine);
        Console.WriteLine($"| {query} | {found} | {P(server, 50):0.0} | {P(server, 95):0.0} | {P(entente, 50):0.0} | {P(entente, 95):0.0} | {P(engine, 50):0.0} | {P(engine, 95):0.0} | {P(server, 50) / P(engine, 50):0.00} | {P(entente, 50) / P(engine, 50):0.0} |");

        async Task<double> TimeSearchAsync(string asked, SearchReplica? ranking)
        {
            var clock = Stopwatch.StartNew();
            await using var db = EntenteDatabase.CreateContext(target, viewer, TimeProvider.System);
            var criteria = await SearchCriteria.ParseAsync(db, new SearchRequest(asked), new FieldErrors(), ct)
                ?? throw new InvalidOperationException($"'{asked}' was refused.");
            found = (await SearchService.SearchAsync(db, criteria, ct, ranking)).Results.Count;
            return clock.Elapsed.TotalMilliseconds;
        }
    }
}

Console.WriteLine($"| **all {allEntente.Count} queries** | | {P(allServer, 50):0.0} | **{P(allServer, 95):0.0}** | {P(allEntente, 50):0.0} | **{P(allEntente, 95):0.0}** | {P(allBare, 50):0.0} | {P(allBare, 95):0.0} | {P(allServer, 50) / P(allBare, 50):0.00} | {P(allEntente, 50) / P(allBare, 50):0.0} |");
Console.WriteLine();
Console.WriteLine($"Database: {target.Description}");
return 0;

// 1 and 2: the documents written through Entente's save path, then the index rebuilt, each timed.
async Task BuildAndIndexAsync()
{
    // 1. Writing documents through EntenteDb.SaveChangesAsync: audit trail and search index in one transaction each batch.
    const int batch = 100;
    var written = Stopwatch.StartNew();
    for (var start = 0; start < documents; start += batch)
    {
        await using var db = EntenteDatabase.CreateContext(target);
        for (var i = start; i < Math.Min(documents, start + batch); i++)
        {
            var (title, text) = sources.Get(i);
            db.SourceDocuments.Add(new SourceDocument
            {
                Sha256 = i.ToString("x64", CultureInfo.InvariantCulture),
                MediaType = "text/plain",
                Source = title + ".txt",
                Title = title,
                Text = text,
                Length = text.Length,
                Status = IngestionStatus.Analysed,
                ReceivedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    written.Stop();

    // 2. Rebuilding the whole index (entente search --reindex).
    var rebuilt = Stopwatch.StartNew();
    int entries;
    await using (var db = EntenteDatabase.CreateContext(target))
    {
        entries = await SearchIndex.RebuildAsync(db, ct);
    }

    rebuilt.Stop();
    Console.WriteLine("| indexing | documents | seconds | documents/s |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    Console.WriteLine($"| saved through EntenteDb (record + audit + index, batches of {batch}) | {documents:N0} | {written.Elapsed.TotalSeconds:0.0} | {documents / written.Elapsed.TotalSeconds:N0} |");
    Console.WriteLine($"| `entente search --reindex` ({entries:N0} entries) | {entries:N0} | {rebuilt.Elapsed.TotalSeconds:0.0} | {entries / rebuilt.Elapsed.TotalSeconds:N0} |");
    Console.WriteLine();
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

int Option(string name, int fallback) =>
    OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
