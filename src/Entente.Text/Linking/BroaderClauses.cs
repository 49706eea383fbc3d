namespace Entente.Text.Linking;

/// <summary>
/// The broader clauses each clause is part of (<see cref="CommitmentProfile.PartOf"/>), followed up the chain: evidence
/// of a clause is evidence of every clause above it. A chain stops at a clause the agreement does not have, and at a
/// clause it has already passed, so profiles naming each other do not loop.
/// </summary>
internal sealed class BroaderClauses(IReadOnlyList<CommitmentProfile> profiles, IReadOnlySet<string> clauses)
{
    private readonly Dictionary<string, string> _partOf = profiles
        .Where(p => !string.IsNullOrWhiteSpace(p.PartOf))
        .DistinctBy(p => p.Clause, StringComparer.Ordinal)
        .ToDictionary(p => p.Clause, p => p.PartOf!.Trim(), StringComparer.Ordinal);

    /// <summary>The clauses above <paramref name="clause"/>, nearest first; empty when it is part of none.</summary>
    public IEnumerable<string> Of(string clause)
    {
        var passed = new HashSet<string>(StringComparer.Ordinal) { clause };
        while (_partOf.TryGetValue(clause, out var broader) && clauses.Contains(broader) && passed.Add(broader))
        {
            yield return broader;
            clause = broader;
        }
    }
}
