using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Reports;

/// <summary><c>GET /api/reports?from&amp;to&amp;session&amp;format</c>: a report in the caller's own view, as a download.</summary>
public static class ReportsApi
{
    public static RouteHandlerBuilder MapReportsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/reports", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                string? from, string? to, int? session, string? format, bool? sharedOnly, HttpContext http, EntenteDb db, CancellationToken ct) =>
            {
                var (file, errors) = await GenerateAsync(db, from, to, session, format, sharedOnly == true, ct);
                if (file is null)
                {
                    return errors.ToProblem();
                }

                AllowReportStyle(http, file);
                return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
            })
            .RequireAuthorization(AccessPolicies.Read)
            .WithTags("Reports")
            .WithSummary("A report for a period (from, to as YYYY-MM-DD) or a commission session, as html, md or docx; what you may see only, each passage kept to a Party or to named people marked. sharedOnly=true gives the version fit to send.");

    /// <summary>An HTML report carries its own stylesheet; it is served with a policy that allows exactly that one.</summary>
    public static void AllowReportStyle(HttpContext http, RenderedReport file)
    {
        if (file.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            http.Response.Headers.ContentSecurityPolicy = Rendering.HtmlReportRenderer.ContentSecurityPolicy;
        }
    }

    /// <summary>Checks the parameters and writes the report; the page and the API share it so both answer bad input alike.</summary>
    public static async Task<(RenderedReport? File, FieldErrors Errors)> GenerateAsync(
        EntenteDb db, string? from, string? to, int? session, string? format, bool sharedOnly, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var start = Date(errors, "from", from);
        var end = Date(errors, "to", to);
        var chosen = ReportFormat.Html;
        if (!string.IsNullOrWhiteSpace(format) && !ReportRendering.TryParse(format, out chosen))
        {
            errors.Add("format", "'{0}' is not one of {1}.", format, ReportRendering.Formats);
        }

        if (session is <= 0)
        {
            errors.Add("session", "must be a session number (1 or more).");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var (data, error) = await ReportLoader.LoadAsync(db, new ReportRequest(start, end, session, sharedOnly), ct);
        if (data is null)
        {
            errors.Add(session is not null && error!.Contains("session", StringComparison.Ordinal) ? "session" : "from", error!);
            return (null, errors);
        }

        return (ReportRendering.Render(ReportBuilder.Build(data), data, chosen), errors);
    }

    private static DateOnly? Date(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (IsoDate.TryParse(value, out var date))
        {
            return date;
        }

        errors.Add(field, "'{0}' is not a date as YYYY-MM-DD.", value);
        return null;
    }
}
