using Entente.Access;
using Entente.Agreements;
using Entente.Storage;
using Entente.Text.Linking;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary>A clause's commitment profile as the API reads and writes it: cue phrases per language.</summary>
public sealed record ProfileView(
    int AgreementId,
    string Clause,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Names,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms);

/// <summary>The body of <c>PUT …/profile</c>: the whole profile, replacing the stored one.</summary>
public sealed record ProfileInput(
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Names,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Terms);

/// <summary>Commitment profiles over HTTP: anyone reads one, an administrator replaces it (audited like every change).</summary>
public static class ProfilesApi
{
    public static RouteGroupBuilder MapProfilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agreements/{id:int}/clauses/{number}/profile").WithTags("Commitment profiles");

        group.MapGet("/", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (int id, string number, EntenteDb db, CancellationToken ct) =>
        {
            if (!await ClauseExistsAsync(db, id, number, ct))
            {
                return NoClause(id, number);
            }

            var profile = await db.ClauseProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.AgreementId == id && p.Clause == number, ct);
            return TypedResults.Ok(profile is null ? new ProfileView(id, number, Empty, Empty) : ToView(profile));
        })
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A clause's commitment profile: name cues and sphere terms per language (empty lists when it has none).");

        group.MapPut("/", async Task<Results<Ok<ProfileView>, ProblemHttpResult, ValidationProblem>> (int id, string number, ProfileInput? input, EntenteDb db, CancellationToken ct) =>
        {
            if (!await ClauseExistsAsync(db, id, number, ct))
            {
                return NoClause(id, number);
            }

            var errors = new FieldErrors();
            foreach (var problem in ProfileCues.Problems(input?.Names))
            {
                errors.Add("names", problem);
            }

            foreach (var problem in ProfileCues.Problems(input?.Terms))
            {
                errors.Add("terms", problem);
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var profile = await db.ClauseProfiles.FirstOrDefaultAsync(p => p.AgreementId == id && p.Clause == number, ct);
            if (profile is null)
            {
                profile = new ClauseProfile { AgreementId = id, Clause = number };
                db.ClauseProfiles.Add(profile);
            }

            profile.Names = Trimmed(input?.Names);
            profile.Terms = Trimmed(input?.Terms);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(ToView(profile));
        })
            .RequireAuthorization(AccessPolicies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .WithSummary("Replaces a clause's commitment profile (administrators); the change is in the audit trail. Run `entente documents refresh` to re-link stored documents.");

        return group;
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();

    private static Task<bool> ClauseExistsAsync(EntenteDb db, int id, string number, CancellationToken ct) =>
        db.Provisions.AnyAsync(p => p.AgreementId == id && p.Part == ProvisionPart.Operative && p.Number == number, ct);

    private static ProblemHttpResult NoClause(int id, string number) =>
        TypedResults.Problem(title: "No such clause", detail: $"Agreement {id} has no operative clause '{number}'.", statusCode: StatusCodes.Status404NotFound);

    private static ProfileView ToView(ClauseProfile profile) => new(profile.AgreementId, profile.Clause, profile.Names, profile.Terms);

    private static Dictionary<string, IReadOnlyList<string>> Trimmed(IReadOnlyDictionary<string, IReadOnlyList<string>>? cues) =>
        (cues ?? Empty).ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<string>)[.. p.Value.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)],
            StringComparer.Ordinal);
}
