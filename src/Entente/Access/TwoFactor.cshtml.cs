using System.ComponentModel.DataAnnotations;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>The second step of sign-in for users with an authenticator app: a six-digit code.</summary>
[AllowAnonymous]
public sealed class TwoFactorModel(SignInManager<EntenteUser> signIn, IStringLocalizer<AccessText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the six-digit code from your authenticator app.")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "The code is six digits.")]
    [Display(Name = "Authenticator code")]
    public string Code { get; set; } = string.Empty;

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

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? text["This account is locked after repeated failures."] : text["That code is not valid now."]);
        return Page();
    }
}
