using Microsoft.Extensions.Primitives;

namespace Entente.Web;

/// <summary>
/// Refuses, before any endpoint runs, input no endpoint should have to think about: an API query parameter given
/// twice (ASP.NET Core would join the values with a comma), and control characters in a form field or a query value
/// (PostgreSQL cannot store a NUL; SQLite would store it silently).
/// </summary>
public static class InputHygiene
{
    public static IApplicationBuilder UseInputHygiene(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await ProblemWithAsync(context.Request) is { } problem)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Malformed request", Detail = problem },
                });
                return;
            }

            await next(context);
        });

    private static async Task<string?> ProblemWithAsync(HttpRequest request)
    {
        var isApi = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        foreach (var (key, values) in request.Query)
        {
            if (isApi && values.Count > 1)
            {
                return $"The query parameter '{key}' is given {values.Count} times; give it once.";
            }

            if (HasControlCharacters(values))
            {
                return $"The query parameter '{key}' holds control characters (such as NUL).";
            }
        }

        if (!isApi && HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException && !request.HttpContext.RequestAborted.IsCancellationRequested)
            {
                // A truncated or mis-bounded multipart body: the client's fault, said plainly.
                return $"The form could not be read: {e.Message}";
            }

            foreach (var (key, values) in form)
            {
                if (HasControlCharacters(values))
                {
                    return $"The form field '{key}' holds control characters (such as NUL).";
                }
            }
        }

        return null;
    }

    private static bool HasControlCharacters(StringValues values)
    {
        foreach (var value in values)
        {
            if (value is not null && StrictText.HasUnstorableCharacters(value))
            {
                return true;
            }
        }

        return false;
    }
}
