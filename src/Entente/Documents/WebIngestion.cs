using System.Text;
using Entente.Storage;
using Entente.Text.Pipeline;
using Entente.Text.Reading;

namespace Entente.Documents;

/// <summary>
/// Ingestion over the web (the "Add a document" page and <c>POST /api/documents</c>): the same store as
/// <c>entente ingest</c> (<see cref="DocumentStore"/>), with the limits a shared server needs.
/// </summary>
public static class WebIngestion
{
    /// <summary>The largest document accepted over the web, in bytes.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The longest name a document may be given.</summary>
    public const int MaxNameLength = 255;

    public static Task<IngestOutcome> IngestAsync(EntenteDb db, TimeProvider clock, string name, byte[] bytes, string? mediaType, DateOnly? date, CancellationToken ct)
    {
        var input = new DocumentInput(name, bytes, mediaType)
        {
            Hints = date is null ? DocumentHints.None : new DocumentHints { Date = date },
        };
        // One core per request: a shared server has other requests to answer.
        return new DocumentStore(db, DocumentPipeline.Default, clock) { Jobs = 1 }.StoreAsync(input, ct);
    }

    /// <summary>The type a browser or script declared, as a hint (the pipeline looks at the bytes); none for the generic one.</summary>
    public static string? MediaTypeHint(string? contentType) =>
        contentType?.Split(';')[0].Trim() is { Length: > 0 } type && type != "application/octet-stream" ? type : null;

    /// <summary>Pasted text becomes a UTF-8 text document named after its first words.</summary>
    public static (string Name, byte[] Bytes) FromPastedText(string text)
    {
        var firstLine = text.TrimStart().Split('\n', 2)[0].Trim();
        var name = (firstLine.Length > 60 ? firstLine[..60] : firstLine) is { Length: > 0 } start ? start + ".txt" : "pasted text.txt";
        return (name, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A file name safe to keep as the document's source: no folders, no control characters, bounded length.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            return "upload";
        }

        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }
}
