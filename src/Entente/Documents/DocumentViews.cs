using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Duplicates;
using Entente.Text.Vocabulary;

namespace Entente.Documents;

/// <summary>A stored document in a list: what it is, when it was received and how much was read from it.</summary>
public sealed record DocumentListItem(
    int Id,
    string? Title,
    [property: Web.KeyOf(typeof(DocumentKinds))] string? Kind,
    string? Language,
    DateOnly? DocumentDate,
    string Source,
    [property: Web.KeyOf(typeof(IngestionStatus))] string Status,
    DateTimeOffset ReceivedAt,
    int ClauseLinkCount,
    int ClaimCount);

/// <summary>
/// One stored document: its text and its <c>entente.analysis/1</c> analysis (as stored), with the series points it is a
/// source of, the conflicts it takes part in, and the first copy of its story when it is a syndicated copy
/// (<see cref="DuplicateOf"/>) or its copies when it is that first copy.
/// </summary>
public sealed record DocumentDetail(
    int Id,
    string? Title,
    [property: Web.KeyOf(typeof(DocumentKinds))] string? Kind,
    string? Language,
    DateOnly? DocumentDate,
    string Source,
    string MediaType,
    [property: Web.KeyOf(typeof(IngestionStatus))] string Status,
    string? Error,
    DateTimeOffset ReceivedAt,
    string? Text,
    JsonElement? Analysis,
    IReadOnlyList<DocumentPointView> Points,
    IReadOnlyList<int> ConflictIds,
    [property: JsonIgnore] DuplicateView Duplicates)
{
    public int? DuplicateOf => Duplicates.DuplicateOf;

    public IReadOnlyList<int> Copies => Duplicates.Copies;
}

/// <summary>A series point this document states, with the span that states it.</summary>
public sealed record DocumentPointView(int ObservationId, string IndicatorKey, string IndicatorName, decimal Value, string Unit, DateOnly PeriodStart, DateOnly PeriodEnd, [property: Web.KeyOf(typeof(Text.Series.PeriodPrecision))] string PeriodPrecision, [property: Web.KeyOf(typeof(Qualifiers))] string Qualifier, int[] Span, string Quote);
