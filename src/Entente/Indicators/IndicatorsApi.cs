using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Indicators;

/// <summary>Indicators and their observations over HTTP: <c>/api/indicators</c>.</summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/indicators").WithTags("Indicators");

        // Indicators are public; the list comes from the versioned cache, one per language (descriptions are the reader's).
        group.MapGet("/", async Task<Ok<List<IndicatorView>>> (EntenteDb db, VersionedReadCache cache, CancellationToken ct) =>
            TypedResults.Ok((await cache.GetAsync<List<IndicatorView>>(db, "indicators:" + Web.Localization.Language, async (db, ct) => await IndicatorQueries.ListAsync(db, ct), ct))!))
            .WithSummary("Every indicator with its latest observation.");

        group.MapGet("/{key}/observations", async Task<Results<Ok<List<ObservationView>>, ProblemHttpResult>> (string key, EntenteDb db, CancellationToken ct) =>
            await IndicatorQueries.ObservationsAsync(db, key, ct) is { } observations
                ? TypedResults.Ok(observations)
                : TypedResults.Problem(
                    title: "No such indicator",
                    detail: $"No indicator has the key '{key}'.",
                    statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An indicator's observations in period order, each with its source.");

        group.MapGet("/{key}/series", async Task<Results<Ok<SeriesView>, ProblemHttpResult>> (string key, EntenteDb db, CancellationToken ct) =>
            await SeriesQueries.SeriesAsync(db, key, ct) is { } series
                ? TypedResults.Ok(series)
                : TypedResults.Problem(
                    title: "No such indicator",
                    detail: $"No indicator has the key '{key}'.",
                    statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An indicator's series: every point with all its sources (document and span, or citation), derived points marked with what they were computed from, and the conflicts that touch it.");

        return group;
    }
}
