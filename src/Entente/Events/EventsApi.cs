using Entente.Access;
using Entente.Agreements;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Events;

/// <summary>The events calendar over HTTP: <c>/api/events</c>.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<EventView>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ToListAsync(ct)).Select(EventView.Of).ToList()))
            .WithSummary("Forums, culture days, business missions and youth forums, in date order.");

        group.MapGet("/{id:int}", async Task<Results<Ok<EventView>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } found
                ? TypedResults.Ok(EventView.Of(found))
                : Problems.NotFound("event", id))
            .WithSummary("One event.");

        group.MapPost("/", async Task<Results<Created<EventView>, ValidationProblem>> (EventInput input, EntenteDb db, CancellationToken ct) =>
        {
            var errors = EventRules.Validate(input);
            var kind = KebabCase.TryParse<EventKind>(input.Kind, out var parsedKind) ? parsedKind : (EventKind?)null;
            var visibility = KebabCase.TryParse<Visibility>(input.Visibility, out var parsedVisibility) ? parsedVisibility : Visibility.Shared;
            var clauses = (input.ClauseIds ?? []).Distinct().ToList();
            var known = await db.Provisions.Where(p => clauses.Contains(p.Id) && p.Part == ProvisionPart.Operative).Select(p => p.Id).ToListAsync(ct);
            foreach (var unknown in clauses.Except(known))
            {
                errors.Add("clauseIds", "{0} is not an operative clause.", unknown);
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var created = new PartnershipEvent
            {
                Kind = kind!.Value,
                Title = input.Title!.Trim(),
                StartsOn = input.StartsOn!.Value,
                EndsOn = input.EndsOn,
                Place = input.Place?.Trim(),
                OwnerPartyCode = db.Viewer.PartyCode,
                Visibility = visibility,
                ClauseIds = clauses,
            };
            db.Events.Add(created);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/events/{created.Id}", EventView.Of(created));
        })
        .RequireAuthorization(AccessPolicies.Edit)
        .WithSummary("Adds an event with the clauses it serves.");

        return group;
    }
}

/// <summary>An event as the API returns it.</summary>
public sealed record EventView(int Id, [property: Web.KeyOf(typeof(EventKind))] string Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, string? Place, string? Party, [property: Web.KeyOf(typeof(Access.Visibility))] string Visibility, IReadOnlyList<int> ClauseIds)
{
    public static EventView Of(PartnershipEvent e) => new(
        e.Id, KebabCase.ToKey(e.Kind), e.Title, e.StartsOn, e.EndsOn, e.Place, e.OwnerPartyCode, KebabCase.ToKey(e.Visibility), e.ClauseIds);
}

public sealed record EventInput([property: Web.KeyOf(typeof(EventKind))] string? Kind = null, string? Title = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null, string? Place = null, [property: Web.KeyOf(typeof(Access.Visibility))] string? Visibility = null, IReadOnlyList<int>? ClauseIds = null);
