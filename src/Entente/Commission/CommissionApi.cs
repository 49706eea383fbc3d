using Entente.Access;
using Entente.ActionItems;
using Entente.Audit;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commission;

/// <summary>The Intergovernmental Commission's sessions over HTTP: agenda, decisions with follow-up items, protocol.</summary>
public static class CommissionApi
{
    public static RouteGroupBuilder MapCommissionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commission/sessions").WithTags("Commission").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<SessionView>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).OrderBy(s => s.Number).ToListAsync(ct))
                .Select(SessionView.With(await SessionView.FollowUpsAsync(db, ct))).ToList()))
            .WithSummary("Every session of the commission, with co-chairs, agenda and decisions.");

        group.MapGet("/{id:int}", async Task<Results<Ok<SessionView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).SingleOrDefaultAsync(s => s.Id == id, ct) is { } session
                ? TypedResults.Ok(SessionView.Of(session, await SessionView.FollowUpsAsync(db, ct)))
                : Problems.NotFound("commission session", id))
            .WithSummary("One session of the commission.");

        // A session is recorded jointly: either Party's coordinator may change it, and both see every change here.
        group.MapGet("/{id:int}/history", async Task<Results<Ok<List<AuditEntryView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session)
            {
                return Problems.NotFound("commission session", id);
            }

            var history = await AuditQueries.HistoryAsync(db, nameof(CommissionSession), id, ct);
            foreach (var coChair in session.CoChairs)
            {
                history.AddRange(await AuditQueries.HistoryAsync(db, nameof(CommissionCoChair), coChair.Id, ct));
            }

            foreach (var decision in session.Decisions)
            {
                history.AddRange(await AuditQueries.HistoryAsync(db, nameof(CommissionDecision), decision.Id, ct));
            }

            return TypedResults.Ok(history.OrderBy(h => h.Sequence).ToList());
        })
        .WithSummary("Every change to a session, its co-chairs and decisions, whichever Party's coordinator made it.");

        group.MapPost("/", async Task<Results<Created<SessionView>, ValidationProblem>> (NewSessionInput input, EntenteDb db, CancellationToken ct) =>
        {
            var (session, errors) = await CommissionRules.CreateSessionAsync(db, input, ct);
            return session is null ? errors.ToProblem() : TypedResults.Created($"/api/commission/sessions/{session.Id}", SessionView.Of(session, await SessionView.FollowUpsAsync(db, ct)));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Records a session of the commission: number, date, place, co-chairs and agenda.");

        group.MapPut("/{id:int}", async Task<Results<Ok<SessionView>, ValidationProblem, ProblemHttpResult>> (int id, SessionInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.CommissionSessions.Include(s => s.CoChairs).Include(s => s.Decisions).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session)
            {
                return Problems.NotFound("commission session", id);
            }

            var errors = new FieldErrors();
            errors.Limit("place", input.Place, 256);
            var agenda = CommissionRules.Agenda(input.Agenda, errors);

            if (input.ProtocolAttachmentId is { } attachment && !await db.Attachments.AnyAsync(a => a.Id == attachment, ct))
            {
                errors.Add("protocolAttachmentId", "there is no attachment {0} that you can see.", attachment);
            }

            if (input.Version is null)
            {
                errors.Add("version", "is required: send the version you read, so a concurrent edit is detected.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            session.HeldOn = input.HeldOn ?? session.HeldOn;
            session.Place = input.Place?.Trim() ?? session.Place;
            session.Agenda = agenda;
            session.ProtocolAttachmentId = input.ProtocolAttachmentId ?? session.ProtocolAttachmentId;
            db.Entry(session).Property(s => s.Version).OriginalValue = input.Version!.Value;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("commission session", id);
            }

            return TypedResults.Ok(SessionView.Of(session, await SessionView.FollowUpsAsync(db, ct)));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Sets a session's date, place, agenda and protocol (an uploaded attachment); send the version you read, or get 409 if someone saved in between.");

        group.MapPost("/{id:int}/decisions", async Task<Results<Created<DecisionView>, ValidationProblem, ProblemHttpResult>> (int id, DecisionInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (!await db.CommissionSessions.AnyAsync(s => s.Id == id, ct))
            {
                return Problems.NotFound("commission session", id);
            }

            var (decision, errors) = await CommissionRules.AddDecisionAsync(db, id, input, ct);
            return decision is null ? errors.ToProblem() : TypedResults.Created($"/api/commission/sessions/{id}", decision);
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Records a decision of the session and creates its follow-up action items.");

        return group;
    }
}

/// <summary>A commission session as the API returns it; each decision lists the follow-up items the viewer can see.</summary>
public sealed record SessionView(int Id, int Number, DateOnly? HeldOn, string? Place, IReadOnlyList<string> CoChairs, IReadOnlyList<string> Agenda, IReadOnlyList<DecisionView> Decisions, int? ProtocolAttachmentId, long Version)
{
    public static SessionView Of(CommissionSession s, ILookup<int, int> followUps) => new(
        s.Id, s.Number, s.HeldOn, s.Place, [.. s.CoChairs.Select(c => $"{c.Name} ({c.PartyCode})")], s.Agenda,
        [.. s.Decisions.OrderBy(d => d.Number).Select(d => new DecisionView(d.Id, d.Number, d.Text, [.. followUps[d.Id]]))], s.ProtocolAttachmentId, s.Version);

    public static Func<CommissionSession, SessionView> With(ILookup<int, int> followUps) => s => Of(s, followUps);

    /// <summary>The ids of the action items the viewer can see that follow each decision, by decision id.</summary>
    public static async Task<ILookup<int, int>> FollowUpsAsync(EntenteDb db, CancellationToken ct) =>
        (await db.ActionItems.AsNoTracking().Where(i => i.CommissionDecisionId != null).OrderBy(i => i.Id)
            .Select(i => new { Decision = i.CommissionDecisionId!.Value, i.Id }).ToListAsync(ct))
        .ToLookup(i => i.Decision, i => i.Id);
}

public sealed record DecisionView(int Id, int Number, string Text, IReadOnlyList<int> FollowUpItemIds);

public sealed record SessionInput(DateOnly? HeldOn = null, string? Place = null, IReadOnlyList<string>? Agenda = null, int? ProtocolAttachmentId = null, long? Version = null);

public sealed record NewSessionInput(int? Number = null, DateOnly? HeldOn = null, string? Place = null, IReadOnlyList<CoChairInput>? CoChairs = null, IReadOnlyList<string>? Agenda = null);

public sealed record CoChairInput(string? Party = null, string? Name = null, string? Office = null);

public sealed record DecisionInput(int? Number = null, string? Text = null, IReadOnlyList<ActionItemInput>? FollowUps = null);
