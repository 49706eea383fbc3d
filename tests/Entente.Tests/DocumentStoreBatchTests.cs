using System.Text;
using Entente.Documents;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;

namespace Entente.Tests;

/// <summary>
/// A long batch does not hold every document's analysis to its end: the callback hears each outcome with its
/// analysis, and the outcomes returned keep it only when asked (<c>entente ingest --json</c> asks).
/// </summary>
public class DocumentStoreBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OutcomesKeepTheAnalysisOnlyWhenAsked(bool keep)
    {
        var target = TestDatabase.NewSqlite();
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        await using var db = EntenteDatabase.CreateContext(target);
        var items = Enumerable.Range(1, 3).Select(n => BatchItem.Of(new DocumentInput($"note-{n}.txt", Encoding.UTF8.GetBytes(
            $"Northport, {n} March 2024. Trade between the two ports grew by {n * 5} percent in 2023, the harbour office said."), "text/plain"))).ToList();
        var heard = new List<IngestOutcome>();

        var outcomes = await new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System) { KeepsAnalyses = keep }.StoreAsync(items, heard.Add, Ct);

        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(IngestResult.Added, o.Result));
        Assert.All(heard, o => Assert.NotNull(o.Analysis));
        Assert.All(outcomes, o => Assert.Equal(keep, o.Analysis is not null));
        Assert.Equal(heard.Select(o => o.DocumentId), outcomes.Select(o => o.DocumentId));
    }
}
