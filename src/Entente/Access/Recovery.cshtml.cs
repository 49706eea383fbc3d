using System.ComponentModel.DataAnnotations;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>The second step of sign-in with a recovery code instead of the authenticator app; each code works once.</summary>
[AllowAnonymous]
public sealed class RecoveryModel(SignInManager<EntenteUser> signIn, IStringLocalizer<AccessText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(64, ErrorMessage = "A recovery code is shorter than that.")]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Access/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal).Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(RecoveryCode), result.IsLockedOut ? text["This account is locked after repeated failures."] : text["That recovery code is not valid or was already used."]);
        return Page();
    }
}
