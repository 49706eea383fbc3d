using Entente.Access;
using Entente.Agreements;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>Checks an <see cref="ActionItemInput"/> field by field and applies it; shared by the API, the pages and CSV import.</summary>
public static class ActionItemRules
{
    public static ActionItemView ToView(ActionItem item, DateOnly today, ClauseReferences clauses) => new(
        item.Id, item.Title, item.Owner, item.OwnerPartyCode, KebabCase.ToKey(item.Visibility), item.RoadmapId, item.BodyId,
        item.DueOn, item.CompletedOn, KebabCase.ToKey(item.Status), item.PercentDone, item.ClauseIds, [.. item.ClauseIds.Select(clauses.Write)], item.DependsOn,
        item.CommissionDecisionId, item.IsOverdue(today), item.Version);

    public static DateOnly Today(EntenteDb db) => DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);

    /// <summary>Validates <paramref name="input"/> and, when it is valid, copies it onto <paramref name="item"/>; returns the errors.</summary>
    public static async Task<FieldErrors> ApplyAsync(EntenteDb db, ActionItem item, ActionItemInput input, bool isNew, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require("title", input.Title, 512);
        errors.Limit("owner", input.Owner, 256);
        var status = errors.Key<ActionItemStatus>("status", input.Status, required: false) ?? (isNew ? ActionItemStatus.Planned : item.Status);
        var visibility = errors.Key<Visibility>("visibility", input.Visibility, required: false) ?? (isNew ? Visibility.Party : item.Visibility);
        var percent = input.PercentDone ?? (isNew ? 0 : item.PercentDone);
        if (percent is < 0 or > 100)
        {
            errors.Add("percentDone", "must be between 0 and 100 (it is {0}).", percent);
        }

        if (input.CompletedOn is { } completed && input.DueOn is null && isNew)
        {
            errors.Add("dueOn", "is required when completedOn is given.");
        }

        if (input.CompletedOn is { } done && done > Today(db))
        {
            errors.Add("completedOn", "cannot be in the future.");
        }

        if (input.RoadmapId is { } roadmap && !await db.Roadmaps.AnyAsync(r => r.Id == roadmap, ct))
        {
            errors.Add("roadmapId", "there is no roadmap {0}.", roadmap);
        }

        if (input.BodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body, ct))
        {
            errors.Add("bodyId", "there is no body {0}.", body);
        }

        if (input.CommissionDecisionId is { } decision && !await db.CommissionDecisions.AnyAsync(d => d.Id == decision, ct))
        {
            errors.Add("commissionDecisionId", "there is no commission decision {0}.", decision);
        }

        var clauses = (await ClauseReferences.LoadAsync(db, ct)).Read(input.Clauses, errors, "clauses");

        var dependencies = (input.DependsOn ?? []).Distinct().ToList();
        if (!isNew && dependencies.Contains(item.Id))
        {
            errors.Add("dependsOn", "an item cannot depend on itself.");
        }

        var knownDependencies = await db.ActionItems.Where(i => dependencies.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        foreach (var unknown in dependencies.Except(knownDependencies))
        {
            errors.Add("dependsOn", "there is no action item {0}.", unknown);
        }

        if (!isNew && input.Version is null)
        {
            errors.Add("version", "is required: send the version you read, so a concurrent edit is detected.");
        }

        if (!isNew && visibility == Visibility.Restricted && item.Visibility != Visibility.Restricted)
        {
            // Its readers are named when a restricted item is created; switching later would hide it from everyone.
            errors.Add("visibility", "an item becomes restricted only when it is created with the users who may see it.");
        }

        if (visibility == Visibility.Restricted && isNew)
        {
            await AccessGrants.ResolveAsync(db, input.RestrictedTo, errors, "restrictedTo", ct);
        }
        else if (input.RestrictedTo is { Count: > 0 })
        {
            errors.Add("restrictedTo", "names readers only for a new item whose visibility is restricted.");
        }

        if (errors.Any)
        {
            return errors;
        }

        item.Title = input.Title!.Trim();
        item.Owner = input.Owner?.Trim();
        item.Status = status;
        item.Visibility = visibility;
        item.PercentDone = status == ActionItemStatus.Done ? 100 : percent;
        item.RoadmapId = input.RoadmapId;
        item.BodyId = input.BodyId;
        item.DueOn = input.DueOn;
        item.CompletedOn = input.CompletedOn ?? (status == ActionItemStatus.Done ? item.CompletedOn ?? Today(db) : null);
        item.ClauseIds = clauses;
        item.DependsOn = dependencies;
        item.CommissionDecisionId = input.CommissionDecisionId ?? item.CommissionDecisionId;
        if (isNew)
        {
            item.OwnerPartyCode = db.Viewer.PartyCode;
        }
        else
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = input.Version!.Value;
        }

        return errors;
    }

    /// <summary>Adds a new item and, for a restricted one, the grants naming its readers.</summary>
    public static async Task AddAsync(EntenteDb db, ActionItem item, IReadOnlyList<string>? restrictedTo, CancellationToken ct)
    {
        await db.InOneTransactionAsync(async token =>
        {
            db.ActionItems.Add(item);
            await db.SaveChangesAsync(token);
            if (item.Visibility == Visibility.Restricted)
            {
                var userIds = await AccessGrants.ResolveAsync(db, restrictedTo, new FieldErrors(), "restrictedTo", token) ?? [];
                AccessGrants.Grant(db, nameof(ActionItem), item.Id, userIds);
                await db.SaveChangesAsync(token);
            }
        }, ct);
    }
}
