using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Entente.Web.Charts;

/// <summary>
/// A chart on a page: an ECharts option drawn by <c>/js/charts.js</c>, and the same numbers as a table that
/// screen readers read and people copy. Render it with the <c>_Chart</c> partial.
/// </summary>
/// <param name="Id">A page-unique id; the figure's caption and table hang off it.</param>
/// <param name="Title">What the chart shows, in words (the figure caption and the drawing's accessible name).</param>
/// <param name="Option">The ECharts option (series, axes…); a data item with a <c>url</c> opens it on click.</param>
/// <param name="Table">The numbers behind the drawing.</param>
public sealed record ChartModel(string Id, string Title, object Option, ChartTable Table)
{
    // The encoder escapes <, > and & (so the JSON cannot close the script element that carries it) but writes
    // Cyrillic and Azerbaijani letters as they are, so a chart in Russian stays readable and small.
    private static readonly JsonSerializerOptions OptionJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A short description under the caption (sources, what is derived), if any.</summary>
    public string? Description { get; init; }

    /// <summary>How tall the drawing is (the stylesheet sets the heights).</summary>
    public ChartSize Size { get; init; } = ChartSize.Medium;

    /// <summary>The stylesheet class for <see cref="Size"/>.</summary>
    public string SizeClass => Size switch
    {
        ChartSize.Small => "chart-small",
        ChartSize.Large => "chart-large",
        _ => "chart-medium",
    };

    public string OptionJsonText => JsonSerializer.Serialize(Option, OptionJson);
}

/// <summary>The table form of a chart: column headings and rows of cells already formatted for the reader.</summary>
public sealed record ChartTable(IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>Heights a chart comes in.</summary>
public enum ChartSize
{
    Small,
    Medium,
    Large,
}
