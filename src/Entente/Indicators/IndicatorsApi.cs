using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Indicators;

/// <summary>Indicators and their observations over HTTP: <c>/api/indicators</c>.</summary>
public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/indicators").WithTags("Indicators");

        group.MapGet("/", async Task<Ok<List<IndicatorView>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await IndicatorQueries.ListAsync(db, ct)))
            .WithSummary("Every indicator with its latest observation.");

        group.MapGet("/{key}/observations", async Task<Results<Ok<List<ObservationView>>, NotFound<ProblemDetails>>> (string key, EntenteDb db, CancellationToken ct) =>
            await IndicatorQueries.ObservationsAsync(db, key, ct) is { } observations
                ? TypedResults.Ok(observations)
                : TypedResults.NotFound(new ProblemDetails
                {
                    Title = "No such indicator",
                    Detail = $"No indicator has the key '{key}'.",
                    Status = StatusCodes.Status404NotFound,
                }))
            .WithSummary("An indicator's observations in period order, each with its source.");

        return group;
    }
}
