using Entente.ActionItems;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commission;

/// <summary>Records commission sessions and their decisions with follow-up items; shared by the API and the page.</summary>
public static class CommissionRules
{
    public static async Task<(CommissionSession? Session, FieldErrors Errors)> CreateSessionAsync(EntenteDb db, NewSessionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input.Number is not > 0)
        {
            errors.Add("number", "is required: a positive session number.");
        }
        else if (await db.CommissionSessions.AnyAsync(s => s.Number == input.Number, ct))
        {
            errors.Add("number", "session {0} already exists.", input.Number);
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
            return (null, errors);
        }

        var session = new CommissionSession
        {
            Number = input.Number!.Value,
            HeldOn = input.HeldOn,
            Place = input.Place?.Trim(),
            Agenda = [.. (input.Agenda ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
            CoChairs = [.. coChairs.Select(c => new CommissionCoChair { PartyCode = c.Party!.Trim().ToUpperInvariant(), Name = c.Name!.Trim(), Office = c.Office?.Trim() })],
        };
        db.CommissionSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (session, errors);
    }

    /// <summary>Adds a decision to an existing session and creates its follow-up action items, all validated first.</summary>
    public static async Task<(DecisionView? Decision, FieldErrors Errors)> AddDecisionAsync(EntenteDb db, int sessionId, DecisionInput input, CancellationToken ct)
    {
        var session = await db.CommissionSessions.Include(s => s.Decisions).SingleAsync(s => s.Id == sessionId, ct);
        var errors = new FieldErrors();
        errors.Require("text", input.Text, 4000);
        var number = input.Number ?? (session.Decisions.Count == 0 ? 1 : session.Decisions.Max(d => d.Number) + 1);
        if (session.Decisions.Any(d => d.Number == number))
        {
            errors.Add("number", "session {0} already has a decision {1}.", session.Number, number);
        }

        var followUps = input.FollowUps ?? [];
        var items = new List<ActionItem>();
        for (var i = 0; i < followUps.Count; i++)
        {
            var item = new ActionItem { Title = string.Empty };
            var itemErrors = await ActionItemRules.ApplyAsync(db, item, followUps[i], isNew: true, ct);
            errors.AddAll($"followUps[{i}].", itemErrors);

            items.Add(item);
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var decision = new CommissionDecision { CommissionSessionId = sessionId, Number = number, Text = input.Text!.Trim() };
        await db.InOneTransactionAsync(async token =>
        {
            db.CommissionDecisions.Add(decision);
            await db.SaveChangesAsync(token);
            foreach (var item in items)
            {
                item.CommissionDecisionId = decision.Id;
                await ActionItemRules.AddAsync(db, item, null, token);
            }
        }, ct);

        return (new DecisionView(decision.Id, decision.Number, decision.Text, [.. items.Select(i => i.Id)]), errors);
    }
}
