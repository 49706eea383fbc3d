using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web;

/// <summary>
/// What a person sees in the browser when a form was refused before its page could read it (a file larger than the
/// form takes, see <see cref="UploadLimits"/>): the reason in their language and the way back to the form.
/// </summary>
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>The largest request the form takes, in whole MB, when it was refused for its size.</summary>
    public long? LimitMegabytes { get; private set; }

    /// <summary>The form to go back to (a local path only).</summary>
    public string? BackTo { get; private set; }

    public void OnGet(int? status, long? limit, string? from)
    {
        // Opened without an error to explain (a bookmark, a typed address), there is nothing here: 404, not a failure.
        Status = status is >= 400 and < 600 ? status.Value : StatusCodes.Status404NotFound;
        LimitMegabytes = limit is > 0 ? limit : null;
        BackTo = from is { Length: > 1 } && from[0] == '/' && from[1] != '/' && from[1] != '\\' ? from : null;
        Response.StatusCode = Status;
    }
}
