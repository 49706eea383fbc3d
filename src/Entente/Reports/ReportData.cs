namespace Entente.Reports;

/// <summary>
/// Everything a report is made from, already filtered for the viewer it is written for. <see cref="ReportBuilder"/>
/// turns it into a <see cref="Report"/> without touching a database, so reports are tested from known data.
/// </summary>
public sealed record ReportData
{
    public required string PartnershipName { get; init; }

    /// <summary>Codes of the Parties, in the partnership's order.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Whose view the report is: "the shared view", "Party RU", "user ru-editor (RU)".</summary>
    public required string ViewLabel { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>The day the report is written; overdue and "open" are judged on the earlier of this and <see cref="To"/>.</summary>
    public required DateOnly Today { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The session the report is for, if any.</summary>
    public ReportSession? Session { get; init; }

    /// <summary>The session before <see cref="Session"/> (or the last one before <see cref="To"/>): changes are counted from it.</summary>
    public ReportSession? PreviousSession { get; init; }

    /// <summary>Sessions held in the period.</summary>
    public IReadOnlyList<ReportSession> Sessions { get; init; } = [];

    public IReadOnlyList<ReportCommitment> Commitments { get; init; } = [];

    public IReadOnlyList<ReportRoadmap> Roadmaps { get; init; } = [];

    public IReadOnlyList<ReportItem> Items { get; init; } = [];

    /// <summary>The name of the baseline items are compared with, when one was frozen by the end of the period.</summary>
    public string? BaselineName { get; init; }

    /// <summary>Audit entries the viewer may see, from the start of the change window to the end of the period.</summary>
    public IReadOnlyList<ReportChange> Changes { get; init; } = [];

    public IReadOnlyList<ReportIndicator> Indicators { get; init; } = [];

    public IReadOnlyList<ReportConsultation> Consultations { get; init; } = [];

    public IReadOnlyList<ReportEvent> Events { get; init; } = [];
}

public sealed record ReportSession(int Number, DateOnly? HeldOn, string? Place, IReadOnlyList<string> CoChairs, IReadOnlyList<string> Agenda, IReadOnlyList<string> Decisions);

/// <summary>A commitment with the assessments the viewer may see (Party code → status key).</summary>
public sealed record ReportCommitment(int Id, string Agreement, string? Number, string? Summary, IReadOnlyList<string> Spheres, IReadOnlyDictionary<string, string> StatusByParty);

public sealed record ReportRoadmap(int Id, string Agreement, int Number, string Title);

public sealed record ReportItem(
    int Id, string Title, string? Party, int? RoadmapId, DateOnly? DueOn, DateOnly? BaselineDueOn, DateOnly? CompletedOn, string Status, int PercentDone,
    string? Marking = null);

/// <summary>One audit entry, marked "RU only" or "restricted" when its record is not shared with everyone (<see cref="Access.PrivacyMarks"/>).</summary>
public sealed record ReportChange(DateTimeOffset At, string Actor, string Entity, string EntityId, string Action, string? Before, string? After, string Subject, string? Marking = null);

public sealed record ReportIndicator(string Key, string Name, string Unit, IReadOnlyList<ReportObservation> Observations);

public sealed record ReportObservation(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Qualifier, string Source, bool Derived);

public sealed record ReportConsultation(
    int Id, string Kind, string Subject, string? RequestingParty, string AskedParty, string Status,
    DateTimeOffset RequestedAt, DateTimeOffset? HeldAt, DateTimeOffset? ConcludedAt, string? Outcome, bool Breached, string? Marking = null);

public sealed record ReportEvent(int Id, string Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, string? Place, string? Party, string? Marking = null);
