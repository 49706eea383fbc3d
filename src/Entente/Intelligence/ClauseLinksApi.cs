using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Intelligence;

/// <summary>Clause links over HTTP: the documents concerning a clause, and a document's links.</summary>
public static class ClauseLinksApi
{
    public static RouteGroupBuilder MapClauseLinksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Clause links");

        group.MapGet("/agreements/{id:int}/clauses/{number}", async Task<Results<Ok<ClauseView>, ProblemHttpResult>> (int id, string number, EntenteDb db, CancellationToken ct) =>
            await ClauseLinkQueries.ClauseAsync(db, id, number, ct) is { } clause
                ? TypedResults.Ok(clause)
                : TypedResults.Problem(title: "No such clause", detail: $"Agreement {id} has no operative clause '{number}'.", statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One clause of an agreement with the documents that concern it, newest first, each with its supporting passage.");

        group.MapGet("/documents/{id:int}/clause-links", async Task<Results<Ok<IReadOnlyList<ClauseLinkView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await ClauseLinkQueries.OfDocumentAsync(db, id, ct) is { } links
                ? TypedResults.Ok(links)
                : TypedResults.Problem(title: "No such document", detail: $"No stored document has the id {id}.", statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The clauses a stored document is linked to, in text order, with evidence, score and span.");

        return group;
    }
}
