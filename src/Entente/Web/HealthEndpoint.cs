using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Web;

/// <summary>
/// <c>GET /livez</c>: 200 while the process serves (no database call; also the baseline of the load benchmark).
/// <c>GET /healthz</c>: 200 when the database answers, 503 when it does not.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealthEndpoint(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/livez", () => TypedResults.Ok(new HealthReport(HealthReport.Ok, "not checked")))
            .AllowAnonymous()
            .WithTags("Health")
            .WithSummary("Whether the process is up; does not touch the database.");
        routes.MapGet("/healthz", async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> (EntenteDb db, CancellationToken ct) =>
            await AnswersAsync(db, ct)
                ? TypedResults.Ok(new HealthReport(HealthReport.Ok, "reachable"))
                : TypedResults.Json(new HealthReport(HealthReport.Unavailable, "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithTags("Health")
            .WithSummary("Whether this instance can serve: the process is up and its database answers.");
    }

    // One trivial statement on the context's own (pooled) connection. EF's CanConnectAsync opened a fresh,
    // unpooled SQLite connection each time, whose first statement re-read the whole schema.
    private static async Task<bool> AnswersAsync(EntenteDb db, CancellationToken ct)
    {
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

public sealed record HealthReport([property: KeyOf(typeof(HealthReport))] string Status, string Database)
{
    public const string Ok = "ok";
    public const string Unavailable = "unavailable";
}
