using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Entente.Access;

/// <summary>
/// Identity's messages (password rules, a user name already taken, a failed concurrency check…) in the reader's
/// language, from <see cref="AccessText"/>. The codes stay Identity's own, so pages can still tell password errors
/// from user-name errors; the command line, which has no language, gets the English texts.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccessText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(base.DefaultError(), text["The operation failed."]);

    public override IdentityError ConcurrencyFailure() => Error(base.ConcurrencyFailure(), text["Someone else changed this account at the same time; reload the page and try again."]);

    public override IdentityError PasswordMismatch() => Error(base.PasswordMismatch(), text["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(base.InvalidToken(), text["The code or link is not valid or has expired."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(base.RecoveryCodeRedemptionFailed(), text["That recovery code is not valid or was already used."]);

    public override IdentityError LoginAlreadyAssociated() => Error(base.LoginAlreadyAssociated(), text["This sign-in is already linked to another account."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(base.InvalidUserName(userName), text["The user name “{0}” may contain only Latin letters, digits and the characters - . _ @ +.", userName ?? string.Empty]);

    public override IdentityError InvalidEmail(string? email) => Error(base.InvalidEmail(email), text["The e-mail address “{0}” is not valid.", email ?? string.Empty]);

    public override IdentityError DuplicateUserName(string userName) => Error(base.DuplicateUserName(userName), text["The user name “{0}” is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(base.DuplicateEmail(email), text["The e-mail address “{0}” is already in use.", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(base.InvalidRoleName(role), text["The role name “{0}” is not valid.", role ?? string.Empty]);

    public override IdentityError DuplicateRoleName(string role) => Error(base.DuplicateRoleName(role), text["The role name “{0}” is already taken.", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(base.UserAlreadyHasPassword(), text["This account already has a password."]);

    public override IdentityError UserLockoutNotEnabled() => Error(base.UserLockoutNotEnabled(), text["Locking is not enabled for this account."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(base.UserAlreadyInRole(role), text["The user already has the role “{0}”.", role]);

    public override IdentityError UserNotInRole(string role) => Error(base.UserNotInRole(role), text["The user does not have the role “{0}”.", role]);

    public override IdentityError PasswordTooShort(int length) => Error(base.PasswordTooShort(length), text["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(base.PasswordRequiresUniqueChars(uniqueChars), text["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(base.PasswordRequiresNonAlphanumeric(), text["The password must contain at least one character that is neither a letter nor a digit."]);

    public override IdentityError PasswordRequiresDigit() => Error(base.PasswordRequiresDigit(), text["The password must contain at least one digit (0–9)."]);

    public override IdentityError PasswordRequiresLower() => Error(base.PasswordRequiresLower(), text["The password must contain at least one lowercase letter (a–z)."]);

    public override IdentityError PasswordRequiresUpper() => Error(base.PasswordRequiresUpper(), text["The password must contain at least one uppercase letter (A–Z)."]);

    /// <summary>Identity's error with its code kept and its description in the reader's language.</summary>
    private static IdentityError Error(IdentityError english, string description) => new() { Code = english.Code, Description = description };
}
