namespace Entente.Conflicts;

/// <summary>A stored conflict with both sides, its state and, once resolved, who resolved it, when and why.</summary>
public sealed record ConflictView(
    int Id,
    string Kind,
    string Severity,
    string IndicatorKey,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Explanation,
    ConflictSideView First,
    ConflictSideView Second,
    string Status,
    bool StillDetected,
    DateTimeOffset DetectedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    string? ResolutionNote);

/// <summary>One side: the value, its source (a stored document and span, or a citation) and the series point that holds it.</summary>
public sealed record ConflictSideView(string Source, int? DocumentId, int[]? Span, string? Quote, int? ObservationId, decimal Value, string Unit, string Qualifier, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>The body of <c>POST /api/conflicts/{id}/resolve</c>.</summary>
public sealed record ResolveConflictInput(string? Note);

/// <summary>Which conflicts a list shows.</summary>
public static class ConflictStatus
{
    public const string Open = "open";
    public const string Resolved = "resolved";
    public const string All = "all";
}
