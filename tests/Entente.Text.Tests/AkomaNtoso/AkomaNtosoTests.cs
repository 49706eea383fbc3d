using System.Text;
using System.Xml.Linq;
using Entente.Text.AkomaNtoso;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Entente.Text.Tests.Support;

namespace Entente.Text.Tests.AkomaNtoso;

public class AkomaNtosoTests
{
    private const string Sample = """
        Agreement on Cooperation between Japan and the Kingdom of Thailand
        Japan and the Kingdom of Thailand,
        Recognising the value of trade,
        Desirous to cooperate,
        Have agreed as follows:
        CHAPTER 1 General Provisions
        ARTICLE 1
        Objectives
        The objectives are:
        (a) trade;
        (b) investment.
        ARTICLE 2
        Definitions
        Terms mean what they say.
        CHAPTER 2 Final Provisions
        ARTICLE 3
        Entry Into Force
        This Agreement enters into force on signature.
        Done at Bangkok on 3 April 2007.
        """;

    private static AkomaNtosoValidator Validator() => new(Path.Combine(SharedFolder.Schemas, "akomantoso30.xsd"));

    [Fact]
    public void AnExportedAgreementValidatesAgainstTheSchema()
    {
        var analysis = DocumentPipeline.Default.AnalyseText(Sample, "sample").Analysis;

        var xml = AkomaNtosoExporter.Export(analysis);

        Assert.Empty(Validator().Validate(xml));
        Assert.Equal(3, xml.Descendants(AkomaNtosoNames.Namespace + "article").Count());
        Assert.Equal(2, xml.Descendants(AkomaNtosoNames.Namespace + "chapter").Count());
        Assert.Equal(["(a)", "(b)"], xml.Descendants(AkomaNtosoNames.Namespace + "point").Select(point => point.Element(AkomaNtosoNames.Namespace + "num")!.Value));
    }

    [Fact]
    public void AnExportedAgreementReadsBackWithTheSameArticlesAndItems()
    {
        var analysis = DocumentPipeline.Default.AnalyseText(Sample, "sample").Analysis;
        var xml = AkomaNtosoExporter.Export(analysis).ToString();

        var reimported = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(xml), "sample.xml").Analysis;

        Assert.Equal(analysis.Structure.Clauses.Select(c => (c.Number, c.Heading, c.Section)), reimported.Structure.Clauses.Select(c => (c.Number, c.Heading, c.Section)));
        Assert.Equal(["(a)", "(b)"], reimported.Structure.Clauses[0].Items.Select(item => item.Label));
        Assert.Equal(["JP", "TH"], reimported.Parties.Order());
    }

    [Fact]
    public void TheExportedDeclarationValidatesAndReadsBackWithItsClauses()
    {
        var path = SharedFolder.CorpusFile("000");
        var analysis = DocumentPipeline.Default.Analyse(File.ReadAllBytes(path), path).Analysis;

        var xml = AkomaNtosoExporter.Export(analysis);
        Assert.Empty(Validator().Validate(xml));

        var reimported = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(xml.ToString()), "declaration.xml").Analysis;
        Assert.Null(reimported.Error);
        Assert.Equal(analysis.Structure.Clauses.Select(c => (c.Number, c.Text)), reimported.Structure.Clauses.Select(c => (c.Number, c.Text)));
        Assert.Equal(analysis.Structure.Preamble.Count, reimported.Structure.Preamble.Count);
        Assert.Equal(analysis.Kind, reimported.Kind);
        Assert.Equal(analysis.SignedOn, reimported.SignedOn);
        Assert.Equal("en", reimported.Language);
    }

    [Fact]
    public void ANewsItemExportsAsAValidDocument()
    {
        var analysis = DocumentPipeline.Default.AnalyseText("Baku, April 6, 2020\nThe ambassador said relations are good.", "news").Analysis;

        Assert.Empty(Validator().Validate(AkomaNtosoExporter.Export(analysis)));
    }

    [Fact]
    public void TheValidatorReportsWhatIsWrong()
    {
        var ns = AkomaNtosoNames.Namespace;
        var invalid = new XDocument(new XElement(ns + "akomaNtoso", new XElement(ns + "doc", new XAttribute("name", "x"))));

        Assert.NotEmpty(Validator().Validate(invalid));
    }

    [Fact]
    public void AnAkomaNtosoDocumentIsReadAsTextWithItsArticles()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <act name="treaty">
                <meta><identification source="#x">
                  <FRBRWork><FRBRthis value="/a"/><FRBRuri value="/a"/><FRBRdate date="1997-07-03" name="signature"/><FRBRauthor href="#x"/><FRBRcountry value="ru"/></FRBRWork>
                  <FRBRExpression><FRBRthis value="/a/rus"/><FRBRuri value="/a/rus"/><FRBRdate date="1997-07-03" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="rus"/></FRBRExpression>
                  <FRBRManifestation><FRBRthis value="/a/rus/m"/><FRBRuri value="/a/rus/m"/><FRBRdate date="1997-07-03" name="x"/><FRBRauthor href="#x"/></FRBRManifestation>
                </identification></meta>
                <preface><p><docTitle>Договор о дружбе</docTitle></p></preface>
                <body>
                  <article eId="art_1"><num>Статья 1</num><content><p>Стороны развивают отношения.</p></content></article>
                  <article eId="art_2"><num>Статья 2</num><content><p>Стороны проводят консультации.</p></content></article>
                </body>
              </act>
            </akomaNtoso>
            """;

        var result = DocumentReaders.Default.Read(Encoding.UTF8.GetBytes(xml));
        var analysis = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(xml), "treaty.xml").Analysis;

        Assert.Equal(MediaTypes.AkomaNtoso, result.MediaType);
        Assert.Equal("Договор о дружбе\nСтатья 1\nСтороны развивают отношения.\nСтатья 2\nСтороны проводят консультации.", result.Text);
        Assert.Equal(["1", "2"], analysis.Structure.Clauses.Select(c => c.Number));
        Assert.Equal("treaty", analysis.Kind);
        Assert.Equal("ru", analysis.Language);
        Assert.Equal(new DateOnly(1997, 7, 3), analysis.SignedOn);
    }
}
