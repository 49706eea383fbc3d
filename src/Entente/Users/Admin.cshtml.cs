using Entente.Access;
using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.Users;

/// <summary>
/// For administrators: the users, a form to create one with a Party and a role, locking and unlocking, and
/// resetting a lost second factor. An administrator of a Party manages that Party's users; an administrator
/// without a Party manages everyone. Each change is a write through EntenteDb, so the audit trail records it.
/// </summary>
[Authorize(Policy = AccessPolicies.Administer)]
public sealed class AdminModel(EntenteDb db, UserManager<EntenteUser> users, IStringLocalizer<UsersText> text) : PageModel
{
    public sealed record UserRow(string Id, string UserName, string DisplayName, string? Party, string Role, bool TwoFactor, DateTimeOffset? LockedUntil);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    /// <summary>The Parties the administrator may create users in; empty string stands for an observer.</summary>
    public IReadOnlyList<string> Parties { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public NewUserForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var party = string.IsNullOrWhiteSpace(Form.Party) ? null : Form.Party.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(Form.UserName) || Form.UserName.Length > 64)
        {
            ModelState.AddModelError("Form.UserName", text["Enter a user name of at most 64 characters."]);
        }

        if (!KebabCase.TryParse<UserRole>(Form.Role, out var role))
        {
            ModelState.AddModelError("Form.Role", text["Choose a role."]);
        }

        if (!await MayManageAsync(party, ct))
        {
            ModelState.AddModelError("Form.Party", text["You may create users only in your own Party."]);
        }

        if (ModelState.IsValid)
        {
            var user = new EntenteUser
            {
                UserName = Form.UserName!.Trim(),
                DisplayName = string.IsNullOrWhiteSpace(Form.DisplayName) ? Form.UserName.Trim() : Form.DisplayName.Trim(),
                PartyCode = party,
                Role = role,
                CreatedAt = db.Time.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, Form.Password ?? string.Empty);
            if (created.Succeeded)
            {
                return RedirectToPage(new { done = "created" });
            }

            // Identity's messages (password rules, a name already taken) come in the reader's language from LocalizedIdentityErrors.
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.UserName", error.Description);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) => ChangeAsync(id, "locked", async user =>
    {
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
    }, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => ChangeAsync(id, "unlocked", async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }, ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct) => ChangeAsync(id, "reset", async user =>
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }, ct);

    private async Task<IActionResult> ChangeAsync(string id, string done, Func<EntenteUser, Task> change, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await MayManageAsync(user.PartyCode, ct))
        {
            return Forbid();
        }

        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, text["Ask another administrator to change your own account."]);
            await LoadAsync(ct);
            return Page();
        }

        await change(user);
        return RedirectToPage(new { done });
    }

    /// <summary>Whether the signed-in administrator may manage a user of <paramref name="party"/> (null: an observer).</summary>
    private async Task<bool> MayManageAsync(string? party, CancellationToken ct)
    {
        if (db.Viewer.PartyCode is { } own)
        {
            return party == own;
        }

        return party is null || await db.Parties.AnyAsync(p => p.Code == party, ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Done = Request.Query["done"].FirstOrDefault() switch
        {
            "created" => text["The user was created."].Value,
            "locked" => text["The account is locked."].Value,
            "unlocked" => text["The account is unlocked."].Value,
            "reset" => text["The second factor is off; the user can turn it on again under Sign-in security."].Value,
            _ => null,
        };
        var own = db.Viewer.PartyCode;
        var query = db.Users.AsNoTracking();
        if (own is not null)
        {
            query = query.Where(u => u.PartyCode == own);
        }

        var all = await query.OrderBy(u => u.PartyCode).ThenBy(u => u.UserName).ToListAsync(ct);
        var now = db.Time.GetUtcNow();
        Users = [.. all.Select(u => new UserRow(u.Id, u.UserName ?? u.Id, u.DisplayName, u.PartyCode, KebabCase.ToKey(u.Role), u.TwoFactorEnabled,
            u.LockoutEnd is { } end && end > now ? end : null))];
        Parties = own is not null ? [own] : ["", .. await db.Parties.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct)];
    }
}

/// <summary>The fields of a new user.</summary>
public sealed class NewUserForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Party { get; set; }

    public string? Role { get; set; } = "viewer";

    public string? Password { get; set; }
}
