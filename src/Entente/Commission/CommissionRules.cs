using Entente.ActionItems;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commission;

/// <summary>Records commission sessions and their decisions with follow-up items; shared by the API and the page.</summary>
public static class CommissionRules
{
    /// <summary>How many items a session's agenda holds at most.</summary>
    public const int MaxAgendaItems = 100;

    /// <summary>How long one agenda item may be, in characters.</summary>
    public const int MaxAgendaItemLength = 1000;

    /// <summary>The agenda as stored: items trimmed, empty ones left out; too many or too long items are errors.</summary>
    public static List<string> Agenda(IReadOnlyList<string>? items, FieldErrors errors)
    {
        var agenda = (items ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (agenda.Count > MaxAgendaItems)
        {
            errors.Add("agenda", "has {0} items; an agenda holds at most {1}.", agenda.Count, MaxAgendaItems);
        }

        var tooLong = agenda.Select((item, i) => (Number: i + 1, item.Length)).Where(a => a.Length > MaxAgendaItemLength).ToList();
        if (tooLong.Count > 0)
        {
            errors.Add("agenda", "item {0} has {1} characters; an item may have at most {2}.", tooLong[0].Number, tooLong[0].Length, MaxAgendaItemLength);
        }

        return agenda;
    }

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
        var agenda = Agenda(input.Agenda, errors);
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
            Agenda = agenda,
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
