using System.Text.Json;
using Entente.Indicators;
using Entente.Storage;
using Entente.Text.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>Reads of stored documents for the pages and the API. Stored documents are public, as the legal base is; attachments are not among them.</summary>
public static class DocumentQueries
{
    public static async Task<List<DocumentListItem>> ListAsync(EntenteDb db, CancellationToken ct)
    {
        var rows = await db.SourceDocuments.AsNoTracking()
            .Select(d => new
            {
                d.Id, d.Title, d.Kind, d.Language, d.DocumentDate, d.Source, d.Status, d.ReceivedAt,
                Links = db.ClauseLinks.Count(l => l.SourceDocumentId == d.Id),
                Claims = db.ObservationSources.Count(s => s.SourceDocumentId == d.Id),
            })
            .ToListAsync(ct);
        return [.. rows
            .OrderByDescending(d => d.DocumentDate.HasValue).ThenByDescending(d => d.DocumentDate).ThenByDescending(d => d.Id)
            .Select(d => new DocumentListItem(d.Id, d.Title, d.Kind, d.Language, d.DocumentDate, DisplaySource(d.Source),
                Storage.KebabCase.ToKey(d.Status), d.ReceivedAt, d.Links, d.Claims))];
    }

    public static async Task<DocumentDetail?> FindAsync(EntenteDb db, int id, CancellationToken ct)
    {
        if (await db.SourceDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is not { } d)
        {
            return null;
        }

        var points = await db.ObservationSources.AsNoTracking()
            .Where(s => s.SourceDocumentId == id)
            .Join(db.Observations, s => s.ObservationId, o => o.Id, (s, o) => new { s, o })
            .ToListAsync(ct);
        var keys = points.Select(p => p.o.IndicatorKey).Distinct().ToList();
        var names = (await db.Indicators.AsNoTracking().Where(i => keys.Contains(i.Key)).ToListAsync(ct))
            .ToDictionary(i => i.Key, i => i.Name.In(Web.Localization.Language), StringComparer.Ordinal);
        var conflicts = await db.Conflicts.AsNoTracking()
            .Where(c => c.First.DocumentId == id || c.Second.DocumentId == id)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        JsonElement? analysis = null;
        if (d.AnalysisJson is { } json)
        {
            using var parsed = JsonDocument.Parse(StoredAnalysis.Expand(json, d.Text));
            analysis = parsed.RootElement.GetProperty("documents")[0].Clone();
        }

        return new DocumentDetail(d.Id, d.Title, d.Kind, d.Language, d.DocumentDate, DisplaySource(d.Source), d.MediaType,
            Storage.KebabCase.ToKey(d.Status), d.Error, d.ReceivedAt, d.Text, analysis,
            [.. points.OrderBy(p => p.s.SpanStart).ThenBy(p => p.s.Id).Select(p => new DocumentPointView(
                p.o.Id, p.o.IndicatorKey, names.GetValueOrDefault(p.o.IndicatorKey, p.o.IndicatorKey), Decimals.Normalise(p.o.Value), p.o.Unit, p.o.PeriodStart, p.o.PeriodEnd, p.o.PeriodPrecision,
                p.s.Qualifier, [p.s.SpanStart, p.s.SpanEnd], p.s.Quote))],
            conflicts,
            await Duplicates.DuplicatesApi.ViewAsync(db, id, ct) ?? new Duplicates.DuplicateView(id, null, null, []));
    }

    /// <summary>The stored analysis of a document as the pipeline's record, or null when it has none.</summary>
    public static DocumentAnalysis? Analysis(SourceDocument document) =>
        document.AnalysisJson is not { } json
            ? null
            : JsonSerializer.Deserialize<AnalysisReport>(StoredAnalysis.Expand(json, document.Text), AnalysisReport.JsonOptions)?.Documents.FirstOrDefault();

    /// <summary>A URL as it is; a file as its name only: the folders of the machine that ingested it are nobody's business.</summary>
    public static string DisplaySource(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? source
            : Path.GetFileName(source.Replace('\\', '/'));
}
