using System.Text;
using Entente.Access;
using Entente.Agreements;
using Entente.Audit;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>Action items and baselines over HTTP: <c>/api/action-items</c>, <c>/api/baselines</c>.</summary>
public static class ActionItemsApi
{
    /// <summary>The largest CSV accepted for import, in bytes.</summary>
    public const int MaxImportBytes = 2 * 1024 * 1024;

    public static RouteGroupBuilder MapActionItemsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/action-items").WithTags("Action items").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<ActionItemView>>> (bool? overdue, int? roadmap, EntenteDb db, CancellationToken ct) =>
        {
            var today = ActionItemRules.Today(db);
            var query = db.ActionItems.AsNoTracking();
            if (roadmap is { } roadmapId)
            {
                query = query.Where(i => i.RoadmapId == roadmapId);
            }

            if (overdue == true)
            {
                query = query.Where(i => i.DueOn < today && i.Status != ActionItemStatus.Done && i.Status != ActionItemStatus.Cancelled);
            }

            var items = await query.OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToListAsync(ct);
            var clauses = await ClauseReferences.LoadAsync(db, ct);
            return TypedResults.Ok(items.Select(i => ActionItemRules.ToView(i, today, clauses)).ToList());
        })
        .WithSummary("The action items you can see, soonest due first; overdue=true keeps only the overdue ones.");

        group.MapGet("/{id:int}", async Task<Results<Ok<ActionItemView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.ActionItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is { } item
                ? TypedResults.Ok(ActionItemRules.ToView(item, ActionItemRules.Today(db), await ClauseReferences.LoadAsync(db, ct)))
                : Problems.NotFound("action item", id))
            .WithSummary("One action item.");

        group.MapGet("/{id:int}/history", async Task<Results<Ok<List<AuditEntryView>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.ActionItems.AnyAsync(i => i.Id == id, ct)
                ? TypedResults.Ok(await AuditQueries.HistoryAsync(db, nameof(ActionItem), id, ct))
                : Problems.NotFound("action item", id))
            .WithSummary("Every change to an action item: who, when, before and after.");

        group.MapPost("/", async Task<Results<Created<ActionItemView>, ValidationProblem>> (ActionItemInput input, EntenteDb db, CancellationToken ct) =>
        {
            var item = new ActionItem { Title = string.Empty };
            var errors = await ActionItemRules.ApplyAsync(db, item, input, isNew: true, ct);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            await ActionItemRules.AddAsync(db, item, input.RestrictedTo, ct);
            return TypedResults.Created($"/api/action-items/{item.Id}", ActionItemRules.ToView(item, ActionItemRules.Today(db), await ClauseReferences.LoadAsync(db, ct)));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Adds an action item of your Party.");

        group.MapPut("/{id:int}", async Task<Results<Ok<ActionItemView>, ValidationProblem, ProblemHttpResult>> (int id, ActionItemInput input, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.ActionItems.SingleOrDefaultAsync(i => i.Id == id, ct) is not { } item)
            {
                return Problems.NotFound("action item", id);
            }

            if (item.OwnerPartyCode != db.Viewer.PartyCode)
            {
                return Problems.Forbidden($"Action item {id} belongs to {item.OwnerPartyCode}; only its own Party edits it.");
            }

            var errors = await ActionItemRules.ApplyAsync(db, item, input, isNew: false, ct);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("action item", id);
            }

            return TypedResults.Ok(ActionItemRules.ToView(item, ActionItemRules.Today(db), await ClauseReferences.LoadAsync(db, ct)));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Changes an action item; send the version you read, or get 409 if someone saved in between.");

        group.MapGet("/export.csv", async (EntenteDb db, CancellationToken ct) =>
            TypedResults.Text(await ActionItemCsv.ExportAsync(db, ct), "text/csv; charset=utf-8", Encoding.UTF8))
            .WithSummary("The action items you can see, as CSV.");

        group.MapPost("/import", async Task<Results<Ok<ImportReport>, ProblemHttpResult>> (HttpRequest request, EntenteDb db, CancellationToken ct) =>
        {
            if (await Uploads.ReadBytesAsync(request, MaxImportBytes, ct) is not { } file)
            {
                return Uploads.Refused(request, MaxImportBytes);
            }

            var report = await ActionItemCsv.ImportAsync(db, file, null, ct);
            return report.IsText
                ? TypedResults.Ok(report)
                : TypedResults.Problem(title: "Malformed upload", detail: report.Rejected[0].Problems[0], statusCode: StatusCodes.Status400BadRequest);
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Imports action items from CSV (a header line first; UTF-8, UTF-16 or Windows-1251, detected). A row with id and version updates that item, one without an id adds an item; the report lists every row added, updated or refused and why.");

        return group;
    }

    public static RouteGroupBuilder MapBaselinesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/baselines").WithTags("Action items").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await Baselines.ListAsync(db, ct)))
            .WithSummary("The frozen baselines, newest first, each with the number of its items you may see.");

        group.MapPost("/", async Task<Results<Created<BaselineView>, ValidationProblem>> (BaselineInput input, EntenteDb db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            errors.Require("name", input.Name, 128);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var baseline = await Baselines.FreezeAsync(db, input.Name!.Trim(), ct);
            return TypedResults.Created($"/api/baselines/{baseline.Id}", new BaselineView(baseline.Id, baseline.Name, baseline.FrozenAt, baseline.FrozenBy, baseline.Items.Count));
        })
        .RequireAuthorization(AccessPolicies.Coordinate)
        .WithSummary("Freezes the due dates of every action item you can see as a named baseline.");

        group.MapGet("/{id:int}/comparison", async Task<Results<Ok<List<BaselineComparisonRow>>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await Baselines.CompareAsync(db, id, ct) is { } rows ? TypedResults.Ok(rows) : Problems.NotFound("baseline", id))
            .WithSummary("Each item's baseline due date beside its current due date and completion, with the slip in days.");

        return group;
    }
}
