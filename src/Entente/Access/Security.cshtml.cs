using System.ComponentModel.DataAnnotations;
using Entente.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>The user's own sign-in security: the authenticator-app (TOTP) second factor, with a QR code of its key and ten recovery codes.</summary>
public sealed class SecurityModel(UserManager<EntenteUser> users, SignInManager<EntenteUser> signIn, IStringLocalizer<AccessText> text) : PageModel
{
    public bool Enabled { get; private set; }

    public const int RecoveryCodeCount = 10;

    /// <summary>The key to type into an authenticator app, in groups of four.</summary>
    public string? Key { get; private set; }

    /// <summary>The <c>otpauth://</c> address of the key as an inline SVG QR code, for the app's camera.</summary>
    public string? QrCode { get; private set; }

    /// <summary>Fresh recovery codes, shown once right after they are made; only their hashes are kept.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

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
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            await signIn.RefreshSignInAsync(user);
            await LoadAsync();
            return Page();
        }

        ModelState.AddModelError(nameof(Code), text["That code does not match the key; check the app's clock and try the next code."]);
        await LoadAsync();
        return Page();
    }

    /// <summary>Replaces every recovery code with ten new ones (the old ones stop working).</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
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
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        }
        else
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            Key = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
            var account = Uri.EscapeDataString(user.UserName ?? user.Id);
            QrCode = QrSvg.Of($"otpauth://totp/Entente:{account}?secret={key}&issuer=Entente&digits=6&period=30", text["QR code of the key for an authenticator app"]);
        }

        return true;
    }
}
