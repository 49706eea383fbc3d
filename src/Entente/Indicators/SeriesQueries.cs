using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Indicators;

/// <summary>Reads an indicator's series with the sources of every point and the conflicts that touch it.</summary>
public static class SeriesQueries
{
    public static async Task<SeriesView?> SeriesAsync(EntenteDb db, string key, CancellationToken ct)
    {
        if ((await IndicatorQueries.ListAsync(db, ct)).FirstOrDefault(i => i.Key == key) is not { } indicator)
        {
            return null;
        }

        var points = await db.Observations.AsNoTracking().Include(o => o.Sources)
            .Where(o => o.IndicatorKey == key)
            .ToListAsync(ct);
        var documentIds = points.SelectMany(p => p.Sources.Select(s => s.SourceDocumentId))
            .Concat(points.Where(p => p.SourceDocumentId != null).Select(p => p.SourceDocumentId!.Value)).ToHashSet();
        var titles = await db.SourceDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title ?? Documents.DocumentQueries.DisplaySource(d.Source), ct);
        var copies = await Duplicates.DuplicateMarking.CopiesAsync(db, documentIds, ct);
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => c.IndicatorKey == key && c.StillDetected).OrderBy(c => c.Id).ToListAsync(ct);
        var summaries = conflicts.Select(c => new ConflictSummary(c.Id, c.Kind, c.Severity, c.Explanation, c.IsResolved, c.First.ObservationId, c.Second.ObservationId)).ToList();
        var byId = points.ToDictionary(p => p.Id);

        return new SeriesView(indicator,
            [.. points.OrderBy(p => p.PeriodStart).ThenBy(p => p.PeriodEnd).ThenBy(p => p.Derived).ThenBy(p => p.Id).Select(p => ToView(p, byId, titles, copies, summaries))],
            summaries);
    }

    /// <summary>One point with its sources, or null when the indicator has no such point.</summary>
    public static async Task<(SeriesView Series, SeriesPointView Point)?> PointAsync(EntenteDb db, string key, int id, CancellationToken ct) =>
        await SeriesAsync(db, key, ct) is { } series && series.Points.FirstOrDefault(p => p.Id == id) is { } point ? (series, point) : null;

    private static SeriesPointView ToView(Observation p, Dictionary<int, Observation> byId, Dictionary<int, string> titles, Dictionary<int, int> copies, List<ConflictSummary> conflicts)
    {
        var sources = p.Sources.OrderBy(s => s.SourceDocumentId).ThenBy(s => s.SpanStart)
            .Select(s => new PointSourceView(s.SourceDocumentId, titles.GetValueOrDefault(s.SourceDocumentId), [s.SpanStart, s.SpanEnd], s.Qualifier, s.Quote, s.Passage, s.ChangePercent is { } c ? Decimals.Normalise(c) : null, null)
            {
                DuplicateOf = copies.TryGetValue(s.SourceDocumentId, out var original) ? original : null,
            })
            .ToList();
        if (p.SourceDocumentId is { } legacy)
        {
            sources.Insert(0, new PointSourceView(legacy, titles.GetValueOrDefault(legacy), p.SpanStart is { } a && p.SpanEnd is { } b ? [a, b] : null, p.Qualifier, null, null, null, null));
        }

        if (p.Citation is { } citation)
        {
            sources.Insert(0, new PointSourceView(null, null, null, p.Qualifier, null, null, null, citation));
        }

        DerivationView? derivation = null;
        if (p.Derived && p.DerivedFromId is { } fromId && byId.TryGetValue(fromId, out var from))
        {
            derivation = new DerivationView(from.Id, Decimals.Normalise(from.Value), from.PeriodStart, from.PeriodEnd, p.Note ?? "Derived.");
        }

        return new SeriesPointView(p.Id, Decimals.Normalise(p.Value), p.Unit, p.PeriodStart, p.PeriodEnd, p.PeriodPrecision, p.Qualifier, p.Derived,
            derivation, sources, p.Note,
            [.. conflicts.Where(c => c.FirstObservationId == p.Id || c.SecondObservationId == p.Id).Select(c => c.Id)]);
    }
}
