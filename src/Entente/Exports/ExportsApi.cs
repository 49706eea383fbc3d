using System.Text;
using Entente.Access;
using Entente.Consultations;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Entente.Exports;

/// <summary>
/// Exports over HTTP: the legal base as Akoma Ntoso and CSV, indicators' observations as CSV (public, like the pages
/// that show them), the mechanisms' lists as CSV (signed in), and everything as JSON (<c>/api/export</c>).
/// </summary>
public static class ExportsApi
{
    private const string CsvType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/agreements/{id:int}/akn", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await AgreementAkn.ExportAsync(db, id, ct) is { } document
                ? TypedResults.File(Encoding.UTF8.GetBytes(document.Declaration + "\n" + document.ToString()), "application/akn+xml", $"agreement-{id}.akn.xml")
                : Problems.NotFound("agreement", id))
            .AllowAnonymous().WithTags("Agreements").WithSummary("An agreement as Akoma Ntoso 3.0 XML: recitals, clauses (texts, or summaries until the text is ingested), date and Parties.");

        Csv(routes, "/api/agreements/export.csv", "agreements.csv", ListCsv.AgreementsAsync, "Agreements", "The legal base as CSV.").AllowAnonymous();
        Csv(routes, "/api/indicators/observations/export.csv", "observations.csv", ListCsv.ObservationsAsync, "Indicators", "Every indicator's observations with their sources, as CSV.").AllowAnonymous();
        Csv(routes, "/api/commitments/export.csv", "commitments.csv", ListCsv.CommitmentsAsync, "Commitments", "Every commitment with its joint status and each Party's status you may see, as CSV.")
            .RequireAuthorization(AccessPolicies.Read);
        Csv(routes, "/api/consultations/export.csv", "consultations.csv", ListCsv.ConsultationsAsync, "Consultations", "The consultations you may see, as CSV.")
            .RequireAuthorization(AccessPolicies.Read);
        Csv(routes, "/api/events/export.csv", "events.csv", ListCsv.EventsAsync, "Events", "The events you may see, as CSV.")
            .RequireAuthorization(AccessPolicies.Read);

        routes.MapGet("/api/export", async (HttpContext http, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
            {
                var document = await ExportBuilder.BuildAsync(db, includeTracking: http.User.Identity?.IsAuthenticated == true, deadlines.Value, ct);
                return TypedResults.File(ExportJson.Serialize(document), "application/json; charset=utf-8", "entente-export.json");
            })
            .AllowAnonymous().WithTags("Exports")
            .WithSummary($"Everything you may see as one JSON document ({ExportDocument.CurrentSchema}); anonymous callers get the public legal base and indicators.");
        return routes;
    }

    private static RouteHandlerBuilder Csv(IEndpointRouteBuilder routes, string pattern, string fileName, Func<EntenteDb, CancellationToken, Task<string>> write, string tag, string summary) =>
        routes.MapGet(pattern, async (EntenteDb db, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await write(db, ct)), CsvType, fileName))
            .WithTags(tag).WithSummary(summary);
}
