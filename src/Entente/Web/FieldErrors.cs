using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Entente.Web;

/// <summary>
/// Collects field-level errors for a validation problem response. A message is kept as its English template and
/// arguments: the API writes it in English (<see cref="ToDictionary"/>), a page writes it in the reader's language
/// (<see cref="Localized"/>, texts in <c>Web/ValidationText.*.resx</c>).
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<FieldError>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>A message written out already; a page shows its translation only when the whole text has one.</summary>
    public void Add(string field, string message) => Add(field, new FieldError(message, null));

    /// <summary>A message from a template ("must be at most {0} characters (it has {1})."), translatable with its values.</summary>
    public void Add(string field, string template, params object[] args) => Add(field, new FieldError(template, args));

    /// <summary>Takes over the errors of a part (a follow-up item), each field prefixed ("followUps[0].").</summary>
    public void AddAll(string prefix, FieldErrors part)
    {
        foreach (var (field, list) in part._errors)
        {
            list.ForEach(error => Add(prefix + field, error));
        }
    }

    private void Add(string field, FieldError error)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(error);
    }

    public void Require(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, "must be at most {0} characters (it has {1}).", maxLength, value.Length);
        }
    }

    public void Limit(string field, string? value, int maxLength)
    {
        if (value is { } text && text.Length > maxLength)
        {
            Add(field, "must be at most {0} characters (it has {1}).", maxLength, text.Length);
        }
    }

    /// <summary>Parses a kebab-case key, recording an error naming the allowed keys when it is not one.</summary>
    public TEnum? Key<TEnum>(string field, string? key, bool required)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            if (required)
            {
                Add(field, "is required: one of {0}.", new KeyNames([.. Storage.KebabCase.KeysOf<TEnum>()]));
            }

            return null;
        }

        if (Storage.KebabCase.TryParse<TEnum>(key, out var value))
        {
            return value;
        }

        Add(field, "'{0}' is not one of {1}.", key, new KeyNames([.. Storage.KebabCase.KeysOf<TEnum>()]));
        return null;
    }

    /// <summary>The messages in English, as the API's problem details carry them.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(p => p.Key, p => p.Value.Select(e => e.English).ToArray(), StringComparer.Ordinal);

    /// <summary>The messages in the reader's language, each prefixed with the field's name ("Тема: обязательно для заполнения."),
    /// for a page's <c>ModelState</c>. A field or message without a translation stays as the API writes it.</summary>
    public IDictionary<string, string> Localized(IStringLocalizer localizer, string? form = null) =>
        _errors.ToDictionary(
            p => p.Key,
            p => $"{FieldName(localizer, p.Key, form)}: {string.Join(" ", p.Value.Select(e => e.In(localizer)))}",
            StringComparer.Ordinal);

    /// <summary>The messages in the reader's language, without the field's name (for a page that labels them itself).</summary>
    public IDictionary<string, string> Messages(IStringLocalizer localizer) =>
        _errors.ToDictionary(p => p.Key, p => string.Join(" ", p.Value.Select(e => e.In(localizer))), StringComparer.Ordinal);

    /// <summary>The name of an API field on a page: "field:{form}:{field}" in the texts (a name only one form uses),
    /// else "field:{field}" ("field:coChairs[].name" for any index), else the field itself.</summary>
    public static string FieldName(IStringLocalizer localizer, string field, string? form = null)
    {
        var general = System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", "[]");
        return form is not null && localizer[$"field:{form}:{general}"] is { ResourceNotFound: false } own ? own.Value
            : localizer["field:" + general] is { ResourceNotFound: false } name ? name.Value
            : field;
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request has invalid fields");

    private sealed record FieldError(string Template, object[]? Args)
    {
        public string English => Args is null ? Template : string.Format(CultureInfo.InvariantCulture, Template, Args);

        public string In(IStringLocalizer localizer)
        {
            var text = localizer[Template];
            return text.ResourceNotFound ? English
                : Args is null ? text.Value : string.Format(CultureInfo.CurrentCulture, text.Value, [.. Args.Select(Named)]);
        }

        private static object Named(object arg) => arg switch
        {
            KeyName one => Format.Kind(one.Key),
            KeyNames many => string.Join(", ", many.Keys.Select(Format.Kind)),
            _ => arg,
        };
    }
}

/// <summary>A status or kind inside a message: the API writes its key ("acknowledged"), a page its name in the reader's language.</summary>
public sealed record KeyName(string Key)
{
    public override string ToString() => Key;
}

/// <summary>Keys listed inside a message ("proposed, acknowledged"), each named in the reader's language on a page.</summary>
public sealed record KeyNames(IReadOnlyList<string> Keys, string Separator = ", ")
{
    public override string ToString() => string.Join(Separator, Keys);
}
