using Entente.Storage;

namespace Entente.Commitments;

/// <summary>
/// Where the Parties stand on one commitment: joint when every Party's assessment says the same, a disagreement when
/// they differ, pending while a Party has not assessed it. Assessments are shared, so every viewer gets the same answer.
/// </summary>
public sealed record JointStatus(
    [property: Web.KeyOf(typeof(JointStatus))] string State,
    [property: Web.KeyOf(typeof(AssessmentStatus))] string? Status,
    IReadOnlyDictionary<string, string> ByParty)
{
    public const string Joint = "joint";
    public const string Disagreement = "disagreement";
    public const string Pending = "pending";

    public static JointStatus Of(IReadOnlyList<string> parties, IEnumerable<Assessment> assessments)
    {
        var byParty = assessments
            .Where(a => a.OwnerPartyCode is not null && parties.Contains(a.OwnerPartyCode, StringComparer.Ordinal))
            .ToDictionary(a => a.OwnerPartyCode!, a => KebabCase.ToKey(a.Status), StringComparer.Ordinal);
        if (byParty.Count < parties.Count)
        {
            return new JointStatus(Pending, null, byParty);
        }

        var statuses = byParty.Values.Distinct(StringComparer.Ordinal).ToList();
        return statuses.Count == 1
            ? new JointStatus(Joint, statuses[0], byParty)
            : new JointStatus(Disagreement, null, byParty);
    }
}
