using System.Globalization;
using Entente.Agreements;
using Entente.Exports;
using System.Text.Json.Serialization;
using Entente.Storage;
using Entente.Text.Reading;
using Entente.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.ActionItems;

/// <summary>
/// Action items as CSV. Clauses are written <c>agreement-key#number</c> (<see cref="ClauseReferences"/>). Import validates each row like the API
/// does; a row that cannot be imported is reported with its line and reasons, never dropped silently.
/// </summary>
public static class ActionItemCsv
{
    public static readonly string[] Columns = ["id", "title", "owner", "party", "visibility", "status", "percent_done", "due_on", "completed_on", "roadmap_id", "body_id", "clauses", "depends_on", "version"];

    public static async Task<string> ExportAsync(EntenteDb db, CancellationToken ct)
    {
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        var items = await db.ActionItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        // The same writer as every other CSV export: quoting, and no cell that a spreadsheet would run as a formula.
        return CsvText.Write(Columns, items.Select(item => (IReadOnlyList<string?>)
        [
            Num(item.Id), item.Title, item.Owner, item.OwnerPartyCode, KebabCase.ToKey(item.Visibility), KebabCase.ToKey(item.Status),
            Num(item.PercentDone), Date(item.DueOn), Date(item.CompletedOn), item.RoadmapId is { } r ? Num(r) : null,
            item.BodyId is { } b ? Num(b) : null,
            string.Join(';', item.ClauseIds.Select(clauses.Write)),
            string.Join(';', item.DependsOn.Select(Num)),
            item.Version.ToString(CultureInfo.InvariantCulture),
        ]));
    }

    /// <summary>
    /// Imports a CSV file as uploaded: its encoding is detected as document ingest does (UTF-8 with or without a BOM,
    /// UTF-16, Windows-1251, …). A row with an id updates that item when its version still matches; a row without one
    /// adds an item. <paramref name="systemParty"/> is the Party of rows without one when the system imports.
    /// </summary>
    public static async Task<ImportReport> ImportAsync(EntenteDb db, ReadOnlyMemory<byte> file, string? systemParty, CancellationToken ct)
    {
        var report = new ImportReport();
        var (text, encoding) = TextDecoder.Decode(file.Span);
        report.Encoding = encoding;
        if (TextDecoder.LooksBinary(text))
        {
            report.IsText = false;
            report.Refuse(0, string.Empty, "The file is not text; save the table as CSV.");
            return report;
        }

        List<(int Line, List<string> Fields)> records;
        try
        {
            records = Csv.Parse(text.TrimStart('\uFEFF'));
        }
        catch (Csv.UnclosedQuoteException e)
        {
            report.Refuse(0, string.Empty, "The quoted field starting on line {0} is never closed.", e.RecordLine);
            return report;
        }

        if (records.Count == 0)
        {
            report.Refuse(0, string.Empty, "The file is empty; the first line must name the columns.");
            return report;
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var known = string.Join(", ", Columns);
        if (!header.Contains("title"))
        {
            report.Refuse(records[0].Line, string.Empty, "The header has no 'title' column; known columns: {0}.", known);
            return report;
        }

        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            report.Warn("Column '{0}' is not known and was ignored; known columns: {1}.", unknown, known);
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                report.Refuse(line, string.Empty, "has {0} fields where the header has {1}.", fields.Count, header.Count);
                continue;
            }

            string? Get(string column) => header.IndexOf(column) is >= 0 and var i && fields[i].Trim() is { Length: > 0 } v ? v : null;
            var problems = new FieldErrors();
            var id = ParseInt("id", Get("id"), problems);
            var input = new ActionItemInput(
                Title: Get("title"),
                Owner: Get("owner"),
                Visibility: Get("visibility"),
                Status: Get("status"),
                PercentDone: ParseInt("percentDone", Get("percent_done"), problems),
                DueOn: ParseDate("dueOn", Get("due_on"), problems),
                CompletedOn: ParseDate("completedOn", Get("completed_on"), problems),
                RoadmapId: ParseInt("roadmapId", Get("roadmap_id"), problems),
                BodyId: ParseInt("bodyId", Get("body_id"), problems),
                Clauses: Get("clauses") is { } written ? [written] : null,
                DependsOn: [.. (Get("depends_on") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(d => ParseInt("dependsOn", d, problems) ?? 0).Where(d => d != 0)],
                Version: ParseLong("version", Get("version"), problems));
            if (Get("party") is { } party && !string.Equals(party, db.Viewer.PartyCode, StringComparison.OrdinalIgnoreCase) && !db.Viewer.IsSystem)
            {
                problems.Add("party", "'{0}' is not your Party; you can import items of {1} only.", party, db.Viewer.PartyCode ?? "—");
            }

            var outcome = id is { } itemId ? await UpdateAsync(db, itemId, input, problems, ct) : await AddAsync(db, input, problems, Get("party") ?? systemParty, ct);
            if (outcome is { } done)
            {
                report.Imported.Add(new ImportedRow(line, done.Id, done.Action));
            }
            else
            {
                report.Rejected.Add(new RejectedRow(line, problems));
            }
        }

        return report;
    }

    private static async Task<(int Id, string Action)?> AddAsync(EntenteDb db, ActionItemInput input, FieldErrors problems, string? systemParty, CancellationToken ct)
    {
        var item = new ActionItem { Title = string.Empty };
        var errors = await ActionItemRules.ApplyAsync(db, item, input, isNew: true, ct);
        problems.AddAll(string.Empty, errors);
        if (problems.Any)
        {
            return null;
        }

        if (db.Viewer.IsSystem)
        {
            item.OwnerPartyCode = systemParty?.ToUpperInvariant();
        }

        await ActionItemRules.AddAsync(db, item, null, ct);
        return (item.Id, ImportedRow.Added);
    }

    /// <summary>Changes the item a row names, with the same version check as the API: a row exported before someone's save is refused.</summary>
    private static async Task<(int Id, string Action)?> UpdateAsync(EntenteDb db, int id, ActionItemInput input, FieldErrors problems, CancellationToken ct)
    {
        if (await db.ActionItems.SingleOrDefaultAsync(i => i.Id == id, ct) is not { } item)
        {
            problems.Add("id", "there is no action item {0} that you can see; leave the id empty to add the row as a new item.", id);
            return null;
        }

        if (item.OwnerPartyCode != db.Viewer.PartyCode && !db.Viewer.IsSystem)
        {
            problems.Add("id", "action item {0} belongs to {1}; only its own Party changes it.", id, item.OwnerPartyCode ?? "—");
        }

        if (problems.Any)
        {
            db.Entry(item).State = EntityState.Detached;
            return null;
        }

        problems.AddAll(string.Empty, await ActionItemRules.ApplyAsync(db, item, input, isNew: false, ct));
        try
        {
            if (!problems.Any)
            {
                await db.SaveChangesAsync(ct);
                return (item.Id, ImportedRow.Updated);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            problems.Add("version", "action item {0} was changed after this file was exported; export again and reapply your change.", id);
        }

        db.Entry(item).State = EntityState.Detached;
        return null;
    }

    private static int? ParseInt(string field, string? value, FieldErrors problems) =>
        ParseLong(field, value, problems) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    private static long? ParseLong(string field, string? value, FieldErrors problems)
    {
        if (value is null)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add(field, "'{0}' is not a whole number.", value);
        return null;
    }

    private static DateOnly? ParseDate(string field, string? value, FieldErrors problems)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(field, "'{0}' is not a date written yyyy-mm-dd.", value);
        return null;
    }

    /// <summary>The CSV column of an API field ("dueOn" → "due_on").</summary>
    internal static string ToColumn(string field) => field switch
    {
        "percentDone" => "percent_done",
        "dueOn" => "due_on",
        "completedOn" => "completed_on",
        "roadmapId" => "roadmap_id",
        "bodyId" => "body_id",
        "dependsOn" => "depends_on",
        _ => field,
    };

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// What an import did: each row added or updated, each row refused with its reasons. Messages are kept as templates:
/// the API writes them in English, the page in the reader's language (<see cref="FieldErrors"/>).
/// </summary>
public sealed class ImportReport
{
    private readonly FieldErrors _warnings = new();

    /// <summary>False when the bytes were not text in any encoding (a spreadsheet saved as .xlsx, say).</summary>
    [JsonIgnore]
    public bool IsText { get; internal set; } = true;

    /// <summary>The encoding the file was read in ("utf-8", "windows-1251", …).</summary>
    public string? Encoding { get; set; }

    public List<ImportedRow> Imported { get; } = [];

    public List<RejectedRow> Rejected { get; } = [];

    public IReadOnlyList<string> Warnings => [.. _warnings.ToDictionary().SelectMany(w => w.Value)];

    public IReadOnlyList<string> WarningsIn(IStringLocalizer localizer) => [.. _warnings.Messages(localizer).Values];

    internal void Warn(string template, params object[] args) => _warnings.Add(string.Empty, template, args);

    internal void Refuse(int line, string field, string template, params object[] args)
    {
        var errors = new FieldErrors();
        errors.Add(field, template, args);
        Rejected.Add(new RejectedRow(line, errors));
    }
}

/// <summary>A row imported: <see cref="Added"/> as a new item or <see cref="Updated"/> an item it named by id.</summary>
public sealed record ImportedRow(int Line, int Id, [property: KeyOf(typeof(ImportedRow))] string Action)
{
    public const string Added = "added";
    public const string Updated = "updated";
}

/// <summary>A row refused, with its reasons, each naming its CSV column ("due_on: …").</summary>
public sealed record RejectedRow(int Line, [property: JsonIgnore] FieldErrors Errors)
{
    public IReadOnlyList<string> Problems =>
        [.. Errors.ToDictionary().SelectMany(e => e.Value.Select(m => e.Key.Length == 0 ? m : $"{ActionItemCsv.ToColumn(e.Key)}: {m}"))];

    /// <summary>The reasons in the reader's language, each after its field's label.</summary>
    public IReadOnlyList<string> ProblemsIn(IStringLocalizer localizer) =>
        [.. Errors.Messages(localizer).Select(e => e.Key.Length == 0 ? e.Value : $"{FieldErrors.FieldName(localizer, e.Key)}: {e.Value}")];
}
