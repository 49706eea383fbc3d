using System.Text;
using Entente.Web;

namespace Entente.Reports.Rendering;

/// <summary>A report as Markdown (GitHub-flavoured tables); each chart is given as its data table.</summary>
public static class MarkdownReportRenderer
{
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(Inline(report.Title)).AppendLine();
        text.Append('_').Append(Inline(report.Subtitle)).Append(" Generated ").Append(Format.Instant(report.GeneratedAt)).AppendLine("._").AppendLine();
        foreach (var section in report.Sections)
        {
            text.Append("## ").AppendLine(Inline(section.Heading)).AppendLine();
            foreach (var block in section.Blocks)
            {
                Write(text, block);
            }
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                text.AppendLine(Inline(paragraph.Text)).AppendLine();
                break;
            case ReportList list:
                foreach (var item in list.Items)
                {
                    text.Append("- ").AppendLine(Inline(item));
                }

                text.AppendLine();
                break;
            case ReportChart chart:
                text.Append("**Figure: ").Append(Inline(chart.Title)).AppendLine("** (the figure's data)").AppendLine();
                Table(text, chart.Table);
                break;
            case ReportTable table:
                text.Append("**").Append(Inline(table.Caption)).AppendLine("**").AppendLine();
                Table(text, table);
                break;
        }
    }

    private static void Table(StringBuilder text, ReportTable table)
    {
        text.Append("| ").Append(string.Join(" | ", table.Headings.Select(Cell))).AppendLine(" |");
        text.Append('|').Append(string.Concat(table.Headings.Select(_ => " --- |"))).AppendLine();
        foreach (var row in table.Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
        }

        text.AppendLine();
    }

    /// <summary>A table cell: a pipe would end the cell and a line break the row, so both are neutralised.</summary>
    public static string Cell(string value) => Inline(value).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text that Markdown would otherwise read as markup (emphasis, links, HTML) is escaped; line breaks become spaces.</summary>
    public static string Inline(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
