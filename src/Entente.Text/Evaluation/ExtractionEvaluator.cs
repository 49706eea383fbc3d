using Entente.Text.Analysis;

namespace Entente.Text.Evaluation;

/// <summary>Precision, recall and F1 of one field: how many predictions matched a gold item, and how many did not.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How often an attribute of matched items is right (a figure's unit, a reference's date).</summary>
public sealed record AttributeScore(string Field, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>The scores of one evaluation run.</summary>
public sealed record EvaluationReport(IReadOnlyList<FieldScore> Fields, IReadOnlyList<AttributeScore> Attributes)
{
    public FieldScore Field(string name) => Fields.Single(f => f.Field == name);

    public AttributeScore Attribute(string name) => Attributes.Single(a => a.Field == name);

    /// <summary>A Markdown table of every field and attribute.</summary>
    public string ToMarkdown()
    {
        var lines = new List<string> { "| field | P | R | F1 | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |" };
        lines.AddRange(Fields.Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"| {f.Field} | {f.Precision:0.000} | {f.Recall:0.000} | {f.F1:0.000} | {f.TruePositives} | {f.FalsePositives} | {f.FalseNegatives} |")));
        lines.Add("");
        lines.Add("| attribute of matched items | accuracy | correct / total |");
        lines.Add("| --- | ---: | ---: |");
        lines.AddRange(Attributes.Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"| {a.Field} | {a.Accuracy:0.000} | {a.Correct} / {a.Total} |")));
        return string.Join('\n', lines) + "\n";
    }
}

/// <summary>
/// Scores predicted analyses against gold annotations. An item matches a gold item when their spans overlap and
/// their value or label is equal (each gold item matches at most one prediction); spheres are scored per clause,
/// modality as accuracy. Clause links are scored per document and clause: a predicted link matches a gold link
/// to the same clause of the same agreement (by title); whether its span overlaps a gold span of that clause
/// and whether its evidence agrees are attributes of the matched links.
/// </summary>
public static class ExtractionEvaluator
{
    public const string Dates = "dates";
    public const string Figures = "figures";
    public const string References = "references";
    public const string Entities = "entities";
    public const string Claims = "claims";
    public const string Spheres = "spheres";
    public const string Modality = "modality";
    public const string ClauseLinks = "clauseLinks";

    public static EvaluationReport Evaluate(IEnumerable<(GoldDocument Gold, DocumentAnalysis Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);

        void Count(string field, int tp, int fp, int fn)
        {
            var c = counts.GetValueOrDefault(field);
            counts[field] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
        }

        void Attribute(string field, bool correct)
        {
            var a = attributes.GetValueOrDefault(field);
            attributes[field] = (a.Correct + (correct ? 1 : 0), a.Total + 1);
        }

        foreach (var (gold, predicted) in pairs)
        {
            var dates = Match(gold.Dates, predicted.Dates, d => d.Span, SameDate);
            Count(Dates, dates.Count, predicted.Dates.Count - dates.Count, gold.Dates.Count - dates.Count);
            foreach (var (g, p) in dates)
            {
                Attribute("dates.inferred", g.Inferred == p.Inferred);
            }

            var figures = Match(gold.Figures, predicted.Figures, f => f.Span, (g, p) => g.Kind == p.Kind && SameNumber(g.Value, p.Value));
            Count(Figures, figures.Count, predicted.Figures.Count - figures.Count, gold.Figures.Count - figures.Count);
            foreach (var (g, p) in figures)
            {
                Attribute("figures.unit", SameUnit(g.Unit, p.Unit));
                Attribute("figures.qualifier", g.Qualifier == p.Qualifier);
            }

            var references = Match(gold.References, predicted.References, r => r.Span, (g, p) => g.Kind == p.Kind);
            Count(References, references.Count, predicted.References.Count - references.Count, gold.References.Count - references.Count);
            foreach (var (g, p) in references)
            {
                Attribute("references.date", g.Date == p.Date);
                if (g.Title is not null)
                {
                    Attribute("references.title", SameTitle(g.Title, p.Title));
                }

                if (g.Parties.Count > 0)
                {
                    Attribute("references.parties", g.Parties.Order(StringComparer.Ordinal).SequenceEqual(p.Parties.Order(StringComparer.Ordinal)));
                }
            }

            var entities = Match(gold.Entities, predicted.Entities, e => e.Span, (g, p) => g.Type == p.Type && (g.Id is null || g.Id == p.Id));
            Count(Entities, entities.Count, predicted.Entities.Count - entities.Count, gold.Entities.Count - entities.Count);
            foreach (var (g, p) in entities)
            {
                if (g.Role is not null)
                {
                    Attribute("entities.role", string.Equals(g.Role, p.Role, StringComparison.OrdinalIgnoreCase));
                }
            }

            var claims = Match(gold.Claims, predicted.Claims, c => c.Span, (g, p) => g.Indicator == p.Indicator && SameNumber(g.Value, p.Value));
            Count(Claims, claims.Count, predicted.Claims.Count - claims.Count, gold.Claims.Count - claims.Count);
            foreach (var (g, p) in claims)
            {
                Attribute("claims.period", g.Period == p.Period);
                Attribute("claims.qualifier", g.Qualifier == p.Qualifier);
                Attribute("claims.change", g.Change is null ? p.Change is null : p.Change is not null && SameNumber(g.Change.Value, p.Change.Value));
            }

            if (gold.Clauses.Count > 0)
            {
                var byNumber = predicted.Structure.Clauses.ToDictionary(c => c.Number, StringComparer.Ordinal);
                foreach (var (number, expected) in gold.Clauses)
                {
                    var clause = byNumber.GetValueOrDefault(number);
                    var got = clause?.Spheres ?? [];
                    var tp = expected.Spheres.Count(got.Contains);
                    Count(Spheres, tp, got.Count - tp, expected.Spheres.Count - tp);
                    Attribute(Modality, clause?.Modality == expected.Modality);
                }
            }

            if (gold.ClauseLinks is { } goldLinks)
            {
                ScoreClauseLinks(goldLinks, predicted.ClauseLinks, Count, Attribute);
            }
        }

        string[] order = [Dates, Figures, References, Entities, Claims, Spheres, ClauseLinks];
        var fields = order.Where(counts.ContainsKey).Select(f => new FieldScore(f, counts[f].Tp, counts[f].Fp, counts[f].Fn)).ToList();
        var attributeScores = attributes.OrderBy(a => a.Key == Modality ? 0 : 1).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AttributeScore(a.Key, a.Value.Correct, a.Value.Total)).ToList();
        return new EvaluationReport(fields, attributeScores);
    }

    // "road maps", "road-maps" and "roadmaps" name one unit; case and the joining of words do not matter.
    private static bool SameUnit(string? gold, string? predicted) =>
        string.Equals(Closed(gold), Closed(predicted), StringComparison.OrdinalIgnoreCase);

    private static string? Closed(string? unit) => unit?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static void ScoreClauseLinks(IReadOnlyList<GoldClauseLink> gold, IReadOnlyList<ClauseLink> predicted,
        Action<string, int, int, int> count, Action<string, bool> attribute)
    {
        var expected = gold.GroupBy(g => (Agreement: Normalise(g.Agreement), g.Clause)).ToList();
        var matched = new HashSet<ClauseLink>();
        foreach (var clause in expected)
        {
            var hit = predicted.Where(p => p.Clause == clause.Key.Clause && SameTitle(clause.Key.Agreement, p.Agreement.Title)).ToList();
            if (hit.Count == 0)
            {
                count(ClauseLinks, 0, 0, 1);
                continue;
            }

            matched.UnionWith(hit);
            count(ClauseLinks, 1, 0, 0);
            attribute("clauseLinks.span", hit.Any(p => clause.Any(g => g.Span.Overlaps(p.Span))));
            attribute("clauseLinks.evidence", hit.Any(p => clause.Any(g => g.Evidence == p.Evidence)));
        }

        var spurious = predicted.Where(p => !matched.Contains(p)).Select(p => (p.Agreement.Id, p.Clause)).Distinct().Count();
        count(ClauseLinks, 0, spurious, 0);
    }

    private static List<(T Gold, T Predicted)> Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, TextSpan> span, Func<T, T, bool> same)
    {
        var used = new bool[predicted.Count];
        var pairs = new List<(T, T)>();
        foreach (var g in gold)
        {
            for (var k = 0; k < predicted.Count; k++)
            {
                if (!used[k] && span(g).Overlaps(span(predicted[k])) && same(g, predicted[k]))
                {
                    used[k] = true;
                    pairs.Add((g, predicted[k]));
                    break;
                }
            }
        }

        return pairs;
    }

    private static bool SameDate(DateMention g, DateMention p) => Range(g) == Range(p);

    private static (DateOnly?, DateOnly?) Range(DateMention d) => d.Value is { } v ? (v, v) : (d.Start, d.End);

    private static bool SameNumber(decimal a, decimal b) => a == b || Math.Abs(a - b) <= Math.Max(Math.Abs(a), Math.Abs(b)) * 0.000001m;

    private static bool SameTitle(string gold, string? predicted)
    {
        if (predicted is null)
        {
            return false;
        }

        var g = Normalise(gold);
        var p = Normalise(predicted);
        return g == p || p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal) && p.Length * 2 >= g.Length;
    }

    private static string Normalise(string s) =>
        string.Join(' ', new string(s.Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
