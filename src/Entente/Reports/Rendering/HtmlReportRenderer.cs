using System.Net;
using System.Text;
using Entente.Web;

namespace Entente.Reports.Rendering;

/// <summary>
/// A report as one self-contained HTML file that prints well: its own stylesheet (A4 margins, no breaks inside
/// tables' rows or figures, headings kept with what follows) and charts as embedded PNG images with their tables.
/// </summary>
public static class HtmlReportRenderer
{
    private const string Style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
        .subtitle { color: #444; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #eef1f5; }
        figure { margin: 1rem 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-weight: bold; margin-bottom: .25rem; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print {
            body { margin: 0; max-width: none; font-size: 10.5pt; }
            h2 { break-after: avoid; page-break-after: avoid; }
            figure, tr { break-inside: avoid; page-break-inside: avoid; }
            thead { display: table-header-group; }
            a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>
    /// The policy to serve a report with: its one inline stylesheet allowed by hash, its images as data, nothing else
    /// (the site's own policy forbids inline styles, so a report opened in the browser would lose its layout).
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Render(Report report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(report.Title)).AppendLine("</title>");
        html.Append("<style>").Append(Style).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine("<header>");
        html.Append("<h1>").Append(E(report.Title)).AppendLine("</h1>");
        html.Append("<p class=\"subtitle\">").Append(E(report.Subtitle)).Append(" Generated ").Append(E(Format.Instant(report.GeneratedAt))).AppendLine(".</p>");
        html.AppendLine("</header>");
        html.AppendLine("<main>");
        var figure = 0;
        foreach (var section in report.Sections)
        {
            html.Append("<section id=\"").Append(E(section.Id)).AppendLine("\">");
            html.Append("<h2>").Append(E(section.Heading)).AppendLine("</h2>");
            foreach (var block in section.Blocks)
            {
                Write(html, block, ref figure);
            }

            html.AppendLine("</section>");
        }

        html.AppendLine("</main>");
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static void Write(StringBuilder html, ReportBlock block, ref int figure)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Append("<p>").Append(E(paragraph.Text)).AppendLine("</p>");
                break;
            case ReportList list:
                html.AppendLine("<ul>");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(E(item)).AppendLine("</li>");
                }

                html.AppendLine("</ul>");
                break;
            case ReportChart chart:
                figure++;
                var png = Convert.ToBase64String(ChartPainter.Png(chart));
                html.Append("<figure aria-labelledby=\"figure-").Append(figure).AppendLine("\">");
                html.Append("<figcaption id=\"figure-").Append(figure).Append("\">Figure ").Append(figure).Append(". ").Append(E(chart.Title)).AppendLine("</figcaption>");
                html.Append("<img src=\"data:image/png;base64,").Append(png).Append("\" alt=\"").Append(E(chart.Title)).AppendLine("; the table below gives the numbers.\">");
                Table(html, chart.Table);
                html.AppendLine("</figure>");
                break;
            case ReportTable table:
                Table(html, table);
                break;
        }
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.AppendLine("<table>");
        html.Append("<caption>").Append(E(table.Caption)).AppendLine("</caption>");
        html.Append("<thead><tr>");
        foreach (var heading in table.Headings)
        {
            html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }

        html.AppendLine("</tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(E(row[i])).Append(i == 0 ? "</th>" : "</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody>");
        html.AppendLine("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
