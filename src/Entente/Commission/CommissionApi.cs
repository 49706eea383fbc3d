using Entente.Access;
using Entente.ActionItems;
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
                .Select(SessionView.Of).ToList()))
            .WithSummary("Every session of the commission, with co-chairs, agenda and decisions.");

        group.MapGet("/{id:int}", async Task<Results<Ok<SessionView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).SingleOrDefaultAsync(s => s.Id == id, ct) is { } session
                ? TypedResults.Ok(SessionView.Of(session))
                : Problems.NotFound("commission session", id))
            .WithSummary("One session of the commission.");

        group.MapPost("/", async Task<Results<Created<SessionView>, ValidationProblem>> (NewSessionInput input, EntenteDb db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            if (input.Number is not > 0)
            {
                errors.Add("number", "is required: a positive session number.");
            }
            else if (await db.CommissionSessions.AnyAsync(s => s.Number == input.Number, ct))
            {
                errors.Add("number", $"session {input.Number} already exists.");
            }

            errors.Limit("place", input.Place, 256);
            var coChairs = input.CoChairs ?? [];
            for (var i = 0; i < coChairs.Count; i++)
            {
                errors.Require($"coChairs[{i}].name", coChairs[i].Name, 256);
                var code = coChairs[i].Party?.Trim().ToUpperInvariant();
                if (code is null || !await db.Parties.AnyAsync(p => p.Code == code, ct))
                {
                    errors.Add($"coChairs[{i}].party", "must be the code of a known Party.");
                }
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var session = new CommissionSession
            {
                Number = input.Number!.Value,
                HeldOn = input.HeldOn,
                Place = input.Place?.Trim(),
                Agenda = [.. (input.Agenda ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
                CoChairs = [.. coChairs.Select(c => new CommissionCoChair { PartyCode = c.Party!.ToUpperInvariant(), Name = c.Name!.Trim(), Office = c.Office?.Trim() })],
            };
            db.CommissionSessions.Add(session);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/commission/sessions/{session.Id}", SessionView.Of(session));
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
            var agenda = (input.Agenda ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
            if (agenda.Any(a => a.Length > 1000))
            {
                errors.Add("agenda", "each item must be at most 1000 characters.");
            }

            if (input.ProtocolAttachmentId is { } attachment && !await db.Attachments.AnyAsync(a => a.Id == attachment, ct))
            {
                errors.Add("protocolAttachmentId", $"there is no attachment {attachment} that you can see.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            session.HeldOn = input.HeldOn ?? session.HeldOn;
            session.Place = input.Place?.Trim() ?? session.Place;
            session.Agenda = agenda;
            session.ProtocolAttachmentId = input.ProtocolAttachmentId ?? session.ProtocolAttachmentId;
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(SessionView.Of(session));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Sets a session's date, place, agenda and protocol (an uploaded attachment).");

        group.MapPost("/{id:int}/decisions", async Task<Results<Created<DecisionView>, ValidationProblem, ProblemHttpResult>> (int id, DecisionInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.CommissionSessions.Include(s => s.Decisions).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session)
            {
                return Problems.NotFound("commission session", id);
            }

            var errors = new FieldErrors();
            errors.Require("text", input.Text, 4000);
            var number = input.Number ?? (session.Decisions.Count == 0 ? 1 : session.Decisions.Max(d => d.Number) + 1);
            if (session.Decisions.Any(d => d.Number == number))
            {
                errors.Add("number", $"session {session.Number} already has a decision {number}.");
            }

            var followUps = input.FollowUps ?? [];
            var items = new List<ActionItem>();
            for (var i = 0; i < followUps.Count; i++)
            {
                var item = new ActionItem { Title = string.Empty };
                var itemErrors = await ActionItemRules.ApplyAsync(db, item, followUps[i], isNew: true, ct);
                foreach (var (field, messages) in itemErrors.ToDictionary())
                {
                    foreach (var message in messages)
                    {
                        errors.Add($"followUps[{i}].{field}", message);
                    }
                }

                items.Add(item);
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var decision = new CommissionDecision { CommissionSessionId = id, Number = number, Text = input.Text!.Trim() };
            db.CommissionDecisions.Add(decision);
            await db.SaveChangesAsync(ct);
            foreach (var item in items)
            {
                item.CommissionDecisionId = decision.Id;
                await ActionItemRules.AddAsync(db, item, null, ct);
            }

            return TypedResults.Created($"/api/commission/sessions/{id}", new DecisionView(decision.Id, decision.Number, decision.Text, [.. items.Select(i => i.Id)]));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Records a decision of the session and creates its follow-up action items.");

        return group;
    }
}

/// <summary>A commission session as the API returns it.</summary>
public sealed record SessionView(int Id, int Number, DateOnly? HeldOn, string? Place, IReadOnlyList<string> CoChairs, IReadOnlyList<string> Agenda, IReadOnlyList<DecisionView> Decisions, int? ProtocolAttachmentId)
{
    public static SessionView Of(CommissionSession s) => new(
        s.Id, s.Number, s.HeldOn, s.Place, [.. s.CoChairs.Select(c => $"{c.Name} ({c.PartyCode})")], s.Agenda,
        [.. s.Decisions.OrderBy(d => d.Number).Select(d => new DecisionView(d.Id, d.Number, d.Text, []))], s.ProtocolAttachmentId);
}

public sealed record DecisionView(int Id, int Number, string Text, IReadOnlyList<int> FollowUpItemIds);

public sealed record SessionInput(DateOnly? HeldOn = null, string? Place = null, IReadOnlyList<string>? Agenda = null, int? ProtocolAttachmentId = null);

public sealed record NewSessionInput(int? Number = null, DateOnly? HeldOn = null, string? Place = null, IReadOnlyList<CoChairInput>? CoChairs = null, IReadOnlyList<string>? Agenda = null);

public sealed record CoChairInput(string? Party = null, string? Name = null, string? Office = null);

public sealed record DecisionInput(int? Number = null, string? Text = null, IReadOnlyList<ActionItemInput>? FollowUps = null);
