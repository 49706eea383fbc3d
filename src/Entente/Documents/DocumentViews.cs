using System.Text.Json;

namespace Entente.Documents;

/// <summary>A stored document in a list: what it is, when it was received and how much was read from it.</summary>
public sealed record DocumentListItem(
    int Id,
    string? Title,
    string? Kind,
    string? Language,
    DateOnly? DocumentDate,
    string Source,
    string Status,
    DateTimeOffset ReceivedAt,
    int ClauseLinkCount,
    int ClaimCount);

/// <summary>
/// One stored document: its text and its <c>entente.analysis/1</c> analysis (as stored), with the series points it is a
/// source of and the conflicts it takes part in.
/// </summary>
public sealed record DocumentDetail(
    int Id,
    string? Title,
    string? Kind,
    string? Language,
    DateOnly? DocumentDate,
    string Source,
    string MediaType,
    string Status,
    string? Error,
    DateTimeOffset ReceivedAt,
    string? Text,
    JsonElement? Analysis,
    IReadOnlyList<DocumentPointView> Points,
    IReadOnlyList<int> ConflictIds);

/// <summary>A series point this document states, with the span that states it.</summary>
public sealed record DocumentPointView(int ObservationId, string IndicatorKey, decimal Value, string Unit, DateOnly PeriodStart, DateOnly PeriodEnd, string PeriodPrecision, string Qualifier, int[] Span, string Quote);
