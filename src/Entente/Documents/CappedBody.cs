namespace Entente.Documents;

/// <summary>
/// Reads a response body up to a size cap, stopping as soon as the cap is passed rather than after the whole body
/// (a page that never ends, a 50 MB feed): the one capped reader of the URL fetchers.
/// </summary>
public static class CappedBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (announced or as read).</summary>
    public static async Task<byte[]?> ReadAsync(HttpResponseMessage response, long maxBytes, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
