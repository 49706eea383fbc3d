using Entente.Text.Evaluation;
using Entente.Text.Tests.Support;

namespace Entente.Text.Tests;

/// <summary>Extraction scored against the hand-annotated corpus: the floors CI holds the line at.</summary>
public class GoldCorpusTests(ITestOutputHelper output)
{
    // Floors sit a little under what the extractors reach today, so a regression fails CI and noise does not.
    private static readonly (string Field, double Floor)[] s_f1Floors =
    [
        (ExtractionEvaluator.Dates, 0.95),
        (ExtractionEvaluator.Figures, 0.95),
        (ExtractionEvaluator.References, 0.95),
        (ExtractionEvaluator.Entities, 0.95),
        (ExtractionEvaluator.Claims, 0.9),
        (ExtractionEvaluator.Spheres, 0.88),
    ];

    private const double ModalityFloor = 0.95;

    [Fact]
    public void ExtractionStaysAboveTheFloorsOnTheCorpus()
    {
        var report = GoldCorpus.Evaluate();
        output.WriteLine(report.ToMarkdown());

        foreach (var (field, floor) in s_f1Floors)
        {
            var score = report.Field(field);
            Assert.True(score.F1 >= floor, $"{field}: F1 {score.F1:0.000} fell below the floor {floor} (P {score.Precision:0.000}, R {score.Recall:0.000})");
        }

        var modality = report.Attribute(ExtractionEvaluator.Modality);
        Assert.True(modality.Accuracy >= ModalityFloor, $"modality accuracy {modality.Accuracy:0.000} fell below {ModalityFloor}");
    }

    [Fact]
    public void GoldSpansCoverTheTextTheyName()
    {
        foreach (var gold in GoldCorpus.Load())
        {
            var text = GoldCorpus.TextOf(gold);
            foreach (var (span, mention) in gold.Dates.Select(d => (d.Span, d.Text))
                         .Concat(gold.Figures.Select(f => (f.Span, f.Text)))
                         .Concat(gold.References.Select(r => (r.Span, r.Text)))
                         .Concat(gold.Entities.Select(e => (e.Span, e.Text))))
            {
                Assert.Equal(mention, span.Of(text));
            }
        }
    }

    [Fact]
    public void TheDeclarationSplitsIntoItsFortyThreeClauses()
    {
        var gold = GoldCorpus.Load().Single(g => g.Clauses.Count > 0);
        var clauses = NumberedClauses.Split(GoldCorpus.TextOf(gold)).ToList();
        Assert.Equal(gold.Clauses.Keys.Order(StringComparer.Ordinal), clauses.Select(c => c.Number).Order(StringComparer.Ordinal));
    }
}
