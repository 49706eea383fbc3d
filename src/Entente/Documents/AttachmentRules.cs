using System.Security.Cryptography;
using Entente.Access;
using Entente.Storage;
using Entente.Web;

namespace Entente.Documents;

/// <summary>What an upload must be: a plain file name, an accepted type whose first bytes match it, at most 10 MiB.</summary>
public static class AttachmentRules
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The limit in whole MiB, as forms state it.</summary>
    public const int MaxMebibytes = Attachment.MaxLength / (1024 * 1024);

    private static readonly Dictionary<string, byte[]?> s_accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        [Pdf] = "%PDF-"u8.ToArray(),
        [Docx] = [0x50, 0x4B, 0x03, 0x04],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["text/plain"] = null,
        ["text/csv"] = null,
    };

    /// <summary>Checks what is known before the body is read: name, type and visibility.</summary>
    public static FieldErrors CheckHeader(string? fileName, string mediaType, string? visibility)
    {
        var errors = new FieldErrors();
        errors.Require("fileName", fileName, 256);
        if (fileName is not null && fileName.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            errors.Add("fileName", "must be a plain file name, without folders.");
        }

        if (errors.Key<Visibility>("visibility", visibility, required: false) == Visibility.Restricted)
        {
            errors.Add("visibility", "an attachment is shared or party.");
        }

        if (!s_accepted.ContainsKey(mediaType))
        {
            errors.Add("contentType", "'{0}' is not accepted; send one of {1}.", mediaType, string.Join(", ", s_accepted.Keys));
        }

        return errors;
    }

    /// <summary>Checks the content against its type and stores it for the viewer's Party.</summary>
    public static async Task<(Attachment? Attachment, FieldErrors Errors)> AddAsync(EntenteDb db, string fileName, string mediaType, string? visibility, byte[] content, CancellationToken ct)
    {
        var errors = CheckHeader(fileName, mediaType, visibility);
        var magic = s_accepted.GetValueOrDefault(mediaType);
        if (content.Length == 0)
        {
            errors.Add("body", "the file is empty.");
        }
        else if (content.Length > Attachment.MaxLength)
        {
            errors.Add("body", "the file is larger than the limit of {0} MiB.", MaxMebibytes);
        }
        else if (magic is not null && !content.AsSpan().StartsWith(magic))
        {
            errors.Add("body", "the content is not a {0} file (its first bytes do not match).", mediaType);
        }
        else if (magic is null && !System.Text.Unicode.Utf8.IsValid(content))
        {
            errors.Add("body", "a text file must be UTF-8.");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var attachment = new Attachment
        {
            FileName = fileName,
            MediaType = mediaType.ToLowerInvariant(),
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            OwnerPartyCode = db.Viewer.PartyCode,
            Visibility = KebabCase.TryParse<Visibility>(visibility, out var chosen) ? chosen : Visibility.Party,
            UploadedAt = db.Time.GetUtcNow(),
            UploadedBy = db.Viewer.Actor,
        };
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return (attachment, errors);
    }
}
