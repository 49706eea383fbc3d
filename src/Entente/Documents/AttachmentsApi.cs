using System.Security.Cryptography;
using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>Uploaded files over HTTP: <c>/api/attachments</c>. The body is the file itself; its type is checked against its first bytes.</summary>
public static class AttachmentsApi
{
    private static readonly Dictionary<string, byte[]?> s_accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [0x50, 0x4B, 0x03, 0x04],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["text/plain"] = null,
        ["text/csv"] = null,
    };

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
            var errors = new FieldErrors();
            errors.Require("fileName", fileName, 256);
            if (fileName is not null && fileName.IndexOfAny(['/', '\\', '\0']) >= 0)
            {
                errors.Add("fileName", "must be a plain file name, without folders.");
            }

            var chosen = errors.Key<Visibility>("visibility", visibility, required: false) ?? Visibility.Party;
            if (chosen == Visibility.Restricted)
            {
                errors.Add("visibility", "an attachment is shared or party.");
            }

            var mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
            if (!s_accepted.TryGetValue(mediaType, out var magic))
            {
                errors.Add("contentType", $"'{mediaType}' is not accepted; send one of {string.Join(", ", s_accepted.Keys)}.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            if (await Uploads.ReadBytesAsync(request, Attachment.MaxLength, ct) is not { } content)
            {
                return Uploads.Refused(request, Attachment.MaxLength);
            }

            if (content.Length == 0)
            {
                errors.Add("body", "the file is empty.");
            }
            else if (magic is not null && !content.AsSpan().StartsWith(magic))
            {
                errors.Add("body", $"the content is not a {mediaType} file (its first bytes do not match).");
            }
            else if (magic is null && !IsUtf8(content))
            {
                errors.Add("body", "a text file must be UTF-8.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var attachment = new Attachment
            {
                FileName = fileName!,
                MediaType = mediaType.ToLowerInvariant(),
                Length = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                Content = content,
                OwnerPartyCode = db.Viewer.PartyCode,
                Visibility = chosen,
                UploadedAt = db.Time.GetUtcNow(),
                UploadedBy = db.Viewer.Actor,
            };
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/attachments/{attachment.Id}", new AttachmentView(
                attachment.Id, attachment.FileName, attachment.MediaType, attachment.Length, attachment.Sha256, attachment.OwnerPartyCode,
                attachment.Visibility, attachment.UploadedAt, attachment.UploadedBy));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary($"Uploads a file (PDF, DOCX, PNG, JPEG, UTF-8 text or CSV; at most 10 MiB) as the request body.");

        return group;
    }

    private static bool IsUtf8(byte[] content) => System.Text.Unicode.Utf8.IsValid(content);
}

/// <summary>An uploaded file's description.</summary>
public sealed record AttachmentView(int Id, string FileName, string MediaType, long Length, string Sha256, string? Party, Visibility Visibility, DateTimeOffset UploadedAt, string UploadedBy);
