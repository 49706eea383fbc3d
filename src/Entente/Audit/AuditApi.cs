using Entente.Access;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Audit;

/// <summary><c>/api/audit</c>: verification of the audit chain, for administrators.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccessPolicies.Administer);

        group.MapGet("/verify", async Task<Ok<AuditVerification>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await AuditChain.VerifyAsync(db, ct)))
            .WithSummary("Checks the whole hash chain and names the first entry that does not fit.");

        return group;
    }
}
