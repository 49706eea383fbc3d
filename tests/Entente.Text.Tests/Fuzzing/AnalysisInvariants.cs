using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Entente.Text.Reading;

namespace Entente.Text.Tests.Fuzzing;

/// <summary>What must hold for any analysis of any input: a documented error, or spans that point into the original.</summary>
internal static class AnalysisInvariants
{
    public static void Check(AnalysedDocument document)
    {
        var analysis = document.Analysis;
        if (analysis.Error is { } error)
        {
            Assert.Contains(error.Code, IngestionErrors.All);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            return;
        }

        var original = document.Original;
        void Span(TextSpan span) => Assert.True(span.End <= original.Length, $"span {span} runs past the original ({original.Length})");
        void Passage(TextPassage? passage)
        {
            if (passage is not null)
            {
                Span(passage.Span);
                Assert.Equal(passage.Text, passage.Span.Of(original));
            }
        }

        void Item(ClauseItem item)
        {
            Span(item.Span);
            Assert.EndsWith(item.Text, item.Span.Of(original), StringComparison.Ordinal);
            foreach (var child in item.Items)
            {
                Item(child);
            }
        }

        var structure = analysis.Structure;
        foreach (var recital in structure.Preamble)
        {
            Passage(recital);
        }

        Passage(structure.OperativeFormula);
        Passage(structure.Closing);
        foreach (var clause in structure.Clauses)
        {
            Span(clause.Span);
            Assert.EndsWith(clause.Text, clause.Span.Of(original), StringComparison.Ordinal);
            foreach (var item in clause.Items)
            {
                Item(item);
            }
        }

        foreach (var section in structure.Sections)
        {
            Span(section.Span);
        }

        foreach (var turn in analysis.Speakers.SelectMany(speaker => speaker.Turns))
        {
            Span(turn);
        }

        foreach (var signatory in analysis.Signatories)
        {
            Span(signatory.Span!.Value);
        }

        Assert.True(document.ContentEnd <= original.Length);
        Assert.Equal(document.Normalised.Length, document.Map.Length);
        Assert.Matches("^[0-9a-f]{64}$", analysis.Sha256);
    }
}
