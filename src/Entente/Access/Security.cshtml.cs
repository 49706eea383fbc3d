using System.ComponentModel.DataAnnotations;
using Entente.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>The user's own sign-in security: turning the authenticator-app (TOTP) second factor on or off.</summary>
public sealed class SecurityModel(UserManager<EntenteUser> users, SignInManager<EntenteUser> signIn, IStringLocalizer<AccessText> text) : PageModel
{
    public bool Enabled { get; private set; }

    /// <summary>The key to type into an authenticator app, in groups of four.</summary>
    public string? Key { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code your app shows.")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "The code is six digits.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await signIn.RefreshSignInAsync(user);
            return RedirectToPage();
        }

        ModelState.AddModelError(nameof(Code), text["That code does not match the key; check the app's clock and try the next code."]);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            Key = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        }

        return true;
    }
}
