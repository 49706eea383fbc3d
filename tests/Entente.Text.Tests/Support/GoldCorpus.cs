using Entente.Text.Analysis;
using Entente.Text.Evaluation;
using Entente.Text.Extraction;
using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Text.Tests.Support;

/// <summary>The gold files beside the tests and the corpus texts they annotate, run through extraction.</summary>
public static class GoldCorpus
{
    public static string GoldFolder => Path.Combine(AppContext.BaseDirectory, "Gold");

    public static IReadOnlyList<GoldDocument> Load() =>
        Directory.GetFiles(GoldFolder, "*.gold.json").Order(StringComparer.Ordinal).Select(f => GoldDocument.Parse(File.ReadAllText(f))).ToList();

    public static string TextOf(GoldDocument gold)
    {
        var path = Path.Combine(SharedFolder.Corpus, gold.Document + ".txt");
        Assert.SkipUnless(File.Exists(path), $"corpus document {gold.Document} is not in {SharedFolder.Corpus}");
        return File.ReadAllText(path);
    }

    /// <summary>What Entente predicts for a gold document's text, in the analysis contract.</summary>
    public static DocumentAnalysis Predict(GoldDocument gold, string text)
    {
        var result = TextExtractor.Extract(text, new ExtractionContext(gold.Language, Vocabulary.DocumentKinds.Other, gold.DocumentDate));
        var clauses = gold.Clauses.Count == 0 ? [] : NumberedClauses.Split(text).Select(c =>
        {
            var classification = ClauseClassifier.Classify(c.Text, gold.Language);
            return new Clause
            {
                Number = c.Number,
                Text = c.Text,
                Span = c.Span,
                Spheres = classification.Spheres,
                Modality = classification.Modality,
                SphereCues = classification.SphereCues,
                ModalityCue = classification.ModalityCue,
            };
        }).ToList();
        return new DocumentAnalysis
        {
            Source = gold.Document,
            Sha256 = "",
            Language = gold.Language,
            Date = gold.DocumentDate,
            Dates = result.Dates,
            Figures = result.Figures,
            References = result.References,
            Entities = result.Entities,
            Claims = result.Claims,
            Structure = new DocumentStructure { Clauses = clauses },
        };
    }

    public static EvaluationReport Evaluate() =>
        ExtractionEvaluator.Evaluate(Load().Select(g => (g, WithLinks(g, Predict(g, TextOf(g))))).ToList());

    /// <summary>The corpus document holding the full text of the 2022 Declaration, the agreement clause links point to.</summary>
    public const string DeclarationDocument = "000_522b8edf432b2aa6";

    /// <summary>The legal base links are sought in: the Declaration with its clauses read from corpus document 000.</summary>
    public static IReadOnlyList<LinkCandidate> Candidates()
    {
        var path = Path.Combine(SharedFolder.Corpus, DeclarationDocument + ".txt");
        Assert.SkipUnless(File.Exists(path), $"corpus document {DeclarationDocument} is not in {SharedFolder.Corpus}");
        var clauses = NumberedClauses.Split(File.ReadAllText(path)).Select(c => new CandidateClause(c.Number, c.Text, null)).ToList();
        return
        [
            new LinkCandidate(1, "Declaration on Allied Interaction between the Republic of Azerbaijan and the Russian Federation", "declaration")
            {
                Date = new DateOnly(2022, 2, 22),
                Parties = ["RU", "AZ"],
                Clauses = clauses,
            },
        ];
    }

    /// <summary>The clause links Entente finds in a corpus text, from the full pipeline's analysis.</summary>
    public static IReadOnlyList<ClauseLink> Links(string document, string text) =>
        ClauseLinker.Link(text, DocumentPipeline.Default.AnalyseText(text, document + ".txt").Analysis, Candidates());

    private static DocumentAnalysis WithLinks(GoldDocument gold, DocumentAnalysis predicted) =>
        gold.ClauseLinks is null ? predicted : predicted with { ClauseLinks = Links(gold.Document, TextOf(gold)) };
}

/// <summary>
/// A stand-in for the structure parser (another stage's job): a clause is a line that starts with "N. ".
/// Enough to give the classifier the clause texts of an agreement.
/// </summary>
public static class NumberedClauses
{
    public static IEnumerable<(string Number, string Text, TextSpan Span)> Split(string text)
    {
        var position = 0;
        foreach (var line in text.Split('\n'))
        {
            var digits = 0;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits is > 0 and <= 3 && line.Length > digits + 1 && line[digits] == '.' && line[digits + 1] == ' ')
            {
                var body = line[(digits + 2)..].TrimEnd('\r');
                yield return (line[..digits], body, TextSpan.FromLength(position, line.TrimEnd('\r').Length));
            }

            position += line.Length + 1;
        }
    }
}
