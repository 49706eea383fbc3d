using Entente.Access;
using Entente.Agreements;
using Entente.Audit;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Consultations;

/// <summary>Consultations over HTTP: <c>/api/consultations</c>, with the workflow and each Party's internal notes.</summary>
public static class ConsultationsApi
{
    public static RouteGroupBuilder MapConsultationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/consultations").WithTags("Consultations").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Results<Ok<List<ConsultationView>>, ValidationProblem>> (string? box, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
        {
            if (box is not (null or "inbox" or "outbox" or "all"))
            {
                var errors = new FieldErrors();
                errors.Add("box", "'{0}' is not one of inbox, outbox, all.", box);
                return errors.ToProblem();
            }

            var list = await ConsultationRules.ListAsync(db, box, ct);
            var clauses = await ClauseReferences.LoadAsync(db, ct);
            return TypedResults.Ok(list.Select(c => ConsultationView.Of(c, db.Viewer.PartyCode, clauses, deadlines.Value)).ToList());
        })
        .WithSummary("Consultations you can see, newest first; box=inbox for those asked of your Party, outbox for those it asked.");

        group.MapGet("/{id:int}", async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> (int id, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
            await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } consultation
                ? TypedResults.Ok(ConsultationView.Of(consultation, db.Viewer.PartyCode, await ClauseReferences.LoadAsync(db, ct), deadlines.Value))
                : Problems.NotFound("consultation", id))
            .WithSummary("One consultation and the moves it can make next.");

        group.MapGet("/{id:int}/history", async Task<Results<Ok<List<AuditEntryView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.Consultations.AnyAsync(c => c.Id == id, ct)
                ? TypedResults.Ok(await AuditQueries.HistoryAsync(db, nameof(Consultation), id, ct))
                : Problems.NotFound("consultation", id))
            .WithSummary("Every change to a consultation.");

        group.MapPost("/", async Task<Results<Created<ConsultationView>, ValidationProblem>> (ConsultationInput input, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
        {
            var (consultation, errors) = await ConsultationRules.RequestAsync(db, input, ct);
            return consultation is null
                ? errors.ToProblem()
                : TypedResults.Created($"/api/consultations/{consultation.Id}", ConsultationView.Of(consultation, db.Viewer.PartyCode, await ClauseReferences.LoadAsync(db, ct), deadlines.Value));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Raises a request for consultations (regular, or urgent under clause 6) with the other Party.");

        group.MapPost("/{id:int}/transitions", async Task<Results<Ok<ConsultationView>, ValidationProblem, ProblemHttpResult>> (int id, TransitionInput input, EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, CancellationToken ct) =>
        {
            if (await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } consultation)
            {
                return Problems.NotFound("consultation", id);
            }

            var errors = ConsultationWorkflow.Apply(consultation, input, db.Viewer, db.Time.GetUtcNow());
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            db.Entry(consultation).Property(c => c.Version).OriginalValue = input.Version!.Value;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("consultation", id);
            }

            return TypedResults.Ok(ConsultationView.Of(consultation, db.Viewer.PartyCode, await ClauseReferences.LoadAsync(db, ct), deadlines.Value));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Moves a consultation on: acknowledged, scheduled, held, concluded, or declined with a reason.");

        group.MapGet("/{id:int}/notes", async Task<Results<Ok<List<NoteView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.Consultations.AnyAsync(c => c.Id == id, ct))
            {
                return Problems.NotFound("consultation", id);
            }

            return TypedResults.Ok(await db.ConsultationNotes.AsNoTracking().Where(n => n.ConsultationId == id).OrderBy(n => n.Id)
                .Select(n => new NoteView(n.Id, n.OwnerPartyCode, n.Text, n.At, n.Author)).ToListAsync(ct));
        })
        .WithSummary("Your Party's internal notes on a consultation; the other Party never sees them.");

        group.MapPost("/{id:int}/notes", async Task<Results<Created<NoteView>, ValidationProblem, ProblemHttpResult>> (int id, NoteInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.Consultations.AnyAsync(c => c.Id == id, ct))
            {
                return Problems.NotFound("consultation", id);
            }

            var errors = new FieldErrors();
            errors.Require("text", input.Text, 4000);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var note = new ConsultationNote
            {
                ConsultationId = id,
                OwnerPartyCode = db.Viewer.PartyCode,
                Visibility = Visibility.Party,
                Text = input.Text!.Trim(),
                At = db.Time.GetUtcNow(),
                Author = db.Viewer.Actor,
            };
            db.ConsultationNotes.Add(note);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/consultations/{id}/notes", new NoteView(note.Id, note.OwnerPartyCode, note.Text, note.At, note.Author));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Adds an internal note, visible to your Party only.");

        return group;
    }
}
