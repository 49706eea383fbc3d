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
        var (_, secret, errors) = await ApiTokens.CreateAsync(db, db.Viewer.UserId!, new TokenInput(Name, Scope, ExpiresInDays), ct);
        ModelState.AddFieldErrors(errors, HttpContext, PageErrors.Property);

        NewSecret = secret;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == db.Viewer.UserId, ct) is not { } token)
        {
            return NotFound();
        }

        token.RevokedAt ??= db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.Viewer.UserId).OrderBy(t => t.Id).ToListAsync(ct);
}
