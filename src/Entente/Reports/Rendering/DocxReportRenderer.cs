using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Format = Entente.Web.Format;
using W = DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Entente.Reports.Rendering;

/// <summary>
/// A report as a Word document: real heading styles (so the navigation pane and a table of contents work), tables
/// with a repeating header row, and charts as PNG images drawn on the server, each followed by its table.
/// </summary>
public static class DocxReportRenderer
{
    /// <summary>Text width of an A4 page with 2 cm margins, in EMU (914 400 per inch).</summary>
    private const long ImageWidthEmu = 6_300_000;

    public static byte[] Render(Report report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = "Entente";
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Paragraph(report.Title, "Title"));
            body.Append(Paragraph($"{report.Subtitle} Generated {Format.Instant(report.GeneratedAt)}.", "Subtitle"));
            var figure = 0;
            foreach (var section in report.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                foreach (var block in section.Blocks)
                {
                    switch (block)
                    {
                        case ReportParagraph paragraph:
                            body.Append(Paragraph(paragraph.Text, null));
                            break;
                        case ReportList list:
                            body.Append(list.Items.Select(item => Paragraph("•\u00A0" + item, "ListBullet")));
                            break;
                        case ReportChart chart:
                            figure++;
                            body.Append(Paragraph($"Figure {figure}. {chart.Title}", "Caption"));
                            body.Append(Image(main, chart, figure));
                            body.Append(Table(chart.Table));
                            break;
                        case ReportTable table:
                            body.Append(Paragraph(table.Caption, "Caption"));
                            body.Append(Table(table));
                            break;
                    }
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Table Table(ReportTable source)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableCaption { Val = source.Caption }));
        // Equal columns across the text width (9638 twips on A4 with 2 cm margins); Word widens them to fit as needed.
        var columns = Math.Max(1, source.Headings.Count);
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9638 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(source.Headings.Select(h => Cell(h, bold: true)));
        table.Append(header);
        foreach (var row in source.Rows)
        {
            table.Append(new TableRow(row.Select(cell => Cell(cell, bold: false))));
        }

        return table;
    }

    private static TableCell Cell(string text, bool bold)
    {
        var run = new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run));
    }

    private static Paragraph Image(MainDocumentPart main, ReportChart chart, int figure)
    {
        var png = ChartPainter.Png(chart);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var id = main.GetIdOfPart(part);
        var height = ImageWidthEmu * ChartPainter.Height / ChartPainter.Width;
        var inline = new DW.Inline(
            new DW.Extent { Cx = ImageWidthEmu, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (uint)figure, Name = $"Figure {figure}", Description = chart.Title + "; the table below gives the numbers." },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"figure-{figure}.png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = ImageWidthEmu, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static Styles Styles()
    {
        // Children of pPr and rPr must follow the schema's order (keepNext, spacing, ind, outlineLvl; b, color, sz) or Word refuses the file.
        static Style ParagraphStyle(string id, string name, int size, bool bold, int? outline = null, string? color = null, bool keepNext = false, Indentation? indentation = null)
        {
            var paragraph = new StyleParagraphProperties();
            if (keepNext || outline is not null)
            {
                paragraph.Append(new KeepNext());
            }

            paragraph.Append(new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
            if (indentation is not null)
            {
                paragraph.Append(indentation);
            }

            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }

            run.Append(new FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
        }

        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "21" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        var list = ParagraphStyle("ListBullet", "List Bullet", 10, bold: false, indentation: new Indentation { Left = "360", Hanging = "360" });
        var caption = ParagraphStyle("Caption", "caption", 10, bold: true, keepNext: true);
        var table = new Style(
            new StyleName { Val = "Report Table" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "999999" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = "ReportTable",
        };

        return new Styles(
            normal,
            ParagraphStyle("Title", "Title", 20, bold: true, color: "1F3864"),
            ParagraphStyle("Subtitle", "Subtitle", 11, bold: false, color: "444444"),
            ParagraphStyle("Heading1", "heading 1", 14, bold: true, outline: 0, color: "1F3864"),
            ParagraphStyle("Heading2", "heading 2", 12, bold: true, outline: 1, color: "1F3864"),
            caption,
            list,
            table);
    }
}
