namespace Entente.Reports;

/// <summary>
/// A report as a sequence of sections made of plain blocks (paragraphs, lists, tables, charts), so each renderer
/// (HTML, Markdown, DOCX) only decides how a block looks, never what the report says.
/// </summary>
public sealed record Report(string Title, string Subtitle, string ViewLabel, DateTimeOffset GeneratedAt, ReportFacts Facts, IReadOnlyList<ReportSection> Sections);

/// <summary>The headline numbers of a report, also shown in its summary section.</summary>
public sealed record ReportFacts(
    int Commitments,
    int JointlyAchieved,
    int Disagreements,
    int Items,
    int OverdueItems,
    int ChangesSinceLastSession,
    int ConsultationsHeld,
    int Events);

public sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks);

/// <summary>One piece of a section.</summary>
public abstract record ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

public sealed record ReportList(IReadOnlyList<string> Items) : ReportBlock;

public sealed record ReportTable(string Caption, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>
/// A chart drawn on the server as an image. <see cref="Table"/> carries the same numbers for readers who cannot
/// see the image, and for Markdown, where the table stands in for it.
/// </summary>
public sealed record ReportChart(string Title, ReportChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ReportSeries> Series, ReportTable Table) : ReportBlock
{
    /// <summary>Whether the series are drawn on top of each other (bars only).</summary>
    public bool Stacked { get; init; }
}

public sealed record ReportSeries(string Name, IReadOnlyList<double> Values);

public enum ReportChartKind
{
    Bar,
    Line,
}
