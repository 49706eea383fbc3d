using Entente.Text.Conflicts;
using Entente.Text.Vocabulary;

namespace Entente.Conflicts;

/// <summary>A stored conflict with both sides, its state and, once resolved, who resolved it, when and why.</summary>
public sealed record ConflictView(
    int Id,
    [property: Web.KeyOf(typeof(ConflictKinds))] string Kind,
    [property: Web.KeyOf(typeof(ConflictSeverities))] string Severity,
    string IndicatorKey,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Explanation,
    ConflictSideView First,
    ConflictSideView Second,
    [property: Web.KeyOf(typeof(ConflictStatus))] string Status,
    bool StillDetected,
    DateTimeOffset DetectedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    string? ResolutionNote);

/// <summary>One side: the value, its source (a stored document and span, or a citation) and the series point that holds it.</summary>
public sealed record ConflictSideView(string Source, int? DocumentId, int[]? Span, string? Quote, int? ObservationId, decimal Value, string Unit, [property: Web.KeyOf(typeof(Qualifiers))] string Qualifier, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>The body of <c>POST /api/conflicts/{id}/resolve</c>.</summary>
public sealed record ResolveConflictInput(string? Note);

/// <summary>Whether a conflict still waits for a resolution.</summary>
public static class ConflictStatus
{
    public const string Open = "open";
    public const string Resolved = "resolved";
}

/// <summary>The list's filter that shows conflicts of every <see cref="ConflictStatus"/>.</summary>
public static class ConflictFilter
{
    public const string All = "all";
}
