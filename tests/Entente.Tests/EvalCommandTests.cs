using System.Text.Json;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;

namespace Entente.Tests;

/// <summary>
/// <c>entente eval</c> end to end: the whole pipeline from the corpus documents' original bytes, clause links
/// included, scored against the gold. These floors hold the line for what a user of the command sees.
/// </summary>
public class EvalCommandTests
{
    private static readonly (string Field, double Floor)[] s_f1Floors =
    [
        ("dates", 0.93),
        ("figures", 0.95),
        ("references", 0.95),
        ("entities", 0.95),
        ("claims", 0.9),
        ("spheres", 0.85),
        ("clauseLinks", 0.85),
    ];

    [Fact]
    public async Task TheWholePipelineStaysAboveTheFloorsOnTheCorpus()
    {
        var scores = await EvaluateAsync();

        foreach (var (field, floor) in s_f1Floors)
        {
            Assert.True(scores.F1[field] >= floor, $"{field}: F1 {scores.F1[field]:0.000} end to end fell below the floor {floor}");
        }

        Assert.True(scores.Accuracy["modality"] >= 0.9, $"modality accuracy {scores.Accuracy["modality"]:0.000} fell below 0.9");
    }

    [Fact]
    public async Task TheDocumentDateAnchorsDatesAndClaimsTheTextLeavesWithoutAYear()
    {
        var given = await EvaluateAsync();
        var textAlone = await EvaluateAsync("--without-document-date");

        // Transcripts say "last year" and "this year"; without the day they were spoken those periods are unknown.
        Assert.True(given.F1["claims"] > textAlone.F1["claims"], $"claims: {given.F1["claims"]:0.00} with the date, {textAlone.F1["claims"]:0.00} without");
        Assert.True(given.F1["dates"] > textAlone.F1["dates"], $"dates: {given.F1["dates"]:0.00} with the date, {textAlone.F1["dates"]:0.00} without");
    }

    private static async Task<Scores> EvaluateAsync(params string[] extra)
    {
        var corpus = SharedFolder.Corpus;
        var run = await CliRun.RunAsync(["eval", GoldFolder(), "--texts", corpus, "--json", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return new Scores(
            json.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f.GetProperty("f1").GetDouble()),
            json.RootElement.GetProperty("attributes").EnumerateArray().ToDictionary(a => a.GetProperty("field").GetString()!, a => a.GetProperty("accuracy").GetDouble()));
    }

    private static string GoldFolder() => Path.Combine(RepositoryFolder.Root, "tests", "Entente.Text.Tests", "Gold");

    private sealed record Scores(Dictionary<string, double> F1, Dictionary<string, double> Accuracy);
}
