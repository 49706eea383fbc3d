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
