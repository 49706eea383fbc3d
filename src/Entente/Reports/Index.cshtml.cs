using Entente.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Entente.Web;

namespace Entente.Reports;

/// <summary>The report page: pick a period or a commission session and a format, and download the report in your own view.</summary>
public sealed class IndexModel(EntenteDb db, IStringLocalizer<ValidationText> validation) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Session { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    /// <summary>The version fit to send: shared records only.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SharedOnly { get; set; }

    /// <summary>Set by the form's button: generate now rather than show the form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Generate { get; set; }

    public IReadOnlyList<(int Number, DateOnly? HeldOn)> Sessions { get; private set; } = [];

    /// <summary>Each field's messages in the reader's language, prefixed with the field's name.</summary>
    public IDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Generate is not null)
        {
            var (file, errors) = await ReportsApi.GenerateAsync(db, From, To, Session, Format, SharedOnly, ct);
            if (file is not null)
            {
                // HTML opens in the browser, ready to print; the others download.
                ReportsApi.AllowReportStyle(HttpContext, file);
                return Format is null or "html" ? File(file.Bytes, file.ContentType) : File(file.Bytes, file.ContentType, file.FileName);
            }

            Errors = errors.Localized(validation);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var today = DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        From ??= new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To ??= today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Sessions = [.. (await db.CommissionSessions.AsNoTracking().OrderByDescending(s => s.Number).Select(s => new { s.Number, s.HeldOn }).ToListAsync(ct))
            .Select(s => (s.Number, s.HeldOn))];
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : null;
}
