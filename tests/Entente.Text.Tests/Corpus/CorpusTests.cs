using Entente.Text.Pipeline;
using Entente.Text.Tests.Support;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Corpus;

/// <summary>The quality bar on the five corpus documents, read from ../shared at test time.</summary>
public class CorpusTests
{
    private static AnalysedDocument Analyse(string prefix)
    {
        var path = SharedFolder.CorpusFile(prefix);
        return DocumentPipeline.Default.Analyse(File.ReadAllBytes(path), path);
    }

    [Fact]
    public void TheDeclarationIsADeclarationSignedInMoscowOn22February2022BetweenRussiaAndAzerbaijan()
    {
        var analysis = Analyse("000").Analysis;

        Assert.Null(analysis.Error);
        Assert.Equal("en", analysis.Language);
        Assert.Equal(DocumentKinds.Declaration, analysis.Kind);
        Assert.Equal(new DateOnly(2022, 2, 22), analysis.Date);
        Assert.Equal(new DateOnly(2022, 2, 22), analysis.SignedOn);
        Assert.Equal("Moscow", analysis.Place);
        Assert.Equal("Moscow", analysis.SigningPlace);
        Assert.Equal(["AZ", "RU"], analysis.Parties.Order());
        Assert.StartsWith("Declaration on allied interaction", analysis.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDeclarationHasTenRecitalsTheOperativeFormulaAndTheClosingFormula()
    {
        var document = Analyse("000");
        var structure = document.Analysis.Structure;

        Assert.Equal(10, structure.Preamble.Count);
        Assert.StartsWith("Having comprehensively examined", structure.Preamble[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Noting the importance", structure.Preamble[^1].Text, StringComparison.Ordinal);
        Assert.Equal("Declare the following:", structure.OperativeFormula?.Text);
        Assert.NotNull(structure.Closing);
        Assert.StartsWith("The Declaration was signed on 22 February 2022 in Moscow", structure.Closing.Text, StringComparison.Ordinal);
        foreach (var passage in structure.Preamble.Append(structure.OperativeFormula!).Append(structure.Closing))
        {
            Assert.Equal(passage.Text, passage.Span.Of(document.Original));
        }
    }

    [Fact]
    public void TheDeclarationHas43ClausesWhoseNumbersAndTextsMatchTheSourceExactly()
    {
        var path = SharedFolder.CorpusFile("000");
        var document = Analyse("000");
        var clauses = document.Analysis.Structure.Clauses;

        // The source writes each clause on one line as "N. text".
        var expected = File.ReadAllLines(path)
            .Select(line => (Line: line, Dot: line.IndexOf(". ", StringComparison.Ordinal)))
            .Where(pair => pair.Dot is > 0 and <= 2 && pair.Line[..pair.Dot].All(char.IsAsciiDigit))
            .Select(pair => (Number: pair.Line[..pair.Dot], Text: pair.Line[(pair.Dot + 2)..].TrimEnd()))
            .ToList();

        Assert.Equal(43, clauses.Count);
        Assert.Equal(Enumerable.Range(1, 43).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), clauses.Select(c => c.Number));
        Assert.Equal(expected.Select(e => e.Number), clauses.Select(c => c.Number));
        Assert.Equal(expected.Select(e => e.Text), clauses.Select(c => c.Text));
        foreach (var clause in clauses)
        {
            Assert.EndsWith(clause.Text, clause.Span.Of(document.Original), StringComparison.Ordinal);
            Assert.StartsWith(clause.Number + ". ", clause.Span.Of(document.Original), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheDeclarationNamesBothPresidentsAsSignatories()
    {
        var document = Analyse("000");
        var signatories = document.Analysis.Signatories;

        Assert.Contains(signatories, s => s.Name == "Vladimir Putin" && s.Party == "RU" && s.Role == "President of the Russian Federation");
        Assert.Contains(signatories, s => s.Name == "Ilham Aliyev" && s.Party == "AZ");
        Assert.All(signatories, s => Assert.Contains(s.Name, s.Span!.Value.Of(document.Original), StringComparison.Ordinal));
    }

    [Fact]
    public void ThePressStatementsAreATranscriptWithBothPresidentsTurns()
    {
        var document = Analyse("001");
        var analysis = document.Analysis;

        Assert.Equal(DocumentKinds.Transcript, analysis.Kind);
        Assert.Equal(2, analysis.Speakers.Count);
        var putin = analysis.Speakers[0];
        var aliyev = analysis.Speakers[1];
        Assert.Equal(("Vladimir Putin", "President of Russia", "RU"), (putin.Name, putin.Role, putin.Party));
        Assert.Equal(("Ilham Aliyev", "President of Azerbaijan", "AZ"), (aliyev.Name, aliyev.Role, aliyev.Party));
        Assert.StartsWith("President of Russia Vladimir Putin:", putin.Turns[0].Of(document.Original), StringComparison.Ordinal);
        Assert.StartsWith("President of Azerbaijan Ilham Aliyev:", aliyev.Turns[0].Of(document.Original), StringComparison.Ordinal);
        Assert.True(putin.Turns[0].End <= aliyev.Turns[0].Start);
    }

    [Theory]
    [InlineData("002", null)]
    [InlineData("003", null)]
    [InlineData("004", "2020-04-06")]
    public void NewsItemsAreNewsDatedWhereTheTextGivesADate(string prefix, string? date)
    {
        var analysis = Analyse(prefix).Analysis;

        Assert.Equal(DocumentKinds.News, analysis.Kind);
        Assert.Equal("en", analysis.Language);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), analysis.Date);
    }

    [Fact]
    public void TheAmbassadorsInterviewIsDatelinedBaku()
    {
        Assert.Equal("Baku", Analyse("004").Analysis.Place);
    }

    [Fact]
    public void SiteBoilerplateAfterANewsItemIsLeftOutButKeptInTheOriginal()
    {
        var document = Analyse("003");

        Assert.True(document.ContentEnd < document.Original.Length);
        var tail = document.Original[document.ContentEnd..];
        Assert.Contains("About Us", tail, StringComparison.Ordinal);
        Assert.DoesNotContain("About Us", document.Normalised, StringComparison.Ordinal);
        Assert.Contains("Iran", document.Original[..document.ContentEnd], StringComparison.Ordinal);
    }

    [Fact]
    public void AnalysingTheSameBytesTwiceGivesTheSameAnalysis()
    {
        var path = SharedFolder.CorpusFile("000");
        var bytes = File.ReadAllBytes(path);

        var first = new Analysis.AnalysisReport([DocumentPipeline.Default.Analyse(bytes, path).Analysis]).ToJson();
        var second = new Analysis.AnalysisReport([DocumentPipeline.Default.Analyse(bytes, path).Analysis]).ToJson();

        Assert.Equal(first, second);
    }
}
