using Entente.Agreements;

namespace Entente.Home;

/// <summary>Positions of the legal base's agreements on a horizontal time axis, for an SVG drawn on the server.</summary>
public sealed record Timeline(int Width, int Height, int AxisY, IReadOnlyList<TimelineTick> Ticks, IReadOnlyList<TimelineMark> Marks)
{
    private const int Margin = 30;
    private const int LaneHeight = 20;
    private const int Lanes = 8;
    private const double CharacterWidth = 6.0;
    private const int MaxLabelLength = 46;

    /// <summary>
    /// Lays out agreements by signing date. Each label takes the lowest lane where it overlaps no other
    /// label; labels near the right edge extend leftwards so none is cut off.
    /// </summary>
    public static Timeline? Lay(IReadOnlyList<AgreementSummary> agreements, int width = 960)
    {
        var dated = agreements.Where(a => a.SignedOn is not null).OrderBy(a => a.SignedOn).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var first = dated[0].SignedOn!.Value.Year;
        var last = dated[^1].SignedOn!.Value.Year + 1;
        var span = Math.Max(1, last - first);
        double X(DateOnly date) => Margin + ((width - (2 * Margin)) * ((date.Year - first) + (date.DayOfYear / 366.0)) / span);

        var axisY = 20 + (Lanes * LaneHeight);
        var occupied = Enumerable.Range(0, Lanes).Select(_ => new List<(double From, double To)>()).ToArray();
        var marks = new List<TimelineMark>();
        foreach (var agreement in dated)
        {
            var x = X(agreement.SignedOn!.Value);
            var label = agreement.ShortTitle.Length > MaxLabelLength ? agreement.ShortTitle[..(MaxLabelLength - 1)] + "…" : agreement.ShortTitle;
            var labelWidth = label.Length * CharacterWidth;
            var leftwards = x + labelWidth > width - 4;
            var extent = leftwards ? (From: x - labelWidth - 8, To: x) : (From: x, To: x + labelWidth + 8);
            var lane = Array.FindIndex(occupied, taken => !taken.Any(t => t.From < extent.To && extent.From < t.To));
            lane = lane < 0 ? Lanes - 1 : lane;
            occupied[lane].Add(extent);
            marks.Add(new TimelineMark(agreement, x, axisY - ((lane + 1) * LaneHeight), label, leftwards));
        }

        var step = span > 40 ? 10 : span > 20 ? 5 : span > 8 ? 2 : 1;
        var ticks = new List<TimelineTick>();
        for (var year = first - (first % step) + step; year < last; year += step)
        {
            ticks.Add(new TimelineTick(year, X(new DateOnly(year, 1, 1))));
        }

        return new Timeline(width, axisY + 30, axisY, ticks, marks);
    }
}

public sealed record TimelineTick(int Year, double X);

/// <summary>One agreement on the timeline; <see cref="Leftwards"/> labels end at the mark instead of starting there.</summary>
public sealed record TimelineMark(AgreementSummary Agreement, double X, double LabelY, string Label, bool Leftwards)
{
    public double LabelX => Leftwards ? X - 4 : X + 4;

    public string Anchor => Leftwards ? "end" : "start";
}
