using System.Globalization;
using Entente.Agreements;
using Entente.Commitments;
using Entente.Reports;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Exports;

/// <summary>The lists of Entente as CSV, each read through the viewer's access filters like its page and API.</summary>
public static class ListCsv
{
    public static async Task<string> AgreementsAsync(EntenteDb db, CancellationToken ct) =>
        CsvText.Write(
            ["id", "key", "kind", "title", "short_title", "signed_on", "signing_place", "status", "parties", "operative_clauses"],
            (await AgreementQueries.ListAsync(db, ct)).Select(a => Row(
                N(a.Id), a.Key, a.Kind, a.Title, a.ShortTitle, D(a.SignedOn), a.SigningPlace, a.Status, string.Join(';', a.Parties), N(a.ClauseCount))));

    public static async Task<string> CommitmentsAsync(EntenteDb db, CancellationToken ct)
    {
        var parties = await CommitmentQueries.PartiesAsync(db, ct);
        var agreements = (await AgreementQueries.ListAsync(db, ct)).ToDictionary(a => a.Id, a => a.ShortTitle);
        return CsvText.Write(
            ["id", "agreement_id", "agreement", "clause", "summary", "spheres", "state", "joint_status", .. parties.Select(p => p.ToLowerInvariant() + "_status"), "overdue_items"],
            (await CommitmentQueries.ListAsync(db, null, ct, ProvisionLanguages.Fallback)).Select(c => Row(
                [N(c.Id), N(c.AgreementId), agreements.GetValueOrDefault(c.AgreementId), c.Number, c.Summary, string.Join(';', c.Spheres), c.Status.State, c.Status.Status,
                 .. parties.Select(p => c.Status.ByParty.GetValueOrDefault(p)), N(c.OverdueItems)])));
    }

    public static async Task<string> ConsultationsAsync(EntenteDb db, CancellationToken ct) =>
        CsvText.Write(
            ["id", "kind", "subject", "requesting_party", "asked_party", "classification", "visibility", "status", "requested_at", "acknowledged_at",
             "scheduled_on", "held_at", "concluded_at", "outcome", "acknowledge_breached_at", "hold_breached_at"],
            (await db.Consultations.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct)).Select(c => Row(
                N(c.Id), KebabCase.ToKey(c.Kind), c.Subject, c.OwnerPartyCode, c.CounterpartPartyCode, KebabCase.ToKey(c.Classification),
                KebabCase.ToKey(c.Visibility), KebabCase.ToKey(c.Status), T(c.RequestedAt), T(c.AcknowledgedAt), D(c.ScheduledOn), T(c.HeldAt),
                T(c.ConcludedAt), c.Outcome, T(c.AcknowledgeBreachedAt), T(c.HoldBreachedAt))));

    public static async Task<string> EventsAsync(EntenteDb db, CancellationToken ct) =>
        CsvText.Write(
            ["id", "kind", "title", "starts_on", "ends_on", "place", "party", "visibility", "clause_ids"],
            (await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(ct)).Select(e => Row(
                N(e.Id), KebabCase.ToKey(e.Kind), e.Title, D(e.StartsOn), D(e.EndsOn), e.Place, e.OwnerPartyCode, KebabCase.ToKey(e.Visibility),
                string.Join(';', e.ClauseIds.Select(N)))));

    public static async Task<string> ObservationsAsync(EntenteDb db, CancellationToken ct)
    {
        var names = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Key, i => i.Name.En, ct);
        var observations = (await db.Observations.AsNoTracking().ToListAsync(ct))
            .OrderBy(o => o.IndicatorKey, StringComparer.Ordinal).ThenBy(o => o.PeriodStart).ThenBy(o => o.PeriodEnd).ThenBy(o => o.Id);
        return CsvText.Write(
            ["indicator", "indicator_name", "period_start", "period_end", "value", "unit", "qualifier", "derived", "source", "source_document_id", "note"],
            observations.Select(o => Row(
                o.IndicatorKey, names.GetValueOrDefault(o.IndicatorKey), D(o.PeriodStart), D(o.PeriodEnd),
                (o.Value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture), o.Unit, o.Qualifier, o.Derived ? "true" : "false",
                ReportLoader.SourceOf(o), o.SourceDocumentId is { } id ? N(id) : null, o.Note)));
    }

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? D(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? T(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
