using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>Uploaded files over HTTP: <c>/api/attachments</c>. The body is the file itself; its type is checked against its first bytes.</summary>
public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/attachments").WithTags("Attachments").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<AttachmentView>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Attachments.AsNoTracking().OrderByDescending(a => a.Id)
                .Select(a => new AttachmentView(a.Id, a.FileName, a.MediaType, a.Length, a.Sha256, a.OwnerPartyCode, a.Visibility, a.UploadedAt, a.UploadedBy))
                .ToListAsync(ct)))
            .WithSummary("The files you can see, newest first.");

        group.MapGet("/{id:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } attachment
                ? TypedResults.File(attachment.Content, attachment.MediaType, attachment.FileName)
                : Problems.NotFound("attachment", id))
            .WithSummary("Downloads one file.");

        group.MapPost("/", async Task<Results<Created<AttachmentView>, ValidationProblem, ProblemHttpResult>> (string? fileName, string? visibility, HttpRequest request, EntenteDb db, CancellationToken ct) =>
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
            var errors = AttachmentRules.CheckHeader(fileName, mediaType, visibility);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            if (await Uploads.ReadBytesAsync(request, Attachment.MaxLength, ct) is not { } content)
            {
                return Uploads.Refused(request, Attachment.MaxLength);
            }

            var (attachment, contentErrors) = await AttachmentRules.AddAsync(db, fileName!, mediaType, visibility, content, ct);
            return attachment is null
                ? contentErrors.ToProblem()
                : TypedResults.Created($"/api/attachments/{attachment.Id}", AttachmentView.Of(attachment));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Uploads a file (PDF, DOCX, PNG, JPEG, UTF-8 text or CSV; at most 10 MiB) as the request body.");

        return group;
    }

}

/// <summary>An uploaded file's description.</summary>
public sealed record AttachmentView(int Id, string FileName, string MediaType, long Length, string Sha256, string? Party, Visibility Visibility, DateTimeOffset UploadedAt, string UploadedBy)
{
    public static AttachmentView Of(Attachment a) => new(a.Id, a.FileName, a.MediaType, a.Length, a.Sha256, a.OwnerPartyCode, a.Visibility, a.UploadedAt, a.UploadedBy);
}
