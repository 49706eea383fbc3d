using Entente.Text.Analysis;
using Entente.Text.Conflicts;
using Entente.Text.Tests.Support;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Conflicts;

/// <summary>Each kind of conflict, and the claims that must not conflict.</summary>
public class ConflictDetectorTests
{
    private static readonly Period s_2019 = new(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));
    private static readonly Period s_2018 = new(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));
    private static readonly Period s_day = new(new DateOnly(2022, 2, 22), new DateOnly(2022, 2, 22));

    private static SourcedClaim Sourced(string source, string indicator, decimal value, string unit, Period period, string qualifier = Qualifiers.Exact, int at = 0, Change? change = null) =>
        new(source, new Claim(TextSpan.FromLength(at, 3)) { Indicator = indicator, Value = value, Unit = unit, Period = period, Qualifier = qualifier, Change = change });

    [Fact]
    public void TranscriptThatSays300ThenSays340SchoolsHoldsACorrection()
    {
        // The transcript carries no date of its own; extraction gets the day of the talks, as the gold does.
        var gold = GoldCorpus.Load().Single(g => g.Document.StartsWith("001", StringComparison.Ordinal));
        var text = GoldCorpus.TextOf(gold);
        var claims = GoldCorpus.Predict(gold, text).Claims.Select(c => new SourcedClaim("001", c) { Context = SentenceAround(text, c.Span) }).ToList();

        var conflict = Assert.Single(ConflictDetector.Detect(claims));

        Assert.Equal(ConflictKinds.Correction, conflict.Kind);
        Assert.Equal(300, conflict.First.Claim.Value);
        Assert.Equal(340, conflict.Second.Claim.Value);
        Assert.Contains("340", conflict.Second.Claim.Span.Of(text), StringComparison.Ordinal);
    }

    private static string SentenceAround(string text, TextSpan span)
    {
        var start = text.LastIndexOf(". ", span.Start, StringComparison.Ordinal) + 1;
        var end = text.IndexOf(". ", span.End, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [Fact]
    public void FiveAndSixRoadmapsInDifferentSourcesAreACountMismatch()
    {
        var conflict = Assert.Single(ConflictDetector.Detect(
        [
            Sourced("news-a", IndicatorKeys.Roadmaps, 6, "roadmaps", s_2019),
            Sourced("news-b", IndicatorKeys.Roadmaps, 5, "roadmaps", s_day),
        ]));

        Assert.Equal(ConflictKinds.CountMismatch, conflict.Kind);
        Assert.Contains("news-b", conflict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesForTheSamePeriodConflictOnlyBeyondTheirQualifiers()
    {
        var almost = Sourced("a", IndicatorKeys.TradeTurnover, 3_500_000_000m, "USD", s_2019, Qualifiers.Almost);
        var close = Sourced("b", IndicatorKeys.TradeTurnover, 3_400_000_000m, "USD", s_2019);
        var far = Sourced("c", IndicatorKeys.TradeTurnover, 2_900_000_000m, "USD", s_2019);

        var conflicts = ConflictDetector.Detect([almost, close, far]);

        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal(ConflictKinds.ValueMismatch, c.Kind));
        Assert.All(conflicts, c => Assert.Equal("c", c.Second.Source));
        Assert.DoesNotContain(conflicts, c => c.First.Source == "a" && c.Second.Source == "b");
    }

    [Fact]
    public void GrowthRateThatTheTwoTotalsContradictIsAGrowthMismatch()
    {
        var later = Sourced("2020 news", IndicatorKeys.TradeTurnover, 3_200_000_000m, "USD", s_2019, change: new Change(27.4m, "percent"));
        var consistent = Sourced("stats", IndicatorKeys.TradeTurnover, 2_512_000_000m, "USD", s_2018);
        var inconsistent = Sourced("other stats", IndicatorKeys.TradeTurnover, 2_800_000_000m, "USD", s_2018);

        Assert.Empty(ConflictDetector.Detect([later, consistent]));
        var conflict = Assert.Single(ConflictDetector.Detect([later, inconsistent]));

        Assert.Equal(ConflictKinds.GrowthMismatch, conflict.Kind);
        Assert.Equal("other stats", conflict.Second.Source);
        Assert.Contains("14.3 percent", conflict.Explanation, StringComparison.Ordinal);
    }
}
