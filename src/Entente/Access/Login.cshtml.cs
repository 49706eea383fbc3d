using System.ComponentModel.DataAnnotations;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>Sign-in with a local account; repeated failures lock the account, and a second factor is asked for when enabled.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<EntenteUser> signIn, IStringLocalizer<AccessText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your user name.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Access/TwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["This account is locked after repeated failed sign-ins; try again in 15 minutes or ask an administrator."]
            : text["The user name or password is wrong."]);
        return Page();
    }

    /// <summary>Only local paths, so a crafted link cannot send a signed-in user elsewhere.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/";
}
