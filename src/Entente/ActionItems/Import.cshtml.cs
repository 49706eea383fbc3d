using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.ActionItems;

/// <summary>Imports action items from an uploaded CSV file and shows every refused row with its reasons.</summary>
public sealed class ImportModel(EntenteDb db, IStringLocalizer<ActionItemsText> texts) : PageModel
{
    public ImportReport? Report { get; private set; }

    public bool CanImport => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts["Choose a CSV file to import."]);
            return Page();
        }

        if (Upload.Length > ActionItemsApi.MaxImportBytes)
        {
            ModelState.AddModelError(nameof(Upload), texts["The file is larger than the limit of {0} bytes.", ActionItemsApi.MaxImportBytes]);
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        string text;
        try
        {
            text = await reader.ReadToEndAsync(ct);
        }
        catch (System.Text.DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), texts["The file is not UTF-8 text."]);
            return Page();
        }

        Report = await ActionItemCsv.ImportAsync(db, text, null, ct);
        return Page();
    }
}
