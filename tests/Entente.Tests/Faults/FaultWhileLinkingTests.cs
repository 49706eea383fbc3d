using Entente.Intelligence;
using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Tests.Faults;

/// <summary>
/// A fault while linking one document fails that document with its reason (code analysis-failed, its bytes kept by the
/// store), never the batch: ingest and extract both link through <see cref="ClauseLinking.Linked"/>.
/// </summary>
public class FaultWhileLinkingTests
{
    private static readonly AnalysedDocument s_report =
        DocumentPipeline.Default.AnalyseText("Baku, 6 April 2020. The two foreign ministers met and discussed trade.", "report.txt");

    [Fact]
    public void AFaultWhileLinkingFailsTheDocumentWithItsReason()
    {
        // A candidate whose clause list is missing makes the linker fault, as a bug in it would.
        var broken = new LinkCandidate(1, "Treaty of Friendship", "treaty") { Clauses = null!, Parties = ["AZ", "RU"] };

        var linked = ClauseLinking.Linked(s_report, [broken]);

        Assert.Equal("analysis-failed", linked.Analysis.Error?.Code);
        Assert.Empty(linked.Analysis.ClauseLinks);
        Assert.Equal("report.txt", linked.Analysis.Source);
    }

    [Fact]
    public void ASoundCandidateLinksWithoutError()
    {
        var treaty = new LinkCandidate(1, "Treaty of Friendship", "treaty")
        {
            Parties = ["AZ", "RU"],
            Clauses = [new CandidateClause("1", "The Parties develop trade.", null)],
        };

        var linked = ClauseLinking.Linked(s_report, [treaty]);

        Assert.Null(linked.Analysis.Error);
    }
}
