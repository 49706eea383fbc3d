using System.Globalization;
using Entente.Agreements;
using Entente.Exports;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>
/// Action items as CSV. Clauses are written <c>agreement-key#number</c> (<see cref="ClauseReferences"/>). Import validates each row like the API
/// does; a row that cannot be imported is reported with its line and reasons, never dropped silently.
/// </summary>
public static class ActionItemCsv
{
    public static readonly string[] Columns = ["id", "title", "owner", "party", "visibility", "status", "percent_done", "due_on", "completed_on", "roadmap_id", "body_id", "clauses", "depends_on"];

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
        ]));
    }

    /// <summary>Imports the rows of <paramref name="text"/>; <paramref name="systemParty"/> is the Party of rows without one when the system imports.</summary>
    public static async Task<ImportReport> ImportAsync(EntenteDb db, string text, string? systemParty, CancellationToken ct)
    {
        var report = new ImportReport();
        List<(int Line, List<string> Fields)> records;
        try
        {
            records = Csv.Parse(text);
        }
        catch (FormatException e)
        {
            report.Rejected.Add(new RejectedRow(0, [e.Message]));
            return report;
        }

        if (records.Count == 0)
        {
            report.Rejected.Add(new RejectedRow(0, ["The file is empty; the first line must name the columns."]));
            return report;
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.Contains("title"))
        {
            report.Rejected.Add(new RejectedRow(records[0].Line, [$"The header has no 'title' column; known columns: {string.Join(", ", Columns)}."]));
            return report;
        }

        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            report.Warnings.Add($"Column '{unknown}' is not known and was ignored; known columns: {string.Join(", ", Columns)}.");
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            var problems = new List<string>();
            if (fields.Count != header.Count)
            {
                problems.Add($"has {fields.Count} fields where the header has {header.Count}.");
                report.Rejected.Add(new RejectedRow(line, problems));
                continue;
            }

            string? Get(string column) => header.IndexOf(column) is >= 0 and var i && fields[i].Trim() is { Length: > 0 } v ? v : null;
            var input = new ActionItemInput(
                Title: Get("title"),
                Owner: Get("owner"),
                Visibility: Get("visibility"),
                Status: Get("status"),
                PercentDone: ParseInt("percent_done", Get("percent_done"), problems),
                DueOn: ParseDate("due_on", Get("due_on"), problems),
                CompletedOn: ParseDate("completed_on", Get("completed_on"), problems),
                RoadmapId: ParseInt("roadmap_id", Get("roadmap_id"), problems),
                BodyId: ParseInt("body_id", Get("body_id"), problems),
                Clauses: Get("clauses") is { } written ? [written] : null,
                DependsOn: [.. (Get("depends_on") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(d => ParseInt("depends_on", d, problems) ?? 0).Where(d => d != 0)]);
            if (Get("party") is { } party && !string.Equals(party, db.Viewer.PartyCode, StringComparison.OrdinalIgnoreCase) && !db.Viewer.IsSystem)
            {
                problems.Add($"party: '{party}' is not your Party; you can import items of {db.Viewer.PartyCode ?? "no Party"} only.");
            }

            if (Get("id") is not null)
            {
                problems.Add("id: importing updates to existing items is not supported; leave the id column empty to add new items.");
            }

            var item = new ActionItem { Title = string.Empty };
            var errors = await ActionItemRules.ApplyAsync(db, item, input, isNew: true, ct);
            problems.AddRange(errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{ToColumn(e.Key)}: {m}")));
            if (problems.Count > 0)
            {
                report.Rejected.Add(new RejectedRow(line, problems));
                continue;
            }

            if (db.Viewer.IsSystem)
            {
                item.OwnerPartyCode = (Get("party") ?? systemParty)?.ToUpperInvariant();
            }

            await ActionItemRules.AddAsync(db, item, null, ct);
            report.Imported.Add(new ImportedRow(line, item.Id));
        }

        return report;
    }

    private static int? ParseInt(string column, string? value, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add($"{column}: '{value}' is not a whole number.");
        return null;
    }

    private static DateOnly? ParseDate(string column, string? value, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{column}: '{value}' is not a date written yyyy-mm-dd.");
        return null;
    }

    private static string ToColumn(string field) => field switch
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

/// <summary>What an import did: each row added, each row refused with its reasons.</summary>
public sealed class ImportReport
{
    public List<ImportedRow> Imported { get; } = [];

    public List<RejectedRow> Rejected { get; } = [];

    public List<string> Warnings { get; } = [];
}

public sealed record ImportedRow(int Line, int Id);

public sealed record RejectedRow(int Line, IReadOnlyList<string> Problems);
