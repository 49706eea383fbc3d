using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Conflicts;

/// <summary>Conflicts between sources over HTTP: listed and read by anyone, resolved by a signed-in editor.</summary>
public static class ConflictsApi
{
    public static RouteGroupBuilder MapConflictsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/conflicts").WithTags("Conflicts");

        group.MapGet("/", async Task<Results<Ok<List<ConflictView>>, ProblemHttpResult>> (string? status, string? indicator, EntenteDb db, CancellationToken ct) =>
            await ConflictQueries.ListAsync(db, status, indicator, ct) is { } list
                ? TypedResults.Ok(list)
                : TypedResults.Problem(title: "Unknown status", detail: $"status is one of {ConflictStatus.Open}, {ConflictStatus.Resolved} or {ConflictFilter.All}.", statusCode: StatusCodes.Status400BadRequest))
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Conflicts between sources (open by default; status=resolved or all), most severe first, each with both sources and spans.");

        group.MapGet("/{id:int}", async Task<Results<Ok<ConflictView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await ConflictQueries.FindAsync(db, id, ct) is { } conflict ? TypedResults.Ok(conflict) : NotFound(id))
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One conflict with both sides, its explanation and its resolution.");

        group.MapPost("/{id:int}/resolve", async Task<Results<Ok<ConflictView>, ProblemHttpResult, ValidationProblem>> (int id, ResolveConflictInput? input, EntenteDb db, CancellationToken ct) =>
        {
            var errors = await ConflictRules.ResolveAsync(db, id, input?.Note, ct);
            if (errors is null)
            {
                return NotFound(id);
            }

            return errors.Any ? errors.ToProblem() : TypedResults.Ok((await ConflictQueries.FindAsync(db, id, ct))!);
        })
            .RequireAuthorization(AccessPolicies.Edit)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .WithSummary("Marks a conflict resolved with a note saying why; the resolver and the time are recorded and audited. Needs an editor.");

        return group;
    }

    private static ProblemHttpResult NotFound(int id) => Problems.NotFound("conflict", id);
}
