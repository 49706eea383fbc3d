using System.Globalization;
using SkiaSharp;

namespace Entente.Reports.Rendering;

/// <summary>
/// Draws a <see cref="ReportChart"/> as a PNG on the server (for DOCX and printable HTML): bars (grouped or stacked)
/// or lines over categories, a value axis from zero, and a legend. Deliberately plain: the data table carries the detail.
/// </summary>
public static class ChartPainter
{
    // Okabe–Ito colours: told apart by readers with the common forms of colour blindness.
    private static readonly SKColor[] s_palette =
    [
        new(0x00, 0x72, 0xB2), new(0xE6, 0x9F, 0x00), new(0x00, 0x9E, 0x73), new(0xD5, 0x5E, 0x00),
        new(0xCC, 0x79, 0xA7), new(0x56, 0xB4, 0xE9), new(0xF0, 0xE4, 0x42), new(0x00, 0x00, 0x00),
    ];

    private static readonly Lazy<SKTypeface> s_typeface = new(LoadTypeface);

    public const int Width = 960;
    public const int Height = 480;

    public static byte[] Png(ReportChart chart, int width = Width, int height = Height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var font = new SKFont(s_typeface.Value, 15);
        using var small = new SKFont(s_typeface.Value, 13);
        using var ink = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(0xDD, 0xDD, 0xDD), StrokeWidth = 1, IsAntialias = true };

        canvas.DrawText(Fit(chart.Title, font, width - 32), 16, 26, SKTextAlign.Left, font, ink);

        var legendRows = HasLegend(chart) ? 1 + ((chart.Series.Count - 1) / 4) : 0;
        // Many categories: their labels are slanted, and need more room below the axis.
        var slanted = chart.Categories.Count > 8;
        var plot = new SKRect(70, 48, width - 24, height - (slanted ? 130 : 64) - (legendRows * 22));
        var max = Max(chart);
        var step = NiceStep(max / 5);
        var top = Math.Max(step, Math.Ceiling(max / step) * step);
        float Y(double value) => plot.Bottom - (float)(value / top * plot.Height);

        for (var tick = 0.0; tick <= top + (step / 2); tick += step)
        {
            canvas.DrawLine(plot.Left, Y(tick), plot.Right, Y(tick), grid);
            canvas.DrawText(Short(tick), plot.Left - 8, Y(tick) + 4, SKTextAlign.Right, small, ink);
        }

        var count = Math.Max(1, chart.Categories.Count);
        var slot = plot.Width / count;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var x = plot.Left + (slot * (i + 0.5f));
            if (slanted)
            {
                canvas.Save();
                canvas.RotateDegrees(-40, x, plot.Bottom + 14);
                canvas.DrawText(Fit(chart.Categories[i], small, 130), x, plot.Bottom + 14, SKTextAlign.Right, small, ink);
                canvas.Restore();
            }
            else
            {
                canvas.DrawText(Fit(chart.Categories[i], small, slot - 4), x, plot.Bottom + 18, SKTextAlign.Center, small, ink);
            }
        }

        if (chart.Kind == ReportChartKind.Line)
        {
            DrawLines(canvas, chart, plot, slot, Y);
        }
        else
        {
            DrawBars(canvas, chart, plot, slot, Y);
        }

        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, ink);
        DrawLegend(canvas, chart, small, ink, height - (legendRows * 22) + 8, width);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawBars(SKCanvas canvas, ReportChart chart, SKRect plot, float slot, Func<double, float> y)
    {
        var groupWidth = Math.Min(slot * 0.7f, 90f * (chart.Stacked ? 1 : chart.Series.Count));
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var left = plot.Left + (slot * i) + ((slot - groupWidth) / 2);
            var stackedTop = 0.0;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = i < chart.Series[s].Values.Count ? chart.Series[s].Values[i] : 0;
                using var fill = new SKPaint { Color = s_palette[s % s_palette.Length], IsAntialias = true };
                if (chart.Stacked)
                {
                    canvas.DrawRect(SKRect.Create(left, y(stackedTop + value), groupWidth, y(stackedTop) - y(stackedTop + value)), fill);
                    stackedTop += value;
                }
                else
                {
                    var barWidth = groupWidth / chart.Series.Count;
                    canvas.DrawRect(SKRect.Create(left + (barWidth * s), y(value), barWidth - 1, y(0) - y(value)), fill);
                }
            }
        }
    }

    private static void DrawLines(SKCanvas canvas, ReportChart chart, SKRect plot, float slot, Func<double, float> y)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            using var stroke = new SKPaint { Color = s_palette[s % s_palette.Length], StrokeWidth = 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
            using var dot = new SKPaint { Color = s_palette[s % s_palette.Length], IsAntialias = true };
            var values = chart.Series[s].Values;
            SKPoint? previous = null;
            for (var i = 0; i < values.Count && i < chart.Categories.Count; i++)
            {
                var point = new SKPoint(plot.Left + (slot * (i + 0.5f)), y(values[i]));
                if (previous is { } from)
                {
                    canvas.DrawLine(from, point, stroke);
                }

                canvas.DrawCircle(point, 4, dot);
                previous = point;
            }
        }
    }

    private static void DrawLegend(SKCanvas canvas, ReportChart chart, SKFont font, SKPaint ink, float top, int width)
    {
        if (!HasLegend(chart))
        {
            return;
        }

        var column = (width - 80) / 4f;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var x = 70 + (column * (s % 4));
            var y = top + (22 * (s / 4));
            using var fill = new SKPaint { Color = s_palette[s % s_palette.Length], IsAntialias = true };
            canvas.DrawRect(SKRect.Create(x, y - 11, 14, 14), fill);
            canvas.DrawText(Fit(chart.Series[s].Name, font, column - 24), x + 20, y + 1, SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>A legend when there is more than one series, or when a stack's single series still needs its name.</summary>
    private static bool HasLegend(ReportChart chart) => chart.Series.Count > 1 || (chart.Stacked && chart.Series.Count == 1);

    private static double Max(ReportChart chart)
    {
        if (chart.Series.Count == 0 || chart.Categories.Count == 0)
        {
            return 1;
        }

        var max = chart.Stacked
            ? Enumerable.Range(0, chart.Categories.Count).Max(i => chart.Series.Sum(s => i < s.Values.Count ? s.Values[i] : 0))
            : chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        return max <= 0 ? 1 : max;
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        if (rough <= 0 || double.IsNaN(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /// <summary>Axis labels: 3400000000 → "3.4bn", 12000 → "12k".</summary>
    private static string Short(double value) => Math.Abs(value) switch
    {
        >= 1e9 => (value / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + "bn",
        >= 1e6 => (value / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "m",
        >= 1e4 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>The text, shortened with an ellipsis to fit <paramref name="width"/>.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && font.MeasureText(text[..length] + "…") > width)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    /// <summary>
    /// A sans-serif face with Cyrillic and Azerbaijani letters. The self-contained Skia build may find no system fonts,
    /// so the common Debian font files are tried by path before falling back to Skia's default.
    /// </summary>
    private static SKTypeface LoadTypeface()
    {
        string[] candidates =
        [
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        ];
        foreach (var path in candidates.Where(File.Exists))
        {
            if (SKTypeface.FromFile(path) is { } face)
            {
                return face;
            }
        }

        return SKTypeface.FromFamilyName("sans-serif") ?? SKTypeface.Default;
    }
}
