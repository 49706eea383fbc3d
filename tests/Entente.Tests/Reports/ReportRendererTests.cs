using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Entente.Reports;
using Entente.Reports.Rendering;
using SkiaSharp;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace Entente.Tests.Reports;

/// <summary>Each renderer from the same known report: Markdown text, HTML elements, a DOCX opened with OpenXml, PNG charts.</summary>
public class ReportRendererTests
{
    private static readonly Report s_report = ReportBuilder.Build(ReportSamples.Data());

    [Fact]
    public void MarkdownHasTheTitleSectionHeadingsAndTablesWithPipesEscaped()
    {
        var markdown = MarkdownReportRenderer.Render(s_report);

        Assert.StartsWith("# Ruritania–Freedonia: report to commission session 2\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n## What changed since session 1\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("| status: in-progress → achieved |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sphere | not started | in progress | achieved | stalled | at risk | disagreement | pending | Total |", markdown, StringComparison.Ordinal);
        Assert.Equal(s_report.Sections.Count, markdown.ReplaceLineEndings("\n").Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _it_ [link](x) <b>", "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>")]
    [InlineData("two\nlines", "two lines")]
    public void MarkdownCellsNeitherBreakTheTableNorBecomeMarkup(string text, string expected) =>
        Assert.Equal(expected, MarkdownReportRenderer.Cell(text));

    [Fact]
    public void HtmlIsOneDocumentWithSectionsTablesEmbeddedChartImagesAndPrintRules()
    {
        var html = HtmlReportRenderer.Render(s_report with { Title = "Report <script>alert(1)</script>" });
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("Report <script>alert(1)</script>", document.QuerySelector("h1")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("body script"));
        Assert.Equal(s_report.Sections.Select(s => s.Heading), document.QuerySelectorAll("section > h2").Select(h => h.TextContent));
        var figures = document.QuerySelectorAll("figure");
        var charts = s_report.Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().Count();
        Assert.Equal(charts, figures.Length);
        Assert.All(figures, f =>
        {
            var image = f.QuerySelector("img")!;
            Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
            Assert.NotNull(f.QuerySelector("table > thead th[scope=col]"));
        });
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "status: in-progress → achieved");
    }

    [Fact]
    public void DocxOpensWithHeadingStylesTablesAndOnePngPerChart()
    {
        var bytes = DocxReportRenderer.Render(s_report);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var problems = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(s_report.Sections.Select(s => s.Heading), headings);
        Assert.Contains(main.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId == "Heading1" && s.StyleParagraphProperties?.OutlineLevel?.Val?.Value == 0);

        var blocks = s_report.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.Equal(blocks.Count(b => b is ReportTable or ReportChart), body.Elements<Table>().Count());
        var changes = body.Elements<Table>().Single(t => t.InnerText.Contains("status: in-progress → achieved", StringComparison.Ordinal));
        Assert.NotNull(changes.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());

        var charts = blocks.OfType<ReportChart>().Count();
        Assert.Equal(charts, body.Descendants<Drawing>().Count());
        Assert.Equal(charts, main.ImageParts.Count());
        foreach (var part in main.ImageParts)
        {
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            AssertPng(copy.ToArray());
        }

        Assert.Equal(s_report.Title, document.PackageProperties.Title);
    }

    [Fact]
    public void ChartsArePngImagesOfTheStatedSizeWithInkOnThem()
    {
        var chart = s_report.Sections.SelectMany(s => s.Blocks).OfType<ReportChart>().First(c => c.Stacked);

        var png = ChartPainter.Png(chart);

        using var bitmap = AssertPng(png);
        Assert.Equal(ChartPainter.Width, bitmap.Width);
        Assert.Equal(ChartPainter.Height, bitmap.Height);
        // Not a blank page: the bars use the palette's first colour somewhere.
        var coloured = Enumerable.Range(0, bitmap.Width / 4).SelectMany(x => Enumerable.Range(0, bitmap.Height / 4).Select(y => bitmap.GetPixel(x * 4, y * 4)))
            .Count(p => p.Red != p.Green || p.Green != p.Blue);
        Assert.True(coloured > 100, $"only {coloured} coloured samples");
    }

    [Theory]
    [InlineData(0.6, 1)]
    [InlineData(3, 5)]
    [InlineData(680_000_000, 1_000_000_000)]
    [InlineData(0, 1)]
    public void AxisStepsAreOneTwoOrFiveTimesAPowerOfTen(double rough, double expected) =>
        Assert.Equal(expected, ChartPainter.NiceStep(rough), 6);

    private static SKBitmap AssertPng(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), "no PNG signature");
        var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        return bitmap;
    }
}
