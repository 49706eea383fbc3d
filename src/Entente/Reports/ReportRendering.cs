using System.Text;
using Entente.Reports.Rendering;

namespace Entente.Reports;

/// <summary>The formats a report is written in.</summary>
public enum ReportFormat
{
    Html,
    Md,
    Docx,
}

/// <summary>A rendered report: its bytes and how to serve or save them.</summary>
public sealed record RenderedReport(byte[] Bytes, string ContentType, string FileName);

/// <summary>Picks the renderer for a format and names the file.</summary>
public static class ReportRendering
{
    public const string Formats = "html, md or docx";

    public static bool TryParse(string? key, out ReportFormat format)
    {
        format = ReportFormat.Html;
        switch (key?.Trim().ToLowerInvariant())
        {
            case "html":
                return true;
            case "md" or "markdown":
                format = ReportFormat.Md;
                return true;
            case "docx":
                format = ReportFormat.Docx;
                return true;
            default:
                return false;
        }
    }

    public static RenderedReport Render(Report report, ReportData data, ReportFormat format)
    {
        var name = data.Session is { } session
            ? $"entente-report-session-{session.Number}"
            : $"entente-report-{data.From:yyyy-MM-dd}-to-{data.To:yyyy-MM-dd}";
        return format switch
        {
            ReportFormat.Md => new(Encoding.UTF8.GetBytes(MarkdownReportRenderer.Render(report)), "text/markdown; charset=utf-8", name + ".md"),
            ReportFormat.Docx => new(DocxReportRenderer.Render(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            _ => new(Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(report)), "text/html; charset=utf-8", name + ".html"),
        };
    }
}
