using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Entente.Text.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Entente.Text.Tests.Reading;

public class DocumentReadersTests
{
    private static ReadResult Read(byte[] bytes, string? name = null, string? hint = null) => DocumentReaders.Default.Read(bytes, name, hint);

    [Fact]
    public void SniffsFormatsByTheirFirstBytesNotTheirNames()
    {
        Assert.Equal(MediaTypes.Pdf, ContentSniffer.Sniff("%PDF-1.7\n"u8, "notes.txt"));
        Assert.Equal(MediaTypes.Docx, ContentSniffer.Sniff("PK\u0003\u0004rest"u8, "notes.txt"));
        Assert.Equal(MediaTypes.AkomaNtoso, ContentSniffer.Sniff("<?xml version=\"1.0\"?><akomaNtoso xmlns=\"x\"/>"u8));
        Assert.Equal(MediaTypes.Tota, ContentSniffer.Sniff("<?xml version=\"1.0\"?>\n<treaty>\n  <meta>"u8));
        Assert.Equal(MediaTypes.Html, ContentSniffer.Sniff("<!DOCTYPE html><html><body>x</body></html>"u8));
        Assert.Equal(MediaTypes.PlainText, ContentSniffer.Sniff("Declaration"u8, null, "text/plain; charset=utf-8"));
    }

    [Fact]
    public void HtmlKeepsTheArticleAndDropsNavigationHeaderFooterAndScripts()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Site</title><script>var tracking = 1;</script><style>p{}</style></head>
            <body>
              <header><a href="/">Home</a> <a href="/news">News</a></header>
              <nav><ul><li>Politics</li><li>Economy</li></ul></nav>
              <div class="sidebar"><p>Most read today</p></div>
              <article>
                <h1>Leaders sign a declaration</h1>
                <p>Baku, February 22. The two presidents signed a declaration.</p>
                <p>It has <b>43</b> clauses.</p>
              </article>
              <aside>Advertisement</aside>
              <footer>© Example News. All rights reserved.</footer>
            </body></html>
            """;

        var result = Read(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Html, result.MediaType);
        Assert.Equal("Leaders sign a declaration\nBaku, February 22. The two presidents signed a declaration.\nIt has 43 clauses.", result.Text);
    }

    [Fact]
    public void HtmlWithoutSemanticMarkupKeepsTheBlockWithTheMostParagraphText()
    {
        var html = """
            <html><body>
              <div id="menu"><p>Home</p><p>About</p></div>
              <div class="content"><p>The first paragraph of the story, long enough to count.</p><p>The second paragraph of the story.</p></div>
              <div><p>Links</p></div>
            </body></html>
            """;

        var result = Read(Encoding.UTF8.GetBytes(html));

        Assert.Equal("The first paragraph of the story, long enough to count.\nThe second paragraph of the story.", result.Text);
    }

    [Fact]
    public void DocxKeepsHeadingsAndWritesOutParagraphNumbers()
    {
        var bytes = WordDocument(
            ("Declaration on Cooperation", null),
            ("The Parties declare the following:", null),
            ("The Parties cooperate in trade.", 0),
            ("The Parties cooperate in energy:", 0),
            ("oil;", 1),
            ("gas.", 1),
            ("The Parties consult each other.", 0));

        var result = Read(bytes, "declaration.docx");

        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Docx, result.MediaType);
        Assert.Equal(
            "Declaration on Cooperation\nThe Parties declare the following:\n1. The Parties cooperate in trade.\n2. The Parties cooperate in energy:\na) oil;\nb) gas.\n3. The Parties consult each other.",
            result.Text);
    }

    [Fact]
    public void PdfIsReadThroughItsTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Article 1", 12, new PdfPoint(50, 750), font);
        page.AddText("The Parties cooperate.", 12, new PdfPoint(50, 730), font);

        var result = Read(builder.Build(), "treaty.pdf");

        Assert.Null(result.Error);
        Assert.Equal(MediaTypes.Pdf, result.MediaType);
        Assert.Contains("Article 1", result.Text, StringComparison.Ordinal);
        Assert.Contains("The Parties cooperate.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfWithoutATextLayerIsReportedNotGuessedAt()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 300, 2, fill: true);

        var result = Read(builder.Build(), "scan.pdf");

        Assert.Equal(IngestionErrors.PdfNoTextLayer, result.Error?.Code);
    }

    [Theory]
    [InlineData(new byte[0], IngestionErrors.EmptyDocument)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, IngestionErrors.EmptyDocument)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01 }, IngestionErrors.MalformedPdf)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02 }, IngestionErrors.UnsupportedFormat)]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F }, IngestionErrors.UnsupportedFormat)]
    public void BadBytesGiveADocumentedError(byte[] bytes, string code)
    {
        Assert.Equal(code, Read(bytes).Error?.Code);
    }

    [Fact]
    public void MalformedXmlIsReportedAsSuch()
    {
        var result = Read("<?xml version=\"1.0\"?><treaty><meta>"u8.ToArray());

        Assert.Equal(IngestionErrors.MalformedXml, result.Error?.Code);
    }

    [Fact]
    public void XmlThatIsNeitherAkomaNtosoNorTotaIsUnsupported()
    {
        var result = Read("<?xml version=\"1.0\"?><invoice><total>3</total></invoice>"u8.ToArray());

        Assert.Equal(IngestionErrors.UnsupportedFormat, result.Error?.Code);
    }

    [Fact]
    public void AnXmlDocumentTypeDeclarationIsRefused()
    {
        var result = Read("<?xml version=\"1.0\"?><!DOCTYPE treaty [<!ENTITY x \"y\">]><treaty><meta/><body/></treaty>"u8.ToArray());

        Assert.Equal(IngestionErrors.MalformedXml, result.Error?.Code);
    }

    private static byte[] WordDocument(params (string Text, int? Level)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 1 });
            var body = new Body();
            foreach (var (text, level) in paragraphs)
            {
                var paragraph = new Paragraph();
                if (level is { } ilvl)
                {
                    paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = 1 })));
                }
                else
                {
                    paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }));
                }

                paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
