using Entente.Access;
using Entente.Audit;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>Commitments and the Parties' assessments over HTTP: <c>/api/commitments</c>.</summary>
public static class CommitmentsApi
{
    public static RouteGroupBuilder MapCommitmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commitments").WithTags("Commitments").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<CommitmentSummary>>> (int? agreement, EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await CommitmentQueries.ListAsync(db, agreement, ct)))
            .WithSummary("Every commitment (operative clause) with its joint status, a disagreement, or pending.");

        group.MapGet("/{id:int}", async Task<Results<Ok<CommitmentDetail>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await CommitmentQueries.FindAsync(db, id, ct) is { } commitment ? TypedResults.Ok(commitment) : Problems.NotFound("commitment", id))
            .WithSummary("One commitment with the responsible bodies and each Party's assessment you may see.");

        group.MapGet("/{id:int}/history", async Task<Results<Ok<List<AuditEntryView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.Commitments.AnyAsync(c => c.Id == id, ct))
            {
                return Problems.NotFound("commitment", id);
            }

            var history = await AuditQueries.HistoryAsync(db, nameof(Commitment), id, ct);
            history.AddRange(await AuditQueries.HistoryOfPartsAsync(db, nameof(CommitmentBody), id, ct));
            history.AddRange(await CommitmentQueries.HistoryOfAssessmentsAsync(db, id, ct));

            return TypedResults.Ok(history.OrderBy(h => h.Sequence).ToList());
        })
        .WithSummary("Every change to a commitment, its responsible bodies, the assessments and your own Party's private comments.");

        group.MapPut("/{id:int}/assessment", async Task<Results<Ok<AssessmentView>, ValidationProblem, ProblemHttpResult>> (int id, AssessmentInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.Commitments.AnyAsync(c => c.Id == id, ct))
            {
                return Problems.NotFound("commitment", id);
            }

            try
            {
                var (assessment, errors) = await AssessmentRules.SaveAsync(db, id, input, ct);
                return assessment is null ? errors.ToProblem() : TypedResults.Ok(CommitmentQueries.ToView(assessment));
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("assessment of commitment", id);
            }
            catch (DbUpdateException) when (input.Version is null)
            {
                // Two first assessments of one Party at once: the unique index refuses the second.
                return Problems.Conflict("assessment of commitment", id);
            }
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Records your Party's shared assessment (status, comment, evidence links): the one both Parties see and the joint status is made of.");

        group.MapPost("/{id:int}/private-comments", async Task<Results<Created<PrivateCommentView>, ValidationProblem, ProblemHttpResult>> (int id, PrivateCommentInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.Commitments.AnyAsync(c => c.Id == id, ct))
            {
                return Problems.NotFound("commitment", id);
            }

            var (comment, errors) = await PrivateComments.AddAsync(db, id, input, ct);
            return comment is null ? errors.ToProblem() : TypedResults.Created($"/api/commitments/{id}", PrivateComments.ToView(comment));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Adds a comment beside your Party's assessment that only your Party reads; it does not change the shared status.");


        group.MapPut("/{id:int}/bodies", async Task<Results<Ok<CommitmentDetail>, ValidationProblem, ProblemHttpResult>> (int id, BodiesInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.Commitments.Include(c => c.Bodies).SingleOrDefaultAsync(c => c.Id == id, ct) is not { } commitment)
            {
                return Problems.NotFound("commitment", id);
            }

            if (input.Version is null)
            {
                var missing = new FieldErrors();
                missing.Add("version", "is required: send the version you read.");
                return missing.ToProblem();
            }

            var (errors, refusal) = await ResponsibleBodies.ApplyAsync(db, commitment, (input.BodyIds ?? []).Distinct().ToList(), keepOthers: false, ct);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            if (refusal is not null)
            {
                return Problems.Forbidden(refusal);
            }

            db.Entry(commitment).Property(c => c.Version).OriginalValue = input.Version!.Value;
            db.Entry(commitment).Property(c => c.Version).IsModified = true;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("commitment", id);
            }

            return TypedResults.Ok((await CommitmentQueries.FindAsync(db, id, ct))!);
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Sets the bodies responsible for a commitment: your Party's and the joint ones; another Party's bodies are changed only by that Party (403).");

        return group;
    }
}
