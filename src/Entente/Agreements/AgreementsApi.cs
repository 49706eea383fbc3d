using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Agreements;

/// <summary>The legal base over HTTP: <c>/api/agreements</c>.</summary>
public static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreementsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agreements").WithTags("Agreements");

        group.MapGet("/", async Task<Ok<List<AgreementSummary>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await AgreementQueries.ListAsync(db, ct)))
            .WithSummary("Every agreement of the legal base, oldest first.");

        group.MapGet("/{id}", async Task<Results<Ok<AgreementDetail>, NotFound<ProblemDetails>>> (string id, EntenteDb db, CancellationToken ct) =>
            await AgreementQueries.FindAsync(db, id, ct) is { } agreement
                ? TypedResults.Ok(agreement)
                : NotFound(id))
            .WithSummary("One agreement, by numeric id or key, with its relations and roadmaps.");

        group.MapGet("/{id}/provisions", async Task<Results<Ok<List<ProvisionView>>, NotFound<ProblemDetails>>> (string id, EntenteDb db, CancellationToken ct) =>
            await AgreementQueries.FindAsync(db, id, ct) is { } agreement
                ? TypedResults.Ok(await AgreementQueries.ProvisionsAsync(db, agreement.Id, ct))
                : NotFound(id))
            .WithSummary("An agreement's preamble recitals, operative clauses and closing, in order.");

        return group;
    }

    private static NotFound<ProblemDetails> NotFound(string id) =>
        TypedResults.NotFound(new ProblemDetails
        {
            Title = "No such agreement",
            Detail = $"No agreement has the id or key '{id}'.",
            Status = StatusCodes.Status404NotFound,
        });
}
