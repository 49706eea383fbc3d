using Entente.Access;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// A clause's commitment profile as the API reads and writes it: cue phrases per language, whether only the Parties'
/// dealings with each other count as evidence of it, and the broader clause its evidence also carries out (null when none).
/// </summary>
public sealed record ProfileView(
    int AgreementId,
    string Clause,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Names,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    bool BetweenPartiesOnly,
    string? PartOf,
    long Version);

/// <summary>
/// The body of <c>PUT …/profile</c>: the whole profile, replacing the stored one. <see cref="Version"/> is the version
/// read; when given and someone saved in between, the answer is 409.
/// </summary>
public sealed record ProfileInput(
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Names,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Terms,
    long? Version = null,
    bool BetweenPartiesOnly = false,
    string? PartOf = null);

/// <summary>Commitment profiles over HTTP: anyone reads one, an administrator replaces it (audited like every change).</summary>
public static class ProfilesApi
{
    public static RouteGroupBuilder MapProfilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agreements/{id:int}/clauses/{number}/profile").WithTags("Commitment profiles");

        group.MapGet("/", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (int id, string number, EntenteDb db, CancellationToken ct) =>
        {
            if (!await ProfileRules.ClauseExistsAsync(db, id, number, ct))
            {
                return NoClause(id, number);
            }

            var profile = await db.ClauseProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.AgreementId == id && p.Clause == number, ct);
            return TypedResults.Ok(profile is null ? new ProfileView(id, number, Empty, Empty, false, null, 0) : ToView(profile));
        })
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A clause's commitment profile: name cues and sphere terms per language (empty lists when it has none), whether only the Parties' dealings with each other are evidence of it, and the broader clause it is part of.");

        group.MapPut("/", async Task<Results<Ok<ProfileView>, ProblemHttpResult, ValidationProblem>> (int id, string number, ProfileInput? input, EntenteDb db, ProfileRelinkService relinking, CancellationToken ct) =>
        {
            if (!await ProfileRules.ClauseExistsAsync(db, id, number, ct))
            {
                return NoClause(id, number);
            }

            var errors = ProfileRules.Check(input?.Names, input?.Terms);
            errors.AddAll("", await ProfileRules.CheckPartOfAsync(db, id, number, input?.PartOf, ct));
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            try
            {
                var saved = await ProfileRules.ReplaceAsync(db, id, number, input?.Names, input?.Terms, input?.BetweenPartiesOnly ?? false, input?.PartOf, input?.Version, ct);
                relinking.Wake();
                return TypedResults.Ok(ToView(saved));
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem(title: "Edited by someone else",
                    detail: $"The profile of clause {number} of agreement {id} was changed after you read it; reload it, reapply your change and save again.",
                    statusCode: StatusCodes.Status409Conflict);
            }
        })
            .RequireAuthorization(AccessPolicies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replaces a clause's commitment profile (administrators); send the version you read, or get 409 if someone saved in between. The change is in the audit trail; the server then links the stored documents again in the background.");

        return group;
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();

    private static ProblemHttpResult NoClause(int id, string number) =>
        TypedResults.Problem(title: "No such clause", detail: $"Agreement {id} has no operative clause '{number}'.", statusCode: StatusCodes.Status404NotFound);

    private static ProfileView ToView(ClauseProfile profile) => new(profile.AgreementId, profile.Clause, profile.Names, profile.Terms, profile.BetweenPartiesOnly, profile.PartOf, profile.Version);
}
