using Microsoft.AspNetCore.Http.Metadata;

namespace Entente.Web;

/// <summary>
/// A form post larger than its page takes (the page's <c>[RequestSizeLimit]</c>) is answered at once, from its
/// declared length and before its body is read, with a redirect to the error page naming the limit in the reader's
/// language — instead of a refusal deep in the form reader that a browser shows as raw JSON. The API keeps its
/// problem details.
/// </summary>
public static class UploadLimits
{
    private const long Megabyte = 1024 * 1024;

    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max && !context.Request.Path.StartsWithSegments("/api"))
        {
            var from = Uri.EscapeDataString(context.Request.Path.Value ?? "/");
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = $"/error?status=413&limit={max / Megabyte}&from={from}";
            context.Response.Headers.Connection = "close";
            return;
        }

        await next(context);
    });
}
