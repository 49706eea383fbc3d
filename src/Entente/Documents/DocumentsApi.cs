using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Documents;

/// <summary>Stored documents over HTTP: the list, and one document with its text and analysis. Public, as the legal base is.</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents");

        group.MapGet("/", async Task<Ok<List<DocumentListItem>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await DocumentQueries.ListAsync(db, ct)))
            .WithSummary("Every stored document, newest first, with how many clause links and claims were read from it.");

        group.MapGet("/{id:int}", async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await DocumentQueries.FindAsync(db, id, ct) is { } document ? TypedResults.Ok(document) : Problems.NotFound("document", id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One stored document: its text, its entente.analysis/1 analysis, the series points it states and the conflicts it is part of.");

        return group;
    }
}
