using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Documents;

/// <summary>Adds a document from the browser: a file or pasted text, read and stored like <c>entente ingest</c> does.</summary>
[RequestSizeLimit(WebIngestion.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = WebIngestion.MaxBytes + 64 * 1024)]
public sealed class AddModel(EntenteDb db, TimeProvider clock, IStringLocalizer<DocumentsText> text) : PageModel
{
    public bool CanAdd => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? PastedText { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    /// <summary>What happened to the last document, when it was not stored as new (already there, or unreadable).</summary>
    public IngestOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanAdd)
        {
            return Forbid();
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (IsoDate.TryParse(Date, out var parsed))
            {
                date = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Date), text["Give the date as yyyy-mm-dd, or leave it empty."]);
            }
        }

        var hasFile = Upload is { Length: > 0 };
        var hasText = !string.IsNullOrWhiteSpace(PastedText);
        if (hasFile == hasText)
        {
            ModelState.AddModelError(nameof(Upload), hasFile ? text["Choose a file or paste text, not both."] : text["Choose a file or paste the text of a document."]);
        }

        if (Upload is { Length: > WebIngestion.MaxBytes })
        {
            ModelState.AddModelError(nameof(Upload), text["The file is larger than the limit of {0} MB.", WebIngestion.MaxBytes / (1024 * 1024)]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (name, bytes, mediaType) = hasFile ? await ReadUploadAsync(Upload!, ct) : FromText(PastedText!);
        Outcome = await WebIngestion.IngestAsync(db, clock, name, bytes, mediaType, date, ct);
        return Outcome.Result is IngestResult.Added or IngestResult.Attached && Outcome.DocumentId is { } id
            ? Redirect($"/documents/{id}")
            : Page();
    }

    private static async Task<(string Name, byte[] Bytes, string? MediaType)> ReadUploadAsync(IFormFile upload, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using var stream = upload.OpenReadStream();
        await stream.CopyToAsync(buffer, ct);
        // The browser's idea of the type is a hint only; the pipeline looks at the bytes.
        return (WebIngestion.CleanName(upload.FileName), buffer.ToArray(), WebIngestion.MediaTypeHint(upload.ContentType));
    }

    private static (string Name, byte[] Bytes, string? MediaType) FromText(string text)
    {
        var (name, bytes) = WebIngestion.FromPastedText(text);
        return (name, bytes, "text/plain");
    }
}
