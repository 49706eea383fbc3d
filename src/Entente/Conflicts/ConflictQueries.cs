using Entente.Indicators;
using Entente.Storage;
using Entente.Text.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace Entente.Conflicts;

/// <summary>Reads of stored conflicts: open ones first by severity, or resolved ones.</summary>
public static class ConflictQueries
{
    /// <summary>Null when <paramref name="status"/> is not open, resolved or all.</summary>
    public static async Task<List<ConflictView>?> ListAsync(EntenteDb db, string? status, string? indicator, CancellationToken ct)
    {
        var query = db.Conflicts.AsNoTracking();
        switch (status ?? ConflictStatus.Open)
        {
            case ConflictStatus.Open:
                query = query.Where(c => c.ResolvedAt == null);
                break;
            case ConflictStatus.Resolved:
                query = query.Where(c => c.ResolvedAt != null);
                break;
            case ConflictFilter.All:
                break;
            default:
                return null;
        }

        if (!string.IsNullOrEmpty(indicator))
        {
            query = query.Where(c => c.IndicatorKey == indicator);
        }

        var rows = await query.ToListAsync(ct);
        return [.. rows.OrderBy(c => SeverityRank(c.Severity)).ThenBy(c => c.IndicatorKey, StringComparer.Ordinal).ThenBy(c => c.PeriodStart).ThenBy(c => c.Id).Select(ToView)];
    }

    public static async Task<ConflictView?> FindAsync(EntenteDb db, int id, CancellationToken ct) =>
        await db.Conflicts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? ToView(c) : null;

    public static ConflictView ToView(ConflictRecord c) => new(
        c.Id, c.Kind, c.Severity, c.IndicatorKey, c.PeriodStart, c.PeriodEnd, c.Explanation, Side(c.First), Side(c.Second),
        c.IsResolved ? ConflictStatus.Resolved : ConflictStatus.Open, c.StillDetected, c.DetectedAt, c.ResolvedAt, c.ResolvedBy, c.ResolutionNote);

    private static ConflictSideView Side(ConflictSide s) => new(
        s.Label, s.DocumentId, s.SpanStart is { } a && s.SpanEnd is { } b ? [a, b] : null, s.Quote, s.ObservationId,
        Decimals.Normalise(s.Value), s.Unit, s.Qualifier, s.PeriodStart, s.PeriodEnd);

    private static int SeverityRank(string severity) => severity switch
    {
        ConflictSeverities.High => 0,
        ConflictSeverities.Medium => 1,
        _ => 2,
    };
}
