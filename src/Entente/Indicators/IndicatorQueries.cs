using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Indicators;

/// <summary>Read queries over indicators and their observations, shared by the API and the pages.</summary>
public static class IndicatorQueries
{
    public static async Task<List<IndicatorView>> ListAsync(EntenteDb db, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Key).ToListAsync(ct);
        var observations = (await db.Observations.AsNoTracking().ToListAsync(ct)).ToLookup(o => o.IndicatorKey, StringComparer.Ordinal);
        return [.. indicators.Select(i =>
        {
            var own = observations[i.Key].OrderBy(o => o.PeriodEnd).ThenBy(o => o.Id).ToList();
            return new IndicatorView(i.Key, i.Name.En, i.Name.Ru, i.Name.Az, i.Unit, i.Description?.In(Web.Localization.Language), own.Count, own.Count == 0 ? null : ToView(own[^1]));
        })];
    }

    /// <summary>The observations of one indicator in period order, or null when there is no such indicator.</summary>
    public static async Task<List<ObservationView>?> ObservationsAsync(EntenteDb db, string key, CancellationToken ct)
    {
        if (!await db.Indicators.AnyAsync(i => i.Key == key, ct))
        {
            return null;
        }

        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorKey == key)
            .OrderBy(o => o.PeriodStart).ThenBy(o => o.PeriodEnd).ThenBy(o => o.Id)
            .ToListAsync(ct);
        return [.. rows.Select(ToView)];
    }

    private static ObservationView ToView(Observation o) => new(
        o.Id,
        Normalise(o.Value),
        o.Unit,
        o.PeriodStart,
        o.PeriodEnd,
        o.Qualifier,
        new SourceView(o.SourceDocumentId, o.SpanStart, o.SpanEnd, o.Citation?.Document, o.Citation?.Description, o.Citation?.Speaker, o.Citation?.StatedOn),
        o.Note,
        o.Derived);

    /// <summary>Drops trailing zeros the database's fixed scale adds, so 3.4e9 is written 3400000000, not 3400000000.000000.</summary>
    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
