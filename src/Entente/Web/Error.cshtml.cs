using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web;

/// <summary>
/// What a person sees in the browser when a page's request fails before the page could answer it (a file larger
/// than the form takes, a malformed form, an unexpected fault): the reason in their language and the way back.
/// The API keeps answering with problem details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private const long Megabyte = 1024 * 1024;

    public int Status { get; private set; }

    /// <summary>The largest request the failed page takes, in whole MB, when it was refused for its size.</summary>
    public long? LimitMegabytes { get; private set; }

    /// <summary>The page the request was for, to go back to (a local path only).</summary>
    public string? BackTo { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = TooLarge(failure?.Error) ? StatusCodes.Status413PayloadTooLarge
            : failure?.Error is BadHttpRequestException bad ? bad.StatusCode
            : status ?? reExecuted?.OriginalStatusCode ?? StatusCodes.Status500InternalServerError;
        var endpoint = failure?.Endpoint ?? reExecuted?.Endpoint;
        if (Status == StatusCodes.Status413PayloadTooLarge && endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
        {
            LimitMegabytes = limit / Megabyte;
        }

        var path = failure?.Path ?? reExecuted?.OriginalPath;
        BackTo = path is { Length: > 1 } && path[0] == '/' && path[1] != '/' && path[1] != '\\' ? path : null;
        Response.StatusCode = Status;
    }

    // A body over the limit surfaces as Kestrel's 413, sometimes wrapped by the form reader.
    private static bool TooLarge(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
