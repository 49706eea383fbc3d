using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Entente.Web;

/// <summary>Puts a command's <see cref="FieldErrors"/> on a page, in the reader's language.</summary>
public static class PageErrors
{
    /// <summary>Adds each field's messages to <c>ModelState</c> under <paramref name="key"/> of the field
    /// (by default the field as it is).</summary>
    public static void AddFieldErrors(this ModelStateDictionary state, FieldErrors errors, HttpContext context, Func<string, string>? key = null, string? form = null)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<ValidationText>>();
        foreach (var (field, message) in errors.Localized(localizer, form))
        {
            state.AddModelError(key?.Invoke(field) ?? field, message);
        }
    }

    /// <summary>"subject" → "Subject": the page property a camelCase API field binds to.</summary>
    public static string Property(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
