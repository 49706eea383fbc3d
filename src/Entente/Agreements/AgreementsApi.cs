using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Agreements;

/// <summary>The legal base over HTTP: <c>/api/agreements</c>.</summary>
public static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreementsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agreements").WithTags("Agreements");

        // The legal base is public and read far more than written: answers come from the versioned cache.
        group.MapGet("/", async Task<Ok<List<AgreementSummary>>> (EntenteDb db, VersionedReadCache cache, CancellationToken ct) =>
            TypedResults.Ok((await AgreementQueries.CachedListAsync(db, cache, ct))!))
            .WithSummary("Every agreement of the legal base, oldest first.");

        group.MapGet("/{id}", async Task<Results<Ok<AgreementDetail>, ProblemHttpResult>> (string id, EntenteDb db, VersionedReadCache cache, CancellationToken ct) =>
            await AgreementQueries.CachedFindAsync(db, cache, id, ct) is { } agreement
                ? TypedResults.Ok(agreement)
                : NotFound(id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One agreement, by numeric id or key, with its relations and roadmaps.");

        group.MapGet("/{id}/provisions", async Task<Results<Ok<List<ProvisionView>>, ProblemHttpResult>> (string id, EntenteDb db, VersionedReadCache cache, CancellationToken ct) =>
            await AgreementQueries.CachedProvisionsAsync(db, cache, id, Web.Localization.Language, ct) is { } provisions
                ? TypedResults.Ok(provisions)
                : NotFound(id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An agreement's preamble recitals, operative clauses and closing, in order, in the language of Accept-Language or ?lang= " +
                "(en, ru, az): each gives that language's text once ingested and its summary, says in `language` which it gave, and lists every language in `versions`.");

        return group;
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(
            title: "No such agreement",
            detail: $"No agreement has the id or key '{id}'.",
            statusCode: StatusCodes.Status404NotFound);
}
