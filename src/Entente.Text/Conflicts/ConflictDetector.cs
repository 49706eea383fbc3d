using System.Globalization;
using Entente.Text.Analysis;
using Entente.Text.Vocabulary;

namespace Entente.Text.Conflicts;

/// <summary>A claim with the source it came from, as the conflict detector reads it.</summary>
/// <param name="Source">A stable name of the source: a document id, a file name, a citation.</param>
/// <param name="Claim">The claim, with its span in that source.</param>
public sealed record SourcedClaim(string Source, Claim Claim)
{
    /// <summary>The sentence the claim stands in, when known; a correction is only seen where the later sentence names the earlier figure.</summary>
    public string? Context { get; init; }
}

/// <summary>Two claims that cannot both be right, with why.</summary>
public sealed record Conflict(string Kind, string Severity, string Explanation, SourcedClaim First, SourcedClaim Second);

/// <summary>The kinds of conflict Entente reports.</summary>
public static class ConflictKinds
{
    /// <summary>One text gives a value, then another for the same thing ("300 schools… 340, not 300").</summary>
    public const string Correction = "correction";

    /// <summary>Two sources give values for the same indicator and period that their qualifiers cannot reconcile.</summary>
    public const string ValueMismatch = "value-mismatch";

    /// <summary>Two sources count the same set differently: "five" and "six" roadmaps, 43 and 44 clauses, or the documents signed on one day.</summary>
    public const string CountMismatch = "count-mismatch";

    /// <summary>A growth rate that does not match the totals reported for both periods.</summary>
    public const string GrowthMismatch = "growth-mismatch";
}

/// <summary>How much a conflict matters, from least to most.</summary>
public static class ConflictSeverities
{
    /// <summary>A text corrects itself: the later value stands.</summary>
    public const string Low = "low";

    public const string Medium = "medium";

    /// <summary>Two values of the same thing that differ by more than a tenth.</summary>
    public const string High = "high";
}

/// <summary>
/// Finds conflicts among claims: corrections inside one text, values of the same indicator and period that differ
/// beyond what their qualifiers allow, counts of a fixed set that differ between sources, and growth rates that
/// disagree with the totals of both periods. Pure and deterministic.
/// </summary>
public static class ConflictDetector
{
    /// <summary>How far a growth rate may be from the one the totals imply, in percentage points (rounding in the sources).</summary>
    public const decimal GrowthTolerance = 1.5m;

    // Counts of a set that does not grow with time: any two different values conflict, whatever the period.
    private static readonly HashSet<string> s_fixedCounts = new(StringComparer.Ordinal) { IndicatorKeys.Roadmaps, IndicatorKeys.Clauses };

    // Counts of things sources list one by one (signed documents): two counts for the same day that differ are a count mismatch.
    private static readonly HashSet<string> s_listedCounts = new(StringComparer.Ordinal) { IndicatorKeys.SignedDocuments };

    /// <summary>
    /// Every pair of claims that cannot both be right, as a comparison of every pair would find them and in its order,
    /// but comparing only the pairs <see cref="ConflictCandidates"/> leaves (near-linear when sources agree).
    /// </summary>
    public static IReadOnlyList<Conflict> Detect(IReadOnlyList<SourcedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var conflicts = new List<Conflict>();
        foreach (var (i, j) in ConflictCandidates.Find(claims, s_fixedCounts))
        {
            if (Compare(claims[i], claims[j]) is { } conflict)
            {
                conflicts.Add(conflict);
            }
        }

        return conflicts;
    }

    private static Conflict? Compare(SourcedClaim a, SourcedClaim b)
    {
        var (x, y) = (a.Claim, b.Claim);
        if (x.Indicator != y.Indicator || !string.Equals(x.Unit, y.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (x.Value == y.Value)
        {
            return null;
        }

        var sameSource = a.Source == b.Source;
        if (s_fixedCounts.Contains(x.Indicator) && !sameSource)
        {
            return new Conflict(ConflictKinds.CountMismatch, ConflictSeverities.Medium,
                $"{a.Source} counts {Describe(x)} {x.Indicator}, {b.Source} counts {Describe(y)}.", a, b);
        }

        if (x.Period == y.Period)
        {
            if (sameSource)
            {
                var (first, second) = x.Span.Start <= y.Span.Start ? (a, b) : (b, a);
                // "340, not 300": the later sentence takes the earlier figure back. Two figures that merely differ
                // ("11,000 students in Russia", "15,000 students in Baku") count different things.
                if (second.Context is not { } context || LeadingNumber(first.Claim.Text) is not { } earlier
                    || !context.Contains(earlier, StringComparison.Ordinal))
                {
                    return null;
                }

                return new Conflict(ConflictKinds.Correction, ConflictSeverities.Low,
                    $"{a.Source} first gives {Describe(first.Claim)}, then {Describe(second.Claim)} for the same {x.Indicator}; the later figure reads as a correction.",
                    first, second);
            }

            var disjoint = !Overlap(x, y);
            if (disjoint && s_listedCounts.Contains(x.Indicator))
            {
                return new Conflict(ConflictKinds.CountMismatch, ConflictSeverities.Medium,
                    $"{a.Source} counts {Describe(x)} and {b.Source} counts {Describe(y)} for {x.Indicator} on the same date.", a, b);
            }

            if (disjoint)
            {
                var difference = Math.Abs(x.Value - y.Value) / Math.Max(Math.Abs(x.Value), Math.Abs(y.Value));
                return new Conflict(ConflictKinds.ValueMismatch, difference > 0.1m ? ConflictSeverities.High : ConflictSeverities.Medium,
                    $"{a.Source} gives {Describe(x)} and {b.Source} gives {Describe(y)} for {x.Indicator} over the same period; their qualifiers cannot both hold.",
                    a, b);
            }

            return null;
        }

        return Growth(a, b) ?? Growth(b, a);
    }

    /// <summary>A conflict when <paramref name="later"/> states a growth that its total and <paramref name="earlier"/>'s total do not bear out.</summary>
    private static Conflict? Growth(SourcedClaim later, SourcedClaim earlier)
    {
        var (now, before) = (later.Claim, earlier.Claim);
        if (now.Change is not { Unit: "percent" } change || !IsPreviousPeriod(before.Period, now.Period) || before.Value == 0)
        {
            return null;
        }

        if (GrowthHolds(now, before) || now.Qualifier != Qualifiers.Exact || before.Qualifier != Qualifiers.Exact)
        {
            return null;
        }

        var implied = Implied(now, before);

        return new Conflict(ConflictKinds.GrowthMismatch, ConflictSeverities.Medium,
            string.Create(CultureInfo.InvariantCulture,
                $"{later.Source} gives {Describe(now)} up {change.Value} percent, but against {Describe(before)} from {earlier.Source} the growth is {implied:0.0} percent."),
            later, earlier);
    }

    private static string? LeadingNumber(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var start = 0;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        return end > start ? text[start..end] : null;
    }

    /// <summary>Whether the ranges two values' qualifiers allow have a value in common.</summary>
    internal static bool Overlap(Claim x, Claim y)
    {
        var (lowX, highX) = Range(x);
        var (lowY, highY) = Range(y);
        return highX >= lowY && highY >= lowX;
    }

    /// <summary>Whether <paramref name="now"/>'s stated rate is, within the tolerance, the one its total and <paramref name="before"/>'s give.</summary>
    internal static bool GrowthHolds(Claim now, Claim before) => Math.Abs(Implied(now, before) - now.Change!.Value) <= GrowthTolerance;

    private static decimal Implied(Claim now, Claim before) => (now.Value / before.Value - 1) * 100;

    private static bool IsPreviousPeriod(Period before, Period now) => before == Series.PeriodPrecision.YearBefore(now);

    private static (decimal Low, decimal High) Range(Claim claim)
    {
        var v = claim.Value;
        // "Exact" figures in news are still rounded: half a percent either way.
        return claim.Qualifier switch
        {
            Qualifiers.Over or Qualifiers.AtLeast => (v, decimal.MaxValue),
            Qualifiers.Under or Qualifiers.AtMost => (decimal.MinValue, v),
            Qualifiers.Almost => (v * 0.9m, v),
            Qualifiers.Approximately => (v * 0.9m, v * 1.1m),
            _ => (v * 0.995m, v * 1.005m),
        };
    }

    private static string Describe(Claim claim)
    {
        var qualifier = claim.Qualifier == Qualifiers.Exact ? "" : claim.Qualifier.Replace('-', ' ') + " ";
        return string.Create(CultureInfo.InvariantCulture, $"{qualifier}{claim.Value:#,0.##} {claim.Unit}");
    }
}
