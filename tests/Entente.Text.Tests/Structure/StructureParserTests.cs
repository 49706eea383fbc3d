using Entente.Text.Pipeline;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Structure;

public class StructureParserTests
{
    private static Analysis.DocumentAnalysis Analyse(string text) => DocumentPipeline.Default.AnalyseText(text, "test").Analysis;

    [Theory]
    [InlineData("1. ", "2. ", "3. ")]
    [InlineData("1) ", "2) ", "3) ")]
    [InlineData("Article 1\n", "Article 2\n", "Article 3\n")]
    [InlineData("ARTICLE 1\n", "ARTICLE 2\n", "ARTICLE 3\n")]
    [InlineData("Art. 1 ", "Art. 2 ", "Art. 3 ")]
    [InlineData("Статья 1\n", "Статья 2\n", "Статья 3\n")]
    [InlineData("Maddə 1\n", "Maddə 2\n", "Maddə 3\n")]
    [InlineData("Article I\n", "Article II\n", "Article III\n")]
    [InlineData("ARTICLE 1.1\n", "ARTICLE 1.2\n", "ARTICLE 2.1\n")]
    public void FindsClausesInEveryCommonNumberingForm(string first, string second, string third)
    {
        var text = $"Agreement between A and B\nThe Parties have agreed as follows:\n{first}The Parties cooperate.\n{second}The Parties consult.\n{third}The Parties report.\nDone at Geneva on 1 March 2020.";

        var structure = Analyse(text).Structure;

        Assert.Equal(3, structure.Clauses.Count);
        Assert.Equal(["The Parties cooperate.", "The Parties consult.", "The Parties report."], structure.Clauses.Select(c => c.Text));
        Assert.Equal(first.Trim().Split(' ', '\n')[^1].TrimEnd('.', ')'), structure.Clauses[0].Number);
        Assert.Equal("Done at Geneva on 1 March 2020.", structure.Closing?.Text);
    }

    [Fact]
    public void ReadsSubItemsInLatinAndCyrillicLetters()
    {
        var text = "Статья 1\nСтороны сотрудничают в области:\nа) энергетики;\nб) транспорта.\nСтатья 2\nСтороны проводят консультации:\n(a) regularly;\n(b) urgently.";

        var clauses = Analyse(text).Structure.Clauses;

        Assert.Equal(["а)", "б)"], clauses[0].Items.Select(item => item.Label));
        Assert.Equal("энергетики;", clauses[0].Items[0].Text);
        Assert.Equal(["(a)", "(b)"], clauses[1].Items.Select(item => item.Label));
        Assert.Equal("urgently.", clauses[1].Items[1].Text);
    }

    [Fact]
    public void ReadsChaptersAndTheArticlesInThem()
    {
        var text = "CHAPTER I General Provisions\n\nARTICLE 1\nObjectives\nThe objectives are these.\n\nCHAPTER II Trade In Goods\n\nARTICLE 2\nScope\nThis Chapter applies to goods.";

        var structure = Analyse(text).Structure;

        Assert.Equal([("CHAPTER", "I", "General Provisions"), ("CHAPTER", "II", "Trade In Goods")], structure.Sections.Select(s => (s.Label, s.Number, s.Heading)));
        Assert.Equal([("1", "Objectives", "I"), ("2", "Scope", "II")], structure.Clauses.Select(c => (c.Number, c.Heading, c.Section)));
        Assert.Equal("The objectives are these.", structure.Clauses[0].Text);
    }

    [Fact]
    public void ACrossReferenceOpeningALineIsNotAClause()
    {
        var text = "ARTICLE 9\nScope\nThis Agreement applies as set out in\nArticle 24 of the GATT 1994.\n\nARTICLE 10\nEntry Into Force\nIt enters into force on signature.";

        Assert.Equal(["9", "10"], Analyse(text).Structure.Clauses.Select(c => c.Number));
    }

    [Fact]
    public void ReadsTheRussianOperativeFormulaAndRecitals()
    {
        var text = "Декларация о союзническом взаимодействии\nРуководствуясь интересами народов,\nСтремясь к развитию отношений,\nзаявляют о нижеследующем:\n1. Стороны сотрудничают.\n2. Стороны консультируются.\nСовершено в г. Москве 22 февраля 2022 года.";

        var analysis = Analyse(text);

        Assert.Equal("ru", analysis.Language);
        Assert.Equal(DocumentKinds.Declaration, analysis.Kind);
        Assert.Equal(2, analysis.Structure.Preamble.Count);
        Assert.Equal("заявляют о нижеследующем:", analysis.Structure.OperativeFormula?.Text);
        Assert.Equal(2, analysis.Structure.Clauses.Count);
        Assert.Equal(new DateOnly(2022, 2, 22), analysis.SignedOn);
    }

    [Fact]
    public void ReadsSpeakerTurnsWithNameAndRole()
    {
        var text = "Prime Minister of Japan Taro Example: Thank you.\nWe met today.\nPresident of France Marie Exemple: Thank you too.\nTaro Example: One more word.";

        var analysis = Analyse(text);

        Assert.Equal(DocumentKinds.Transcript, analysis.Kind);
        Assert.Equal([("Taro Example", "Prime Minister of Japan", "JP", 2), ("Marie Exemple", "President of France", "FR", 1)],
            analysis.Speakers.Select(s => (s.Name, s.Role, s.Party, s.Turns.Count)));
    }
}

public class AgreementTextsInOtherLanguagesTests
{
    [Fact]
    public void ReadsAnAzerbaijaniDeclarationWithItsArticlesAndFormula()
    {
        var text = "Azərbaycan Respublikası ilə Rusiya Federasiyası arasında müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə\n" +
            "Dostluq ənənələrini nəzərə alaraq,\naşağıdakıları bəyan edirlər:\nMaddə 1\nTərəflər əməkdaşlıq edirlər.\nMaddə 2\nTərəflər məsləhətləşmələr aparırlar.";

        var analysis = DocumentPipeline.Default.AnalyseText(text, "az").Analysis;

        Assert.Equal("az", analysis.Language);
        Assert.Equal(DocumentKinds.Declaration, analysis.Kind);
        Assert.Equal(["AZ", "RU"], analysis.Parties);
        Assert.Single(analysis.Structure.Preamble);
        Assert.Equal("aşağıdakıları bəyan edirlər:", analysis.Structure.OperativeFormula?.Text);
        Assert.Equal(["1", "2"], analysis.Structure.Clauses.Select(c => c.Number));
    }

    [Fact]
    public void ReadsSignatoriesFromTheSignatureBlocksUnderTheClosingFormula()
    {
        var text = "Agreement between Japan and the Kingdom of Thailand\nThe Parties have agreed as follows:\nArticle 1\nThey cooperate.\nArticle 2\nThey consult.\n" +
            "Done at Bangkok on 3 April 2007.\nFor Japan:\nTaro Example\nFor the Kingdom of Thailand:\nSomchai Example";

        var analysis = DocumentPipeline.Default.AnalyseText(text, "signatures").Analysis;

        Assert.Equal([("Taro Example", "JP"), ("Somchai Example", "TH")], analysis.Signatories.Select(s => (s.Name, s.Party)));
        Assert.Equal("Bangkok", analysis.SigningPlace);
        Assert.Equal(new DateOnly(2007, 4, 3), analysis.SignedOn);
    }
}

public class DocumentPipelineBuilderTests
{
    [Fact]
    public void ABuiltPipelineUsesTheStagesItWasGiven()
    {
        var pipeline = DocumentPipelineBuilder.CreateDefault()
            .UseClauseClassifier((text, language) => new Entente.Text.Extraction.ClauseClassification(["trade-economy"], [new Analysis.Cue("trade-economy", "trade", new TextSpan(4, 9))], Modalities.Obligation, null))
            .UseExtractor((text, context) => new Entente.Text.Extraction.ExtractionResult { Entities = [new Analysis.EntityMention("Parties", new TextSpan(6, 13)) { Type = "organisation" }] })
            .Build();
        const string text = "1. The\u00A0trade grows.\n2. The Parties report.";

        var document = pipeline.AnalyseText(text, "built");
        var clause = document.Analysis.Structure.Clauses[0];

        Assert.Equal(["trade-economy"], clause.Spheres);
        Assert.Equal(Modalities.Obligation, clause.Modality);
        Assert.Equal("trade", clause.SphereCues[0].Span.Of(text));
        Assert.Equal(document.Analysis.Entities[0].Text, document.Analysis.Entities[0].Span.Of(text));
    }

    [Fact]
    public void AFaultInTheAnalysisFailsThatDocumentWithItsReasonAndThrowsNothing()
    {
        var pipeline = DocumentPipelineBuilder.CreateDefault()
            .UseExtractor((text, context) => text.Contains("fault", StringComparison.Ordinal) ? throw new InvalidOperationException("a stage broke") : new Entente.Text.Extraction.ExtractionResult())
            .Build();

        var failed = pipeline.Analyse("Baku, April 6, 2020. A fault here."u8.ToArray(), "faulty.txt");
        var read = pipeline.Analyse("Baku, April 6, 2020. All well."u8.ToArray(), "sound.txt");

        Assert.Equal("analysis-failed", failed.Analysis.Error?.Code);
        Assert.Contains("InvalidOperationException: a stage broke", failed.Analysis.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("faulty.txt", failed.Analysis.Source);
        Assert.Null(read.Analysis.Error);
    }
}

public class SpanMappingTests
{
    [Fact]
    public void AnExtractorSpanPastTheEndIsClampedNotThrown()
    {
        var pipeline = DocumentPipelineBuilder.CreateDefault()
            .UseExtractor((text, context) => new Entente.Text.Extraction.ExtractionResult { Dates = [new Analysis.DateMention("x", new TextSpan(2, text.Length + 50))] })
            .Build();

        var document = pipeline.AnalyseText("Baku, April 6, 2020", "clamp");

        Assert.Equal(new TextSpan(2, 19), document.Analysis.Dates[0].Span);
        Assert.Equal("ku, April 6, 2020", document.Analysis.Dates[0].Text);
    }
}
