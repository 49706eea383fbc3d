using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.ActionItems;

/// <summary>Imports action items from an uploaded CSV file and shows every refused row with its reasons.</summary>
public sealed class ImportModel(EntenteDb db, IStringLocalizer<ActionItemsText> texts, IStringLocalizer<Web.ValidationText> messages) : PageModel
{
    public ImportReport? Report { get; private set; }

    /// <summary>The import's messages in the reader's language.</summary>
    public IStringLocalizer Messages => messages;

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

        using var file = new MemoryStream();
        await Upload.CopyToAsync(file, ct);
        Report = await ActionItemCsv.ImportAsync(db, file.ToArray(), null, ct);
        return Page();
    }
}
