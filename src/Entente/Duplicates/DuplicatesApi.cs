using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Duplicates;

/// <summary>Whether a stored document is a syndicated copy (<c>duplicateOf</c>) and which copies it has.</summary>
public sealed record DuplicateView(int DocumentId, int? DuplicateOf, double? Containment, IReadOnlyList<int> Copies);

public static class DuplicatesApi
{
    public static RouteGroupBuilder MapDuplicatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Documents");
        group.MapGet("/documents/{id:int}/duplicates", async Task<Results<Ok<DuplicateView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await ViewAsync(db, id, ct) is { } view
                ? TypedResults.Ok(view)
                : TypedResults.Problem(title: "No such document", detail: $"No stored document has the id {id}.", statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Whether a stored document is a syndicated copy of an earlier one (duplicateOf), and its own copies.");
        return group;
    }

    /// <summary>The document's duplicate standing; null when there is no such document.</summary>
    public static async Task<DuplicateView?> ViewAsync(EntenteDb db, int documentId, CancellationToken ct)
    {
        if (!await db.SourceDocuments.AnyAsync(d => d.Id == documentId, ct))
        {
            return null;
        }

        var own = await db.Set<DocumentFingerprint>().AsNoTracking().FirstOrDefaultAsync(f => f.SourceDocumentId == documentId, ct);
        var copies = await db.Set<DocumentFingerprint>().AsNoTracking().Where(f => f.DuplicateOfId == documentId)
            .OrderBy(f => f.SourceDocumentId).Select(f => f.SourceDocumentId).ToListAsync(ct);
        return new DuplicateView(documentId, own?.DuplicateOfId, own?.Containment, copies);
    }
}
