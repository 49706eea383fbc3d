using System.Globalization;
using System.Text.Json;
using Entente.Access;
using Entente.Commitments;
using Entente.Storage;
using Entente.Web;

namespace Entente.Reports;

/// <summary>Turns <see cref="ReportData"/> into a <see cref="Report"/>: what a secretariat puts before a commission session.</summary>
public static class ReportBuilder
{
    public const string Disagreement = "disagreement";
    public const string Pending = "pending";
    private const string NoRoadmap = "Items under no roadmap";

    /// <summary>Assessment statuses in reading order, then the two states that are not a shared status.</summary>
    public static IReadOnlyList<string> StatusColumns { get; } = [.. KebabCase.KeysOf<AssessmentStatus>(), Disagreement, Pending];

    public static Report Build(ReportData data)
    {
        var asOf = data.To < data.Today ? data.To : data.Today;
        var changesFrom = data.PreviousSession?.HeldOn?.AddDays(1) ?? data.From;
        var changes = data.Changes
            .Where(c => DateOnly.FromDateTime(c.At.UtcDateTime) >= changesFrom && DateOnly.FromDateTime(c.At.UtcDateTime) <= data.To)
            .OrderBy(c => c.At).ToList();
        var overdue = data.Items.Where(i => IsOverdue(i, asOf)).OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToList();
        var held = data.Consultations.Where(c => c.HeldAt is { } at && InPeriod(data, DateOnly.FromDateTime(at.UtcDateTime))).ToList();
        var events = data.Events.Where(e => e.StartsOn <= data.To && (e.EndsOn ?? e.StartsOn) >= data.From).OrderBy(e => e.StartsOn).ToList();
        var joint = data.Commitments.Select(c => JointOf(data.Parties, c)).ToList();
        var facts = new ReportFacts(
            data.Commitments.Count,
            joint.Count(s => s == "achieved"),
            joint.Count(s => s == Disagreement),
            data.Items.Count,
            overdue.Count,
            changes.Count,
            held.Count,
            events.Count);

        List<ReportSection> sections =
        [
            Summary(data, facts, asOf, changesFrom),
            .. SessionSections(data),
            StatusBySphere(data),
            Roadmaps(data, asOf),
            Changes(data, changes, changesFrom),
            Overdue(overdue, asOf),
            Indicators(data),
            Consultations(data, held, asOf),
            Events(events),
            Sources(data),
        ];

        var title = data.Session is { } session
            ? $"{data.PartnershipName}: report to commission session {session.Number}"
            : $"{data.PartnershipName}: report for {Format.Date(data.From)} – {Format.Date(data.To)}";
        var subtitle = $"Period {Format.Date(data.From)} – {Format.Date(data.To)}; {data.ViewLabel}.";
        return new Report(title, subtitle, data.ViewLabel, data.GeneratedAt, facts, sections);
    }

    /// <summary>Past due on <paramref name="asOf"/> and not finished by then (cancelled items are never overdue).</summary>
    public static bool IsOverdue(ReportItem item, DateOnly asOf) =>
        item.DueOn is { } due && due < asOf && !IsFinished(item, asOf) && item.Status != "cancelled";

    /// <summary>Done by <paramref name="asOf"/>: completed on or before it, or done with no completion date.</summary>
    public static bool IsFinished(ReportItem item, DateOnly asOf) =>
        item.CompletedOn is { } completed ? completed <= asOf : item.Status == "done";

    /// <summary>The shared status when every Party's visible assessment agrees, else a disagreement or pending.</summary>
    public static string JointOf(IReadOnlyList<string> parties, ReportCommitment commitment)
    {
        var statuses = parties.Select(p => commitment.StatusByParty.GetValueOrDefault(p)).ToList();
        if (parties.Count == 0 || statuses.Any(s => s is null))
        {
            return Pending;
        }

        return statuses.Distinct(StringComparer.Ordinal).Count() == 1 ? statuses[0]! : Disagreement;
    }

    private static bool InPeriod(ReportData data, DateOnly day) => day >= data.From && day <= data.To;

    private static ReportSection Summary(ReportData data, ReportFacts facts, DateOnly asOf, DateOnly changesFrom)
    {
        var since = data.PreviousSession is { } previous
            ? $"since commission session {previous.Number} ({Format.Date(previous.HeldOn)})"
            : $"since {Format.Date(changesFrom)}";
        var markings = data.Items.Select(i => i.Marking).Concat(data.Changes.Select(c => c.Marking)).Concat(data.Consultations.Select(c => c.Marking))
            .Concat(data.Events.Select(e => e.Marking)).OfType<string>().ToList();
        List<ReportBlock> notice = markings.Count == 0 ? [] : [new ReportParagraph(PrivacyMarks.Notice(markings))];
        return new ReportSection("summary", "Summary",
        [
            .. notice,
            new ReportParagraph(
                $"This report covers {Format.Date(data.From)} to {Format.Date(data.To)} and shows {data.ViewLabel}: records kept to one Party " +
                "or to named people appear only in reports made for them. Overdue items are judged on " + Format.Date(asOf) + "."),
            new ReportList(
            [
                $"{facts.Commitments} commitments; {facts.JointlyAchieved} jointly assessed as achieved; {facts.Disagreements} where the Parties' assessments differ.",
                $"{facts.Items} action items, {facts.OverdueItems} overdue.",
                $"{facts.ChangesSinceLastSession} recorded changes {since}.",
                $"{facts.ConsultationsHeld} consultations held and {facts.Events} events in the period.",
            ]),
        ]);
    }

    private static IEnumerable<ReportSection> SessionSections(ReportData data)
    {
        if (data.Session is { } session)
        {
            var blocks = new List<ReportBlock>
            {
                new ReportParagraph($"Session {session.Number}, {Format.Date(session.HeldOn)}{(session.Place is null ? string.Empty : ", " + session.Place)}." +
                    (session.CoChairs.Count > 0 ? $" Co-chairs: {string.Join("; ", session.CoChairs)}." : string.Empty)),
            };
            if (session.Agenda.Count > 0)
            {
                blocks.Add(new ReportParagraph("Agenda:"));
                blocks.Add(new ReportList(session.Agenda));
            }

            if (session.Decisions.Count > 0)
            {
                blocks.Add(new ReportParagraph("Decisions:"));
                blocks.Add(new ReportList(session.Decisions));
            }

            yield return new ReportSection("session", $"Commission session {session.Number}", blocks);
        }

        var others = data.Sessions.Where(s => s.Number != data.Session?.Number).ToList();
        if (others.Count > 0)
        {
            yield return new ReportSection("sessions", "Commission sessions in the period",
            [
                new ReportTable("Commission sessions in the period", ["Session", "Held on", "Place", "Decisions"],
                    [.. others.Select(s => Row(Number(s.Number), Format.Date(s.HeldOn), s.Place ?? "—", Number(s.Decisions.Count)))]),
            ]);
        }
    }

    private static ReportSection StatusBySphere(ReportData data)
    {
        var spheres = data.Commitments.SelectMany(c => c.Spheres).Distinct(StringComparer.Ordinal).OrderBy(Format.Sphere, StringComparer.Ordinal).ToList();
        if (data.Commitments.Count == 0)
        {
            return new ReportSection("status", "Status per sphere", [new ReportParagraph("There are no commitments in the legal base yet.")]);
        }

        // A commitment with no sphere still counts, under "other".
        var bySphere = data.Commitments.SelectMany(c => (c.Spheres.Count == 0 ? ["other"] : c.Spheres).Select(s => (Sphere: s, Commitment: c))).ToList();
        if (bySphere.Any(p => p.Sphere == "other") && !spheres.Contains("other"))
        {
            spheres.Add("other");
        }

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph("A commitment counts once under each sphere it belongs to. \"Jointly\" means both Parties' assessments agree; " +
                "\"pending\" means a Party has not assessed it yet."),
        };
        var jointCounts = Count(spheres, bySphere, c => JointOf(data.Parties, c));
        blocks.Add(StackedChart("Commitments by sphere and joint status", spheres, jointCounts));
        foreach (var party in data.Parties)
        {
            var counts = Count(spheres, bySphere, c => c.StatusByParty.GetValueOrDefault(party) ?? Pending);
            blocks.Add(CountTable($"Commitments by sphere as assessed by {party}", spheres, counts, [.. StatusColumns.Where(s => s != Disagreement)]));
        }

        return new ReportSection("status", "Status per sphere", blocks);
    }

    private static Dictionary<(string Sphere, string Status), int> Count(
        List<string> spheres, List<(string Sphere, ReportCommitment Commitment)> bySphere, Func<ReportCommitment, string> status) =>
        bySphere.GroupBy(p => (p.Sphere, status(p.Commitment))).ToDictionary(g => g.Key, g => g.Count());

    private static ReportChart StackedChart(string title, List<string> spheres, Dictionary<(string, string), int> counts)
    {
        var statuses = StatusColumns.Where(s => spheres.Any(sphere => counts.ContainsKey((sphere, s)))).ToList();
        var series = statuses.Select(s => new ReportSeries(Label(s), [.. spheres.Select(sphere => (double)counts.GetValueOrDefault((sphere, s)))])).ToList();
        return new ReportChart(title, ReportChartKind.Bar, [.. spheres.Select(Format.Sphere)], series, CountTable(title, spheres, counts, StatusColumns)) { Stacked = true };
    }

    private static ReportTable CountTable(string caption, List<string> spheres, Dictionary<(string, string), int> counts, IReadOnlyList<string> statuses) =>
        new(caption, ["Sphere", .. statuses.Select(Label), "Total"],
            [.. spheres.Select(sphere => (IReadOnlyList<string>)
                [Format.Sphere(sphere), .. statuses.Select(s => Number(counts.GetValueOrDefault((sphere, s)))), Number(statuses.Sum(s => counts.GetValueOrDefault((sphere, s))))])]);

    private static ReportSection Roadmaps(ReportData data, DateOnly asOf)
    {
        if (data.Items.Count == 0)
        {
            return new ReportSection("roadmaps", "Roadmaps", [new ReportParagraph("No action items are visible in this view.")]);
        }

        var titles = data.Roadmaps.ToDictionary(r => r.Id, r => $"{r.Agreement}, roadmap {r.Number}: {r.Title}");
        var groups = data.Items.GroupBy(i => i.RoadmapId is { } id && titles.ContainsKey(id) ? titles[id] : NoRoadmap)
            .OrderBy(g => g.Key == NoRoadmap).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var rows = groups.Select(g => new
        {
            Roadmap = g.Key,
            Items = g.Count(),
            Planned = g.Count(i => (i.BaselineDueOn ?? i.DueOn) is { } due && due <= asOf),
            Done = g.Count(i => IsFinished(i, asOf) && i.Status != "cancelled"),
            Overdue = g.Count(i => IsOverdue(i, asOf)),
            Percent = g.Average(i => (double)i.PercentDone),
        }).ToList();
        var against = data.BaselineName is null ? "the current plan (no baseline frozen yet)" : $"baseline \"{data.BaselineName}\"";
        var table = new ReportTable($"Roadmap progress against {against}", ["Roadmap", "Items", $"Due by {Format.Date(asOf)}", "Done", "Overdue", "Average % done"],
            [.. rows.Select(r => Row(r.Roadmap, Number(r.Items), Number(r.Planned), Number(r.Done), Number(r.Overdue), r.Percent.ToString("0", CultureInfo.InvariantCulture)))]);
        var chart = new ReportChart($"Planned and done by {Format.Date(asOf)}", ReportChartKind.Bar, [.. rows.Select(r => r.Roadmap)],
            [new ReportSeries("Planned", [.. rows.Select(r => (double)r.Planned)]), new ReportSeries("Done", [.. rows.Select(r => (double)r.Done)])], table);
        return new ReportSection("roadmaps", "Roadmaps",
            [new ReportParagraph($"\"Due\" counts the items whose due date in {against} had come by {Format.Date(asOf)}."), chart]);
    }

    private static ReportSection Changes(ReportData data, List<ReportChange> changes, DateOnly changesFrom)
    {
        var heading = data.PreviousSession is { } previous
            ? $"What changed since session {previous.Number}"
            : $"What changed since {Format.Date(changesFrom)}";
        if (changes.Count == 0)
        {
            return new ReportSection("changes", heading, [new ReportParagraph("No change to assessments, action items, consultations or events is recorded in this view.")]);
        }

        return new ReportSection("changes", heading,
        [
            new ReportParagraph($"From the audit trail, {Format.Date(changesFrom)} to {Format.Date(data.To)}."),
            new ReportTable(heading, ["When", "Who", "What", "Change"],
                [.. changes.Select(c => Row(Format.Instant(c.At), c.Actor, PrivacyMarks.Mark(c.Marking, c.Subject), Describe(c)))]),
        ]);
    }

    /// <summary>"added", or the changed fields as "status: in-progress → achieved".</summary>
    public static string Describe(ReportChange change)
    {
        if (change.Action != "modified")
        {
            return change.Action;
        }

        var before = Fields(change.Before);
        var after = Fields(change.After);
        var parts = after.Where(p => p.Key is not ("Version" or "Id"))
            .Select(p => $"{Words(p.Key)}: {before.GetValueOrDefault(p.Key) ?? "—"} → {p.Value ?? "—"}").ToList();
        return parts.Count == 0 ? "modified" : string.Join("; ", parts);
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            // A malformed entry is shown as a bare "modified" rather than failing the whole report.
        }

        return fields;
    }

    /// <summary>"PercentDone" → "percent done".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static ReportSection Overdue(List<ReportItem> overdue, DateOnly asOf)
    {
        if (overdue.Count == 0)
        {
            return new ReportSection("overdue", "Overdue action items", [new ReportParagraph($"No visible action item is overdue on {Format.Date(asOf)}.")]);
        }

        return new ReportSection("overdue", "Overdue action items",
        [
            new ReportTable($"Overdue on {Format.Date(asOf)}", ["Item", "Party", "Due", "Days overdue", "Status", "% done"],
                [.. overdue.Select(i => Row(PrivacyMarks.Mark(i.Marking, $"{i.Title} (#{Number(i.Id)})"), i.Party ?? "—", Format.Date(i.DueOn), Number(asOf.DayNumber - i.DueOn!.Value.DayNumber), Label(i.Status), Number(i.PercentDone)))]),
        ]);
    }

    private static ReportSection Indicators(ReportData data)
    {
        var blocks = new List<ReportBlock>();
        foreach (var indicator in data.Indicators)
        {
            var observations = indicator.Observations.Where(o => o.PeriodEnd <= data.To).OrderBy(o => o.PeriodEnd).ThenBy(o => o.PeriodStart).ToList();
            if (observations.Count == 0)
            {
                continue;
            }

            var title = $"{indicator.Name} ({UnitLabel(indicator.Unit)})";
            var table = new ReportTable(title, ["Period", "Value", "In this period", "Source"],
                [.. observations.Select(o => Row(
                    Format.Period(o.PeriodStart, o.PeriodEnd),
                    Format.Value(o.Value, indicator.Unit, o.Qualifier) + (o.Derived ? " (derived)" : string.Empty),
                    o.PeriodEnd >= data.From ? "yes" : "no",
                    o.Source))]);
            blocks.Add(new ReportChart(title, observations.Count > 1 ? ReportChartKind.Line : ReportChartKind.Bar,
                [.. observations.Select(o => Format.Period(o.PeriodStart, o.PeriodEnd))],
                [new ReportSeries(indicator.Name, [.. observations.Select(o => (double)o.Value)])], table));
        }

        return new ReportSection("indicators", "Indicators",
            blocks.Count == 0 ? [new ReportParagraph("No indicator has a value up to the end of the period.")] : blocks);
    }

    private static string UnitLabel(string unit) => unit switch
    {
        "count" => "number",
        "percent" => "%",
        "USD" => "US$",
        _ => unit,
    };

    private static ReportSection Consultations(ReportData data, List<ReportConsultation> held, DateOnly asOf)
    {
        var requested = data.Consultations.Where(c => InPeriod(data, DateOnly.FromDateTime(c.RequestedAt.UtcDateTime))).ToList();
        var open = data.Consultations.Where(c => c.Status is "requested" or "acknowledged" or "scheduled" && DateOnly.FromDateTime(c.RequestedAt.UtcDateTime) <= asOf).ToList();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"{held.Count} held, {requested.Count} requested in the period; {open.Count} open, {open.Count(c => c.Breached)} of them past a deadline."),
        };
        var shown = held.Concat(requested).Concat(open).DistinctBy(c => c.Id).OrderBy(c => c.RequestedAt).ToList();
        if (shown.Count > 0)
        {
            blocks.Add(new ReportTable("Consultations", ["Subject", "Kind", "Requested by → asked", "Requested", "Held", "Status", "Outcome"],
                [.. shown.Select(c => Row(
                    PrivacyMarks.Mark(c.Marking, c.Subject), c.Kind, $"{c.RequestingParty ?? "—"} → {c.AskedParty}", Format.Instant(c.RequestedAt), Format.Instant(c.HeldAt),
                    Label(c.Status) + (c.Breached ? " (deadline missed)" : string.Empty), c.Outcome ?? "—"))]));
        }

        return new ReportSection("consultations", "Consultations", blocks);
    }

    private static ReportSection Events(List<ReportEvent> events) =>
        new("events", "Events",
            events.Count == 0
                ? [new ReportParagraph("No event in the period is visible in this view.")]
                : [new ReportTable("Events in the period", ["Dates", "Event", "Kind", "Place", "Party"],
                    [.. events.Select(e => Row(
                        e.EndsOn is { } end && end != e.StartsOn ? $"{Format.Date(e.StartsOn)} – {Format.Date(end)}" : Format.Date(e.StartsOn),
                        PrivacyMarks.Mark(e.Marking, e.Title), Label(e.Kind), e.Place ?? "—", e.Party ?? "—"))])]);

    private static ReportSection Sources(ReportData data)
    {
        var sources = data.Indicators.SelectMany(i => i.Observations).Where(o => o.PeriodEnd <= data.To)
            .Select(o => o.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ReportSection("sources", "Sources",
        [
            new ReportParagraph("Figures are quoted from the sources below; statuses, items, consultations and events come from Entente's records, " +
                "whose every change is kept in its audit trail."),
            new ReportList(sources.Count == 0 ? ["No figure is quoted in this report."] : sources),
        ]);
    }

    private static string Label(string key) => key.Replace('-', ' ');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
