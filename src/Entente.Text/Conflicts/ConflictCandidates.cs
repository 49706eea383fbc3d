using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Conflicts;

/// <summary>
/// The pairs of claims that can be in conflict, found without comparing every claim with every other: claims are
/// grouped by indicator and unit, then by period, and claims that give the same value with the same qualifier stand
/// together as one class. Two classes are compared once; only when they disagree are their claims paired. News that
/// agree make few classes, so the work grows with the claims and the conflicts found, not with their square.
/// </summary>
internal static class ConflictCandidates
{
    /// <summary>Index pairs (first &lt; second), in the order a comparison of every pair would meet them.</summary>
    public static List<(int First, int Second)> Find(IReadOnlyList<SourcedClaim> claims, HashSet<string> fixedCounts)
    {
        var pairs = new List<(int, int)>();
        var groups = Enumerable.Range(0, claims.Count)
            .GroupBy(i => (claims[i].Claim.Indicator, claims[i].Claim.Unit.ToUpperInvariant()));
        foreach (var group in groups)
        {
            var members = group.ToList();
            SameSource(claims, members, pairs);
            if (fixedCounts.Contains(group.Key.Indicator))
            {
                // A count of a set that does not grow: any two values from two sources disagree, whatever the period.
                Across(claims, Classes(claims, members, c => c.Value), pairs, (_, _) => true);
                continue;
            }

            var periods = members.GroupBy(i => claims[i].Claim.Period).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (period, inPeriod) in periods)
            {
                Across(claims, Classes(claims, inPeriod, c => (c.Value, c.Qualifier)), pairs, (a, b) => !ConflictDetector.Overlap(a, b));
                if (periods.TryGetValue(Series.PeriodPrecision.YearBefore(period), out var before))
                {
                    Growth(claims, inPeriod, before, pairs);
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    // A text's own figures for one indicator are few: every pair of them (corrections, its own growth rates).
    private static void SameSource(IReadOnlyList<SourcedClaim> claims, List<int> members, List<(int, int)> pairs)
    {
        foreach (var source in members.GroupBy(i => claims[i].Source, StringComparer.Ordinal))
        {
            var own = source.ToList();
            for (var a = 0; a < own.Count; a++)
            {
                for (var b = a + 1; b < own.Count; b++)
                {
                    pairs.Add((own[a], own[b]));
                }
            }
        }
    }

    // A growth rate against the year before: the later claims with a rate and the earlier totals, both exact.
    private static void Growth(IReadOnlyList<SourcedClaim> claims, List<int> later, List<int> earlier, List<(int, int)> pairs)
    {
        var rates = Classes(claims, [.. later.Where(i => claims[i].Claim is { Change.Unit: "percent", Qualifier: Qualifiers.Exact })],
            c => (c.Value, c.Change!.Value));
        var totals = Classes(claims, [.. earlier.Where(i => claims[i].Claim is { Qualifier: Qualifiers.Exact, Value: not 0 })], c => c.Value);
        foreach (var rate in rates)
        {
            foreach (var total in totals)
            {
                var (now, before) = (claims[rate[0]].Claim, claims[total[0]].Claim);
                if (now.Value != before.Value && !ConflictDetector.GrowthHolds(now, before))
                {
                    Pair(claims, rate, total, pairs);
                }
            }
        }
    }

    // Every two classes that disagree: their claims from different sources are candidates.
    private static void Across(IReadOnlyList<SourcedClaim> claims, List<List<int>> classes, List<(int, int)> pairs, Func<Claim, Claim, bool> disagree)
    {
        for (var a = 0; a < classes.Count; a++)
        {
            for (var b = a + 1; b < classes.Count; b++)
            {
                var (x, y) = (claims[classes[a][0]].Claim, claims[classes[b][0]].Claim);
                if (x.Value != y.Value && disagree(x, y))
                {
                    Pair(claims, classes[a], classes[b], pairs);
                }
            }
        }
    }

    private static void Pair(IReadOnlyList<SourcedClaim> claims, List<int> first, List<int> second, List<(int, int)> pairs)
    {
        foreach (var i in first)
        {
            foreach (var j in second)
            {
                // Pairs within one source were all taken already.
                if (!string.Equals(claims[i].Source, claims[j].Source, StringComparison.Ordinal))
                {
                    pairs.Add(i < j ? (i, j) : (j, i));
                }
            }
        }
    }

    private static List<List<int>> Classes<TKey>(IReadOnlyList<SourcedClaim> claims, List<int> members, Func<Claim, TKey> key)
        where TKey : notnull =>
        [.. members.GroupBy(i => key(claims[i].Claim)).Select(g => g.ToList())];
}
