using System.Globalization;
using System.Text.Json;
using Entente.Agreements;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>
/// Builds the index entries of records from the database. It reads past the access filters: the index holds
/// every record, and each search decides what its viewer may see through the records' own filtered sets.
/// </summary>
internal sealed class SearchEntryBuilder(EntenteDb db)
{
    /// <summary>Terms kept per record: bounds the index of a very long document (its tail is not searchable).</summary>
    public const int MaxTermsPerRecord = 100_000;

    private readonly SearchAnalyzer _analyzer = new();

    /// <summary>Each agreement's entry and its clauses' entries.</summary>
    public async Task<List<SearchEntry>> AgreementsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var agreements = await db.Agreements.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Include(a => a.Parties).Include(a => a.Provisions).ThenInclude(p => p.Texts)
            .Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var entries = new List<SearchEntry>();
        foreach (var agreement in agreements)
        {
            var kind = KebabCase.ToKey(agreement.Kind);
            var parties = SearchEntry.Join(agreement.Parties.Select(p => p.PartyCode));
            var itself = SearchEntry.Join([agreement.Id]);
            var body = Lines(
                agreement.Title.Ru, agreement.Title.Az, agreement.ShortTitle.En, agreement.ShortTitle.Ru, agreement.ShortTitle.Az,
                agreement.SigningPlace, agreement.Summary, agreement.Note);
            entries.Add(Entry(
                SearchRecordTypes.Agreement, agreement.Id, kind, $"/agreements/{agreement.Id}", agreement.Title.En, body,
                on: agreement.SignedOn,
                spheres: SearchEntry.Join(agreement.Provisions.SelectMany(p => p.Spheres)),
                agreements: itself,
                parties: parties));

            foreach (var provision in agreement.Provisions)
            {
                var url = provision is { Part: ProvisionPart.Operative, Number: { } number }
                    ? $"/agreements/{agreement.Id}/clauses/{Uri.EscapeDataString(number)}"
                    : $"/agreements/{agreement.Id}";
                entries.Add(Entry(
                    SearchRecordTypes.Clause, provision.Id, kind, url, ClauseTitle(agreement, provision), Lines([.. ProvisionLanguages.All(provision.Texts)]),
                    on: agreement.SignedOn,
                    spheres: SearchEntry.Join(provision.Spheres),
                    agreements: itself,
                    parties: parties));
            }
        }

        return entries;
    }

    /// <summary>
    /// Stored documents: their text, the spheres their analysis found, and the agreements they are linked to or hold.
    /// The text of an agreement's version is searched through its clauses' entries (which say which clause matched),
    /// so its document entry holds the title alone rather than the same words a second time.
    /// </summary>
    public async Task<List<SearchEntry>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var documents = await db.SourceDocuments.IgnoreQueryFilters().AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Source, d.Kind, d.Text, d.AnalysisJson, d.DocumentDate, d.ReceivedAt })
            .ToListAsync(ct);
        var linked = await db.ClauseLinks.IgnoreQueryFilters().AsNoTracking()
            .Where(l => ids.Contains(l.SourceDocumentId)).Select(l => new { l.SourceDocumentId, l.AgreementId })
            .ToListAsync(ct);
        var held = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.SourceDocumentId != null && ids.Contains(v.SourceDocumentId.Value))
            .Select(v => new { SourceDocumentId = v.SourceDocumentId!.Value, v.AgreementId })
            .ToListAsync(ct);
        var agreementsOf = linked.Concat(held).ToLookup(l => l.SourceDocumentId, l => l.AgreementId);
        var versionTexts = held.Select(v => v.SourceDocumentId).ToHashSet();
        return [.. documents.Select(d => Entry(
            SearchRecordTypes.Document, d.Id, d.Kind, $"/documents/{d.Id}", d.Title ?? d.Source,
            versionTexts.Contains(d.Id) ? string.Empty : d.Text ?? string.Empty,
            on: d.DocumentDate ?? DateOnly.FromDateTime(d.ReceivedAt.UtcDateTime),
            spheres: SearchEntry.Join(SpheresOfAnalysis(d.AnalysisJson)),
            agreements: SearchEntry.Join(agreementsOf[d.Id].Distinct())))];
    }

    /// <summary>Action items, with the spheres and agreements of the clauses they serve.</summary>
    public async Task<List<SearchEntry>> ActionItemsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var items = await db.ActionItems.IgnoreQueryFilters().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var clauses = await ClausesAsync(items.SelectMany(i => i.ClauseIds), ct);
        return [.. items.Select(i =>
        {
            var served = i.ClauseIds.Where(clauses.ContainsKey).Select(c => clauses[c]).ToList();
            return Entry(
                SearchRecordTypes.ActionItem, i.Id, null, $"/action-items/{i.Id}", i.Title, Lines(i.Owner),
                on: i.DueOn,
                spheres: SearchEntry.Join(served.SelectMany(c => c.Spheres)),
                agreements: SearchEntry.Join(served.Select(c => c.AgreementId)),
                parties: SearchEntry.Join([i.OwnerPartyCode ?? string.Empty]),
                visibility: i.Visibility);
        })];
    }

    /// <summary>Consultations: subject, outcome and reason, with both Parties and the clauses they concern.</summary>
    public async Task<List<SearchEntry>> ConsultationsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var consultations = await db.Consultations.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var clauses = await ClausesAsync(consultations.SelectMany(c => c.ClauseIds), ct);
        return [.. consultations.Select(c =>
        {
            var concerned = c.ClauseIds.Where(clauses.ContainsKey).Select(id => clauses[id]).ToList();
            return Entry(
                SearchRecordTypes.Consultation, c.Id, KebabCase.ToKey(c.Kind), $"/consultations/{c.Id}", c.Subject, Lines(c.Outcome, c.DeclineReason, c.Reply),
                on: DateOnly.FromDateTime(c.RequestedAt.UtcDateTime),
                spheres: SearchEntry.Join(concerned.SelectMany(p => p.Spheres)),
                agreements: SearchEntry.Join(concerned.Select(p => p.AgreementId)),
                parties: SearchEntry.Join([c.OwnerPartyCode ?? string.Empty, c.CounterpartPartyCode]),
                visibility: c.Visibility);
        })];
    }

    private async Task<Dictionary<int, Provision>> ClausesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0
            ? []
            : await db.Provisions.IgnoreQueryFilters().AsNoTracking().Where(p => distinct.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    private SearchEntry Entry(
        string type, int id, string? kind, string url, string title, string body,
        DateOnly? on, string spheres, string agreements, string parties = "|", Access.Visibility visibility = Access.Visibility.Shared) => new()
    {
        On = on,
        Spheres = spheres,
        Parties = parties,
        Agreements = agreements,
        Visibility = visibility,
        RecordType = type,
        RecordId = id,
        Kind = kind,
        Url = url,
        Title = Truncate(title, 1000),
        Body = BodyKeptElsewhere(type) ? string.Empty : body,
        TitleTerms = _analyzer.Terms(title, MaxTermsPerRecord),
        BodyTerms = _analyzer.Terms(body, MaxTermsPerRecord),
    };

    /// <summary>
    /// Whether a record's words are stored on the record itself (a document's text, a clause's language versions), so
    /// that its entry keeps only their terms and results read the words from the record (<see cref="BodiesAsync"/>).
    /// </summary>
    public static bool BodyKeptElsewhere(string recordType) =>
        recordType is SearchRecordTypes.Document or SearchRecordTypes.Clause;

    /// <summary>The words results cut snippets from, for entries whose body is kept on the record, by entry id.</summary>
    public static async Task<Dictionary<int, string>> BodiesAsync(
        EntenteDb db, IEnumerable<(int EntryId, string RecordType, int RecordId)> entries, int maxLength, CancellationToken ct)
    {
        var kept = entries.Where(e => BodyKeptElsewhere(e.RecordType)).ToList();
        var documentIds = kept.Where(e => e.RecordType == SearchRecordTypes.Document).Select(e => e.RecordId).ToList();
        var clauseIds = kept.Where(e => e.RecordType == SearchRecordTypes.Clause).Select(e => e.RecordId).ToList();
        var documents = documentIds.Count == 0 ? [] : await db.SourceDocuments.IgnoreQueryFilters().AsNoTracking()
            .Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text ?? string.Empty, ct);
        var clauses = clauseIds.Count == 0 ? [] : await db.Provisions.IgnoreQueryFilters().AsNoTracking()
            .Include(p => p.Texts)
            .Where(p => clauseIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => Lines([.. ProvisionLanguages.All(p.Texts)]), ct);
        var bodies = new Dictionary<int, string>(kept.Count);
        foreach (var (entryId, recordType, recordId) in kept)
        {
            var source = recordType == SearchRecordTypes.Document ? documents : clauses;
            bodies[entryId] = source.TryGetValue(recordId, out var body) ? Truncate(body, maxLength) : string.Empty;
        }

        return bodies;
    }

    private static string ClauseTitle(Agreement agreement, Provision provision) => provision.Part switch
    {
        ProvisionPart.Operative when provision.Number is { } number => $"{agreement.ShortTitle.En}, clause {number}",
        ProvisionPart.Preamble => $"{agreement.ShortTitle.En}, preamble ({provision.Order.ToString(CultureInfo.InvariantCulture)})",
        _ => $"{agreement.ShortTitle.En}, closing",
    };

    private static string Lines(params string?[] parts) => string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>The spheres the analysis found in the document's clauses; none when it holds no analysis.</summary>
    private static IEnumerable<string> SpheresOfAnalysis(string? analysisJson)
    {
        if (string.IsNullOrEmpty(analysisJson))
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(analysisJson);
            if (!json.RootElement.TryGetProperty("clauses", out var clauses) || clauses.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. clauses.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("spheres", out var s) && s.ValueKind == JsonValueKind.Array)
                .SelectMany(c => c.GetProperty("spheres").EnumerateArray())
                .Where(s => s.ValueKind == JsonValueKind.String)
                .Select(s => s.GetString()!)];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
