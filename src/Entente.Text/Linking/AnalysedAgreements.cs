using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Linking;

/// <summary>Agreements read by the pipeline, as candidates for linking (when there is no stored legal base).</summary>
public static class AnalysedAgreements
{
    /// <summary>
    /// The agreements among <paramref name="analyses"/> that have numbered clauses, numbered from 1 in order.
    /// Lets a batch of documents be linked to the agreements in the same batch, as <c>entente eval</c> does.
    /// </summary>
    public static IReadOnlyList<LinkCandidate> Candidates(IEnumerable<DocumentAnalysis> analyses)
    {
        var candidates = new List<LinkCandidate>();
        foreach (var analysis in analyses)
        {
            if (analysis.Error is not null || analysis.Title is null || analysis.Kind is null
                || !DocumentKinds.AgreementKinds.Contains(analysis.Kind) || analysis.Structure.Clauses.Count == 0)
            {
                continue;
            }

            candidates.Add(new LinkCandidate(candidates.Count + 1, analysis.Title, analysis.Kind)
            {
                Date = analysis.SignedOn ?? analysis.Date,
                Parties = analysis.Parties,
                Clauses = [.. analysis.Structure.Clauses.Select(clause => new CandidateClause(clause.Number, clause.Text, null))],
            });
        }

        return candidates;
    }
}
