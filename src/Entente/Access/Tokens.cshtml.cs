using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.Access;

/// <summary>The user's API tokens: create one (its secret is shown once) or revoke one.</summary>
public sealed class TokensModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string Scope { get; set; } = "read";

    [BindProperty]
    public int ExpiresInDays { get; set; } = 90;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await ApiTokens.CreateAsync(db, db.Viewer.UserId!, new TokenInput(Name, Scope, ExpiresInDays), ct);
        ModelState.AddFieldErrors(created.Errors, HttpContext, PageErrors.Property);

        NewSecret = created.Secret;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        // The page is signed in with a cookie, which manages all of the user's tokens.
        return (await ApiTokens.RevokeAsync(db, id, ct)).Found ? RedirectToPage() : NotFound();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.Viewer.UserId).OrderBy(t => t.Id).ToListAsync(ct);
}
