using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Documents;

/// <summary><c>POST /api/documents</c>: a script hands Entente a document, as <c>entente ingest</c> does for a file.</summary>
public static class DocumentUploadApi
{
    public static RouteHandlerBuilder MapDocumentUploadApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/documents", async Task<Results<Created<DocumentIngestView>, Ok<DocumentIngestView>, ValidationProblem, ProblemHttpResult>> (
                string? name, string? date, HttpRequest request, EntenteDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                errors.Require(nameof(name), name, WebIngestion.MaxNameLength);
                DateOnly? documentDate = null;
                if (!string.IsNullOrWhiteSpace(date))
                {
                    if (IsoDate.TryParse(date, out var parsed))
                    {
                        documentDate = parsed;
                    }
                    else
                    {
                        errors.Add(nameof(date), "'{0}' is not a date written yyyy-mm-dd.", date);
                    }
                }

                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                if (await Uploads.ReadBytesAsync(request, WebIngestion.MaxBytes, ct) is not { } bytes)
                {
                    return Uploads.Refused(request, WebIngestion.MaxBytes);
                }

                if (bytes.Length == 0)
                {
                    errors.Add("body", "is empty: send the document's bytes as the request body.");
                    return errors.ToProblem();
                }

                var outcome = await WebIngestion.IngestAsync(db, clock, WebIngestion.CleanName(name), bytes, WebIngestion.MediaTypeHint(request.ContentType), documentDate, ct);
                var view = DocumentIngestView.Of(outcome);
                return outcome.Result == IngestResult.Unchanged
                    ? TypedResults.Ok(view)
                    : TypedResults.Created($"/api/documents/{outcome.DocumentId}", view);
            })
            .WithTags("Documents")
            .RequireAuthorization(AccessPolicies.Edit)
            .WithSummary("Adds a document (its bytes as the request body; ?name=file name, &date=yyyy-mm-dd when its text has none). " +
                         "201 with what was read, or 200 when the same bytes were stored before. A document that cannot be read is kept with the reason (status failed).");
}

/// <summary>What became of a document handed in over the API.</summary>
/// <remarks>
/// <c>Result</c> is <c>added</c>, <c>attached</c> (the text of an agreement already in the legal base), <c>unchanged</c>
/// (the same bytes were stored before) or <c>failed</c> (kept with <c>Error</c>); the counts say what was found in it.
/// </remarks>
public sealed record DocumentIngestView(int? Id, IngestResult Result, [property: Web.KeyOf(typeof(Text.Vocabulary.DocumentKinds))] string? Kind, string? Title, string? Error, int ClauseLinks, int Figures, int Dates, int References)
{
    public static DocumentIngestView Of(IngestOutcome outcome) => new(
        outcome.DocumentId, outcome.Result, outcome.Kind, outcome.Title, outcome.Error,
        outcome.Analysis?.ClauseLinks.Count ?? 0, outcome.Analysis?.Figures.Count ?? 0, outcome.Analysis?.Dates.Count ?? 0, outcome.Analysis?.References.Count ?? 0);
}
