using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Web;

/// <summary>
/// Answers 503 with problem details, and a Retry-After, when a request fails because the database is
/// momentarily unreachable (a PostgreSQL restart, a locked or full SQLite file), instead of a bare 500.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception) is not { } reason)
        {
            return false;
        }

        logger.LogWarning(exception, "Request {Path} failed: {Reason}", httpContext.Request.Path, reason);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is unavailable",
                Detail = reason + " Nothing was changed by this request; try again in a few seconds.",
            },
        });
    }

    private static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                    return "The PostgreSQL server did not answer.";
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" }:
                    return "The PostgreSQL server is restarting.";
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return "The database is busy.";
                case SqliteException { SqliteErrorCode: SqliteFull }:
                    return "The disk holding the database is full.";
            }
        }

        return null;
    }
}
