using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Audit;
using Entente.Storage;
using Entente.Text;
using Entente.Text.Analysis;
using Entente.Text.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace Entente.Conflicts;

/// <summary>
/// Runs the conflict detector over every stated point of every series and brings the <c>Conflicts</c> table in line:
/// new conflicts are added, those found again are updated in place (a resolution stays), those no longer found are
/// dropped unless resolved. The same data always gives the same conflicts, in the same order, with the same identities.
/// </summary>
/// <remarks>
/// One indicator at a time (conflicts are always between points of one indicator), so memory holds one indicator's
/// claims and conflicts whatever the batch; each indicator's changes are saved together and audited as one act
/// ("conflicts recomputed for exports: 3 added, 1 removed"), not one entry per conflict.
/// </remarks>
public static class ConflictRefresh
{
    /// <summary>Refreshes and saves; returns how many conflicts are currently detected.</summary>
    public static Task<int> RefreshAsync(EntenteDb db, CancellationToken ct) => RefreshAsync(db, null, ct);

    /// <summary>
    /// Refreshes the conflicts of <paramref name="indicators"/> only (every indicator when null) and saves: a batch
    /// recomputes those its documents touched. Returns how many conflicts of those indicators are detected.
    /// </summary>
    public static async Task<int> RefreshAsync(EntenteDb db, IReadOnlyCollection<string>? indicators, CancellationToken ct)
    {
        var keys = indicators ?? await db.Observations.Select(o => o.IndicatorKey)
            .Union(db.Conflicts.Select(c => c.IndicatorKey)).Distinct().ToListAsync(ct);
        var detected = 0;
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            detected += await RefreshIndicatorAsync(db, key, ct);
        }

        return detected;
    }

    private static async Task<int> RefreshIndicatorAsync(EntenteDb db, string indicator, CancellationToken ct)
    {
        var claims = await ClaimsAsync(db, indicator, ct);
        var sides = new Dictionary<SourcedClaim, ConflictSide>(ReferenceEqualityComparer.Instance);
        foreach (var (claim, side) in claims)
        {
            sides.Add(claim, side);
        }

        var detected = new Dictionary<string, ConflictRecord>(StringComparer.Ordinal);
        foreach (var conflict in ConflictDetector.Detect([.. claims.Select(c => c.Claim)]))
        {
            var record = ToRecord(conflict, sides[conflict.First], sides[conflict.Second]);
            detected.TryAdd(record.Identity, record);
        }

        var stored = await db.Conflicts.Where(c => c.IndicatorKey == indicator).ToListAsync(ct);
        var byIdentity = stored.ToDictionary(c => c.Identity, StringComparer.Ordinal);
        var now = db.Time.GetUtcNow();
        var added = new List<ConflictRecord>();
        foreach (var (identity, found) in detected)
        {
            if (byIdentity.TryGetValue(identity, out var existing))
            {
                existing.Severity = found.Severity;
                existing.Explanation = found.Explanation;
                existing.First = found.First;
                existing.Second = found.Second;
                existing.StillDetected = true;
            }
            else
            {
                found.DetectedAt = now;
                added.Add(found);
            }
        }

        db.Conflicts.AddRange(added);
        var removed = 0;
        foreach (var gone in stored.Where(c => !detected.ContainsKey(c.Identity)))
        {
            if (gone.IsResolved)
            {
                gone.StillDetected = false;
            }
            else
            {
                db.Remove(gone);
                removed++;
            }
        }

        db.ChangeTracker.DetectChanges();
        var changed = stored.Count(c => db.Entry(c).State == EntityState.Modified);
        if (added.Count + removed + changed > 0)
        {
            db.PendingAct = new AuditAct(new HashSet<Type> { typeof(ConflictRecord) }, "recomputed", "Conflicts", () => indicator,
                new Dictionary<string, int>(StringComparer.Ordinal) { ["added"] = added.Count, ["removed"] = removed, ["changed"] = changed });
            await db.SaveChangesAsync(ct);
        }

        // What this indicator needed is saved: let it go before the next one is read.
        foreach (var record in stored.Concat(added))
        {
            db.Entry(record).State = EntityState.Detached;
        }

        return detected.Count;
    }

    private sealed record SideClaim(SourcedClaim Claim, ConflictSide Side);

    // Every stated value as a claim of its source: one per document source of a point, one per written citation.
    private static async Task<List<SideClaim>> ClaimsAsync(EntenteDb db, string indicator, CancellationToken ct)
    {
        var points = await db.Observations.AsNoTracking().Include(o => o.Sources)
            .Where(o => !o.Derived && o.IndicatorKey == indicator).ToListAsync(ct);
        var documentIds = points.SelectMany(o => o.Sources.Select(s => s.SourceDocumentId)).ToHashSet();
        // A syndicated copy repeats its original's figures: it is not a second source that could disagree with it.
        var copies = await Duplicates.DuplicateMarking.CopiesAsync(db, documentIds, ct);
        var titles = await db.SourceDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Source }).ToDictionaryAsync(d => d.Id, d => d.Title ?? Path.GetFileName(d.Source), ct);

        var claims = new List<SideClaim>();
        foreach (var point in points.OrderBy(o => o.PeriodStart).ThenBy(o => o.PeriodEnd).ThenBy(o => o.Id))
        {
            var period = new Period(point.PeriodStart, point.PeriodEnd);
            foreach (var source in point.Sources.Where(s => !copies.ContainsKey(s.SourceDocumentId)).OrderBy(s => s.SourceDocumentId).ThenBy(s => s.SpanStart))
            {
                var label = Cut($"document {source.SourceDocumentId} “{titles.GetValueOrDefault(source.SourceDocumentId)}”");
                var claim = new Claim(new TextSpan(source.SpanStart, source.SpanEnd))
                {
                    Indicator = point.IndicatorKey,
                    Period = period,
                    Value = point.Value,
                    Unit = point.Unit,
                    Qualifier = source.Qualifier,
                    Change = source.ChangePercent is { } rate ? new Change(Indicators.Decimals.Normalise(rate), "percent") : null,
                    Text = source.Quote,
                };
                claims.Add(new SideClaim(new SourcedClaim(label, claim) { Context = source.Passage }, new ConflictSide
                {
                    Label = label,
                    DocumentId = source.SourceDocumentId,
                    SpanStart = source.SpanStart,
                    SpanEnd = source.SpanEnd,
                    Quote = source.Quote,
                    ObservationId = point.Id,
                    Value = point.Value,
                    Unit = point.Unit,
                    Qualifier = source.Qualifier,
                    PeriodStart = point.PeriodStart,
                    PeriodEnd = point.PeriodEnd,
                }));
            }

            if (point.Citation is { } citation)
            {
                var label = Cut(citation.Document);
                var claim = new Claim(new TextSpan(0, 0))
                {
                    Indicator = point.IndicatorKey, Period = period, Value = point.Value, Unit = point.Unit, Qualifier = point.Qualifier,
                };
                claims.Add(new SideClaim(new SourcedClaim(label, claim), new ConflictSide
                {
                    Label = label, ObservationId = point.Id, Value = point.Value, Unit = point.Unit, Qualifier = point.Qualifier,
                    PeriodStart = point.PeriodStart, PeriodEnd = point.PeriodEnd,
                }));
            }
        }

        return claims;
    }

    private static ConflictRecord ToRecord(Conflict conflict, ConflictSide first, ConflictSide second) => new()
    {
        Identity = Identity(conflict.Kind, conflict.First.Claim.Indicator, first, second),
        Kind = conflict.Kind,
        Severity = conflict.Severity,
        IndicatorKey = conflict.First.Claim.Indicator,
        PeriodStart = first.PeriodStart,
        PeriodEnd = first.PeriodEnd,
        Explanation = conflict.Explanation,
        First = first,
        Second = second,
    };

    // The evidence, not the row ids: a source is its document and span, or its citation, period and value.
    private static string Identity(string kind, string indicator, ConflictSide first, ConflictSide second)
    {
        static string Key(ConflictSide side) => side.DocumentId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"d{id}:{side.SpanStart}-{side.SpanEnd}")
            : string.Create(CultureInfo.InvariantCulture, $"c{side.Label}|{side.PeriodStart:yyyy-MM-dd}|{side.PeriodEnd:yyyy-MM-dd}|{side.Value / 1.000000000000000000m}");
        var pair = new[] { Key(first), Key(second) }.Order(StringComparer.Ordinal);
        var text = string.Join('\n', [kind, indicator, .. pair]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Cut(string label) => label.Length <= ConflictSide.LabelLength ? label : label[..(ConflictSide.LabelLength - 1)] + "…";
}
