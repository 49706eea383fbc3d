using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web;

/// <summary>Reads request bodies with a size limit, refusing oversized or malformed uploads with a reason.</summary>
public static class Uploads
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadBytesAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The body as UTF-8 text, or null when it is too long or not valid UTF-8.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (await ReadBytesAsync(request, maxBytes, ct) is not { } bytes)
        {
            request.HttpContext.Items[nameof(Uploads)] = $"The upload is larger than the limit of {maxBytes} bytes.";
            return null;
        }

        try
        {
            return s_strictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            request.HttpContext.Items[nameof(Uploads)] = "The upload is not valid UTF-8 text.";
            return null;
        }
    }

    /// <summary>The refusal for the last failed read: 413 for a body too large, 400 for malformed content.</summary>
    public static ProblemHttpResult Refused(HttpRequest request, int maxBytes)
    {
        var reason = request.HttpContext.Items[nameof(Uploads)] as string ?? $"The upload is larger than the limit of {maxBytes} bytes.";
        var tooLarge = reason.Contains("larger", StringComparison.Ordinal);
        return TypedResults.Problem(
            title: tooLarge ? "Upload too large" : "Malformed upload",
            detail: reason,
            statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
    }
}
