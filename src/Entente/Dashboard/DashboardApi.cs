using System.Text;
using Entente.Consultations;
using Entente.Exports;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Entente.Dashboard;

/// <summary>
/// <c>GET /api/dashboard</c> (the dashboard's numbers) and <c>GET /api/dashboard/charts/{id}.csv</c> (one chart's
/// table). Public: anonymous callers get the public parts only, signed-in users what their access allows.
/// </summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dashboard").WithTags("Dashboard").AllowAnonymous();

        group.MapGet("/", async Task<Ok<DashboardData>> (EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
                TypedResults.Ok(await LoadAsync(db, deadlines.Value, ct)))
            .WithSummary("Commitments by sphere and status, roadmap progress, overdue items, open consultations (signed in); indicators, the legal base as a graph and a timeline.");

        group.MapGet("/charts/{id}.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                string id, string? a, string? b, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, IStringLocalizer<DashboardText> texts, CancellationToken ct) =>
            {
                // The table as the page shows it: headings and names in the reader's language (English by default).
                var chart = DashboardCharts.All(await LoadAsync(db, deadlines.Value, ct), a, b, texts).FirstOrDefault(c => c.Id == id);
                if (chart is null)
                {
                    return TypedResults.Problem(title: "No such chart", detail: $"The dashboard has no chart '{id}' that you can see.", statusCode: StatusCodes.Status404NotFound);
                }

                var csv = CsvText.Write(chart.Table.Headings, chart.Table.Rows);
                return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{id}.csv");
            })
            .WithSummary("The data table of one dashboard chart as CSV (a and b pick the compared indicators).");
        return routes;
    }

    /// <summary>The mechanisms' parts are shown to signed-in users only, as their pages are.</summary>
    public static Task<DashboardData> LoadAsync(EntenteDb db, ConsultationDeadlineOptions deadlines, CancellationToken ct) =>
        DashboardQueries.LoadAsync(db, deadlines, showMechanisms: db.Viewer.IsAuthenticated, ct);
}
