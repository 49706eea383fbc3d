namespace Entente.Tests.Fuzz;

/// <summary>One malformed submission of a form: what was changed, the fields sent, and whether it must be refused.</summary>
public sealed record FormSubmission(string What, IReadOnlyList<FormField> Fields, bool MustBeRefused);

/// <summary>
/// The ways a person, a broken client or an attacker gets a form wrong: a field left out, sent twice, empty, far too
/// long, with a NUL, with markup, with numbers and dates out of range or of the wrong kind, and the whole form
/// without its antiforgery token (which must be refused).
/// </summary>
public static class FormMutations
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly (string What, string Value)[] s_values =
    [
        ("an empty value", ""),
        ("20,000 characters", new string('x', 20_000)),
        ("markup", "<script>alert('fuzz')</script>\"'><img src=x>"),
        ("a negative number", "-1"),
        ("a number too large for any column", "99999999999999999999999999999"),
        ("a number in exponent form", "1e309"),
        ("an impossible date", "2026-02-30"),
        ("a date of the wrong shape", "30/02/2026"),
        ("words where a choice is expected", "no such choice"),
        ("letters of other scripts and joiners", "\u202Eقلب\u200D𝕏ﬀ"),
    ];

    public static IEnumerable<FormSubmission> For(PageForm form)
    {
        var fields = form.Fields.Where(f => f.Name != TokenField).ToList();
        var token = form.Fields.Where(f => f.Name == TokenField).ToList();

        yield return new FormSubmission("no antiforgery token", fields, MustBeRefused: true);
        yield return new FormSubmission("only the token", token, MustBeRefused: false);

        foreach (var field in fields.Where(f => f.Kind is not "hidden" || !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            yield return new FormSubmission($"{field.Name} left out", [.. token, .. fields.Where(f => f != field)], false);
            yield return new FormSubmission($"{field.Name} twice", [.. token, .. fields, field with { Value = "second" }], false);
            // A NUL is refused in a text field; in a file it is just a byte (the upload's reader judges the file).
            yield return new FormSubmission($"{field.Name} holding a NUL", [.. token, .. Replace(fields, field, "a\0b")], MustBeRefused: field.Kind != "file");
            foreach (var (what, value) in s_values)
            {
                yield return new FormSubmission($"{field.Name} holding {what}", [.. token, .. Replace(fields, field, value)], false);
            }
        }
    }

    private static IEnumerable<FormField> Replace(List<FormField> fields, FormField field, string value) =>
        fields.Select(f => f == field ? f with { Value = value } : f);
}
