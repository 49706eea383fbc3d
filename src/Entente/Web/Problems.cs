using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web;

/// <summary>The problem details Entente's API answers with, so every endpoint words them the same way.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem(title: $"No such {what}", detail: $"There is no {what} {id} that you can see.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string what, int id) =>
        TypedResults.Problem(
            title: "Edited by someone else",
            detail: $"The {what} {id} was changed after you read it; reload it, reapply your change and save again.",
            statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Not allowed", detail: detail, statusCode: StatusCodes.Status403Forbidden);
}

/// <summary>Collects field-level errors for a validation problem response.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Require(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters (it has {value.Length}).");
        }
    }

    public void Limit(string field, string? value, int maxLength)
    {
        if (value is { } text && text.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters (it has {text.Length}).");
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
                Add(field, $"is required: one of {string.Join(", ", Storage.KebabCase.KeysOf<TEnum>())}.");
            }

            return null;
        }

        if (Storage.KebabCase.TryParse<TEnum>(key, out var value))
        {
            return value;
        }

        Add(field, $"'{key}' is not one of {string.Join(", ", Storage.KebabCase.KeysOf<TEnum>())}.");
        return null;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request has invalid fields");
}
