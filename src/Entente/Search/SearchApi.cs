using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Search;

/// <summary><c>GET /api/search</c>: the one search, as JSON, for what the caller may read.</summary>
public static class SearchApi
{
    public static RouteHandlerBuilder MapSearchApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", async Task<Results<Ok<SearchResults>, ValidationProblem>> (
            string? q, string? sphere, string? kind, string? party, string? agreement, string? from, string? to, string? limit,
            EntenteDb db, ServerSearch search, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var criteria = await SearchCriteria.ParseAsync(db, new SearchRequest(q, sphere, kind, party, agreement, from, to, limit), errors, ct);
            return criteria is null ? errors.ToProblem() : TypedResults.Ok(await search.SearchAsync(db, criteria, ct));
        })
        .WithTags("Search")
        .WithSummary("Searches agreements, clauses, stored documents, action items and consultations the caller may read; inflected forms match.")
        .WithDescription(
            "q: the words (all must match; Russian and English words match their inflected forms, Azerbaijani ignores case and diacritics). " +
            "Filters: sphere (a sphere key), kind (agreement, clause, document, action-item, consultation, or an agreement/document kind such as treaty), " +
            "party (RU, AZ), agreement (id or key), from and to (yyyy-mm-dd, on the record's date), limit (1–100, default 20). " +
            "Anonymous callers find the public legal base and stored documents only. Each result's snippet is HTML: escaped text with the matched words in <mark>.");
}
