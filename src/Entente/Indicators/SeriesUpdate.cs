using Entente.Documents;
using Entente.Storage;
using Entente.Text;
using Entente.Text.Analysis;
using Entente.Text.Linking;
using Entente.Text.Series;
using Microsoft.EntityFrameworkCore;

namespace Entente.Indicators;

/// <summary>
/// Puts a document's claims into the indicator series: each claim becomes a source of the point with the same
/// indicator, period and value (a new point when there is none), and the derived points of the touched indicators
/// are computed again. Re-running it for a document replaces that document's sources, so nothing is counted twice.
/// The caller's transaction holds it together with the document.
/// </summary>
public static class SeriesUpdate
{
    /// <summary>Replaces the sources <paramref name="document"/> gives and saves; returns how many claims joined a series.</summary>
    public static async Task<int> ApplyAsync(EntenteDb db, SourceDocument document, DocumentAnalysis analysis, CancellationToken ct)
    {
        var touchedKeys = new HashSet<string>(StringComparer.Ordinal);
        var joined = await ApplySourcesAsync(db, document, analysis, touchedKeys, ct);
        await DerivedValues.RecomputeAsync(db, touchedKeys, ct);
        return joined;
    }

    /// <summary>
    /// Replaces the sources <paramref name="document"/> gives and saves, adding the indicators whose points changed to
    /// <paramref name="touchedKeys"/>: a batch recomputes their derived points (and conflicts) once, not per document.
    /// </summary>
    public static async Task<int> ApplySourcesAsync(EntenteDb db, SourceDocument document, DocumentAnalysis analysis, HashSet<string> touchedKeys, CancellationToken ct)
    {
        var old = await db.ObservationSources.Where(s => s.SourceDocumentId == document.Id).ToListAsync(ct);
        var oldObservationIds = old.Select(s => s.ObservationId).ToHashSet();
        if (oldObservationIds.Count > 0)
        {
            touchedKeys.UnionWith(await db.Observations.Where(o => oldObservationIds.Contains(o.Id)).Select(o => o.IndicatorKey).ToListAsync(ct));
            db.RemoveRange(old);
        }

        var joined = 0;
        // Most documents of a batch (treaties, say) make no claim: they cost the one query above.
        if (analysis.Error is null && document.Text is { } text && analysis.Claims.Count > 0)
        {
            var indicators = await db.Indicators.ToDictionaryAsync(i => i.Key, StringComparer.Ordinal, ct);
            // Only what the text says of this partnership: another pair's trade is not a point of ours.
            var parties = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).Select(p => p.PartyCodes).FirstOrDefaultAsync(ct) ?? [];
            var claims = PartnershipClaims.Of(text, analysis, parties).Where(c => Accepts(indicators, c)).ToList();
            var keys = claims.Select(c => c.Indicator).ToHashSet(StringComparer.Ordinal);
            // Only the points a claim could join (same indicator and start), so a long series is not read for each document.
            var starts = claims.Select(c => c.Period.Start).ToHashSet();
            // A point with a written citation (the sample's) is preferred, so a document never makes a twin of it.
            var stated = (await db.Observations.Where(o => keys.Contains(o.IndicatorKey) && starts.Contains(o.PeriodStart) && !o.Derived).ToListAsync(ct))
                .OrderBy(o => o.Citation == null).ThenBy(o => o.Id).ToList();
            foreach (var claim in claims)
            {
                var indicator = indicators.GetValueOrDefault(claim.Indicator) ?? AddIndicator(db, indicators, claim);
                var point = stated.FirstOrDefault(o => o.IndicatorKey == claim.Indicator && o.PeriodStart == claim.Period.Start
                    && o.PeriodEnd == claim.Period.End && o.Value == claim.Value);
                if (point is null)
                {
                    point = NewPoint(indicator, claim);
                    stated.Add(point);
                    db.Observations.Add(point);
                }

                point.Sources.Add(ToSource(document, text, claim));
                touchedKeys.Add(claim.Indicator);
                joined++;
            }
        }

        await db.SaveChangesAsync(ct);
        await RemoveUnsourcedAsync(db, oldObservationIds, ct);
        return joined;
    }

    // A money claim in another currency than its indicator's is not converted: it would need an exchange rate nobody stated.
    private static bool Accepts(Dictionary<string, Indicator> indicators, Claim claim) =>
        !indicators.TryGetValue(claim.Indicator, out var indicator) || UnitOf(claim) == indicator.Unit;

    private static string UnitOf(Claim claim) =>
        claim.Unit == "percent" ? "percent" : claim.Unit.Length == 3 && claim.Unit.All(char.IsAsciiLetterUpper) ? claim.Unit : "count";

    private static Indicator AddIndicator(EntenteDb db, Dictionary<string, Indicator> indicators, Claim claim)
    {
        var words = claim.Indicator.Replace('-', ' ');
        var indicator = new Indicator
        {
            Key = claim.Indicator,
            Name = new LocalizedText { En = char.ToUpperInvariant(words[0]) + words[1..] },
            Unit = UnitOf(claim),
            Description = new LocalizedText { En = "Added when a stored document first reported it." },
        };
        db.Indicators.Add(indicator);
        indicators.Add(indicator.Key, indicator);
        return indicator;
    }

    private static Observation NewPoint(Indicator indicator, Claim claim) => new()
    {
        IndicatorKey = indicator.Key,
        Value = claim.Value,
        Unit = indicator.Unit,
        PeriodStart = claim.Period.Start,
        PeriodEnd = claim.Period.End,
        PeriodPrecision = PeriodPrecision.Of(claim.Period),
        Qualifier = claim.Qualifier,
    };

    private static ObservationSource ToSource(SourceDocument document, string text, Claim claim)
    {
        var span = new TextSpan(Math.Min(claim.Span.Start, text.Length), Math.Min(claim.Span.End, text.Length));
        var passage = Sentences.Around(text, span);
        var quote = claim.Text ?? span.Of(text);
        return new ObservationSource
        {
            SourceDocumentId = document.Id,
            SpanStart = span.Start,
            SpanEnd = span.End,
            Qualifier = claim.Qualifier,
            Quote = quote.Length <= ObservationSource.QuoteLength ? quote : quote[..ObservationSource.QuoteLength],
            Passage = passage.Length <= ObservationSource.PassageLength ? passage : passage[..(ObservationSource.PassageLength - 1)] + "…",
            ChangePercent = GrowthArithmetic.PreviousTotal(claim) is null ? null : claim.Change!.Value,
        };
    }

    /// <summary>
    /// Removes every point read from documents that has no source left (its documents were deleted) and recomputes every
    /// derived point; <c>entente documents refresh</c> runs it once after reading the documents again.
    /// </summary>
    public static async Task RemoveOrphansAsync(EntenteDb db, CancellationToken ct)
    {
        await RemoveUnsourcedAsync(db, null, ct);
        await DerivedValues.RecomputeAsync(db, await db.Indicators.Select(i => i.Key).ToListAsync(ct), ct);
    }

    // A point read from documents only goes when its last source does; points with a written citation stay.
    private static async Task RemoveUnsourcedAsync(EntenteDb db, HashSet<int>? candidates, CancellationToken ct)
    {
        if (candidates is { Count: 0 })
        {
            return;
        }

        var orphans = await db.Observations
            .Where(o => (candidates == null || candidates.Contains(o.Id)) && !o.Derived && o.Citation == null && o.SourceDocumentId == null && !o.Sources.Any())
            .ToListAsync(ct);
        if (orphans.Count > 0)
        {
            db.Observations.RemoveRange(orphans);
            await db.SaveChangesAsync(ct);
        }
    }
}
