using Entente.Text.Analysis;
using Entente.Text.Conflicts;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Conflicts;

/// <summary>
/// Hundreds of sources that agree and a few that do not: the detector, which compares classes of equal claims rather
/// than every pair, finds exactly the conflicts each dissenting claim has with every claim it contradicts, and none
/// among those that agree, in the order of the claims.
/// </summary>
public class ConflictsAmongManyClaimsTests
{
    private static readonly Period s_2019 = new(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));
    private static readonly Period s_2018 = new(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));

    private static SourcedClaim Exports(string source, decimal value, Period period, string qualifier = Qualifiers.Exact, decimal? growth = null, string unit = "USD") =>
        new(source, new Claim(TextSpan.FromLength(0, 3))
        {
            Indicator = IndicatorKeys.Exports, Value = value, Unit = unit, Period = period, Qualifier = qualifier,
            Change = growth is { } rate ? new Change(rate, "percent") : null,
        });

    private static SourcedClaim Count(string source, string indicator, decimal value, Period period, int at = 0, string? text = null, string? context = null) =>
        new(source, new Claim(TextSpan.FromLength(at, 3)) { Indicator = indicator, Value = value, Unit = "count", Period = period, Text = text })
        {
            Context = context,
        };

    [Fact]
    public void ManyAgreeingSourcesGiveOnlyTheConflictsOfTheFewThatDisagree()
    {
        var claims = new List<SourcedClaim>();
        // 2019: 600 sources say 100, up 25 percent on 2018's 80; four others say otherwise.
        claims.AddRange(Enumerable.Range(0, 600).Select(i => Exports($"a{i}", 100, s_2019, growth: 25)));
        var d1 = Exports("d1", 130, s_2019, growth: 25);
        var d2 = Exports("d2", 131, s_2019);
        var d3 = Exports("d3", 70, s_2019, growth: -12.5m);
        var about = Exports("p", 104, s_2019, Qualifiers.Approximately);
        claims.AddRange([d1, d2, d3, about]);
        // 2018: 400 sources say 80, one says 90.
        claims.AddRange(Enumerable.Range(0, 400).Select(i => Exports($"b{i}", 80, s_2018)));
        var e = Exports("e", 90, s_2018);
        claims.Add(e);
        // Another unit is another series: 500 euros contradicts nothing.
        claims.Add(Exports("u", 500, s_2019, unit: "EUR"));
        // One transcript takes its figure back; 200 sources give the corrected figure.
        claims.Add(Count("c", IndicatorKeys.Schools, 300, s_2019, at: 0, text: "300 schools"));
        claims.Add(Count("c", IndicatorKeys.Schools, 340, s_2019, at: 50, context: "there are 340, not 300 schools"));
        claims.AddRange(Enumerable.Range(0, 200).Select(i => Count($"s{i}", IndicatorKeys.Schools, 340, s_2019)));
        // A fixed count: 300 sources count five roadmaps over the years, two count six.
        claims.AddRange(Enumerable.Range(0, 300).Select(i => Count($"r{i}", IndicatorKeys.Roadmaps, 5, i % 2 == 0 ? s_2019 : s_2018)));
        claims.AddRange([Count("six1", IndicatorKeys.Roadmaps, 6, s_2019), Count("six2", IndicatorKeys.Roadmaps, 6, s_2018)]);
        var random = new Random(16);
        var shuffled = claims.OrderBy(_ => random.Next()).ToList();
        var order = new Dictionary<SourcedClaim, int>(ReferenceEqualityComparer.Instance);
        foreach (var (claim, at) in shuffled.Select((c, i) => (c, i)))
        {
            order.Add(claim, at);
        }

        var conflicts = ConflictDetector.Detect(shuffled);

        var byKind = conflicts.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        // 2019: each of d1, d2, d3 against the 600 (1,800); d3 against d1 and d2 (d1 and d2 overlap within rounding);
        // "about 104" against d1, d2 and d3 but not the 600. 2018: e against the 400. Schools: 300 against the 200.
        Assert.Equal(1800 + 2 + 3 + 400 + 200, byKind[ConflictKinds.ValueMismatch]);
        // The 600 against e (25 percent is not 100/90); d1 against the 400 and e; d3 against e (d3 against the 400 holds).
        Assert.Equal(600 + 400 + 1 + 1, byKind[ConflictKinds.GrowthMismatch]);
        Assert.Equal(1, byKind[ConflictKinds.Correction]);
        // Six against five, whatever the year: 2 × 300.
        Assert.Equal(600, byKind[ConflictKinds.CountMismatch]);
        Assert.Equal(4, byKind.Count);

        Assert.Contains(conflicts, c => c.Kind == ConflictKinds.GrowthMismatch && ReferenceEquals(c.First, d1) && ReferenceEquals(c.Second, e));
        Assert.DoesNotContain(conflicts, c => (ReferenceEquals(c.First, about) && c.Second.Source.StartsWith('a')) || (ReferenceEquals(c.Second, about) && c.First.Source.StartsWith('a')));
        Assert.DoesNotContain(conflicts, c => c.First.Source == "u" || c.Second.Source == "u");
        var pairs = conflicts.Select(c => (Math.Min(order[c.First], order[c.Second]), Math.Max(order[c.First], order[c.Second]))).ToList();
        Assert.Equal(pairs.Order(), pairs);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }
}
