namespace Entente.Dashboard;

/// <summary>
/// The dashboard's numbers, as <c>GET /api/dashboard</c> returns them and the page draws them. The mechanisms' parts
/// (commitments, roadmaps, overdue items, consultations) are null for anonymous visitors: only the legal base and
/// indicators are public.
/// </summary>
public sealed record DashboardData(
    DateTimeOffset GeneratedAt,
    string View,
    IReadOnlyList<string> Parties,
    IReadOnlyList<SphereStatusCount>? Commitments,
    IReadOnlyList<RoadmapProgress>? Roadmaps,
    string? Baseline,
    IReadOnlyList<OverdueItem>? OverdueItems,
    IReadOnlyList<OpenConsultation>? OpenConsultations,
    IReadOnlyList<IndicatorSeries> Indicators,
    LegalBaseGraph LegalBase,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public bool ShowsMechanisms => Commitments is not null;
}

/// <summary>How many commitments of a sphere stand at a status, jointly (<c>view = "joint"</c>) or as one Party assesses them.</summary>
public sealed record SphereStatusCount(string View, string Sphere, string Status, int Count);

/// <summary>A roadmap's items: due by today in the baseline (or the current plan), done, overdue.</summary>
/// <summary>Progress of one roadmap; <see cref="Title"/> is null for the items that belong to none.</summary>
public sealed record RoadmapProgress(int? RoadmapId, string? Title, int Items, int Planned, int Done, int Overdue);

public sealed record OverdueItem(int Id, string Title, string? Party, DateOnly DueOn, int DaysOverdue, string Url);

/// <summary>An open consultation and its deadlines; <see cref="HoursLeft"/> is to the next unmet deadline, negative once it passed.</summary>
public sealed record OpenConsultation(
    int Id, string Subject, [property: Web.KeyOf(typeof(Consultations.ConsultationKind))] string Kind, [property: Web.KeyOf(typeof(Consultations.ConsultationStatus))] string Status, string? RequestingParty, string AskedParty, DateTimeOffset RequestedAt,
    DateTimeOffset? AcknowledgeBy, DateTimeOffset HoldBy, double HoursLeft, bool Breached, string Url);

public sealed record IndicatorSeries(string Key, string Name, string Unit, IReadOnlyList<SeriesPoint> Points);

public sealed record SeriesPoint(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, [property: Web.KeyOf(typeof(Text.Vocabulary.Qualifiers))] string Qualifier, string Source, bool Derived);

public sealed record LegalBaseGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphLink> Links);

public sealed record GraphNode(int Id, string Key, string Title, [property: Web.KeyOf(typeof(Agreements.AgreementKind))] string Kind, DateOnly? SignedOn, string Url);

/// <summary>A relation: <see cref="From"/> proceeds from, implements, references… <see cref="To"/>.</summary>
public sealed record GraphLink(int From, int To, [property: Web.KeyOf(typeof(Agreements.RelationKind))] string Kind);

/// <summary>A dated thing on the timeline: an agreement, an event or a commission session.</summary>
public sealed record TimelineEntry(DateOnly Date, [property: Web.KeyOf(typeof(TimelineEntry))] string Kind, string Title, string? Url)
{
    public const string Agreement = "agreement";
    public const string Event = "event";
    public const string Session = "session";
}
