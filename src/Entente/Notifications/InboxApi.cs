using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Notifications;

/// <summary>One page of a user's inbox, newest first, with how many it holds and how many are unread.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Page, int PageSize, int Total, int Unread);

/// <summary>How many notifications a request marked read.</summary>
public sealed record MarkedRead(int Marked);

/// <summary>A subject to follow: <c>kind</c> (clause, indicator, source) and its key as <c>GET /api/follows/choices</c> lists it.</summary>
public sealed record FollowInput([property: KeyOf(typeof(FollowKind))] string? Kind, string? Key);

/// <summary>A subject that may be followed, with the name people read.</summary>
public sealed record FollowChoice([property: KeyOf(typeof(FollowKind))] string Kind, string Key, string Label);

/// <summary>
/// The inbox page over HTTP: <c>/api/inbox</c> and <c>/api/follows</c>, for the signed-in user (or their token) only.
/// Everything goes through <see cref="Inbox"/>, as the page does, so the API shows exactly what the page shows.
/// </summary>
public static class InboxApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Inbox").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/inbox", async Task<Results<Ok<InboxPage>, ValidationProblem>> (int? page, int? pageSize, EntenteDb db, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            if (page is < 1)
            {
                errors.Add("page", "The page is counted from 1.");
            }

            if (pageSize is < 1 or > MaxPageSize)
            {
                errors.Add("pageSize", "The page size is 1 to {0}.", MaxPageSize);
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            var (number, size, user) = (page ?? 1, pageSize ?? 20, UserOf(db));
            var items = await Inbox.ListAsync(db, user, (number - 1) * size, size, ct);
            return TypedResults.Ok(new InboxPage(items, number, size, await Inbox.CountAsync(db, user, ct), await Inbox.UnreadCountAsync(db, user, ct)));
        })
        .WithSummary("Your inbox: what is new for your Party and the subjects you follow, newest first (page from 1, pageSize 1–100, default 20), with the unread count.");

        group.MapPost("/inbox/{id:int}/read", async Task<Results<Ok<MarkedRead>, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await Inbox.HoldsAsync(db, UserOf(db), id, ct)
                ? TypedResults.Ok(new MarkedRead(await Inbox.MarkReadAsync(db, UserOf(db), id, ct)))
                : Problems.NotFound("notification", id))
            .RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Marks one notification of your inbox read (marking it again changes nothing).");

        group.MapPost("/inbox/read", async (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(new MarkedRead(await Inbox.MarkReadAsync(db, UserOf(db), null, ct))))
            .RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Marks every unread notification of your inbox read.");

        group.MapGet("/follows", async (EntenteDb db, CancellationToken ct) => TypedResults.Ok(await Inbox.FollowsAsync(db, UserOf(db), ct)))
            .WithSummary("The clauses, indicators and sources you follow.");

        group.MapGet("/follows/choices", async (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok((await ChoicesAsync(db, ct)).SelectMany(kind => kind.Value.Select(c => new FollowChoice(kind.Key, c.Key, c.Label))).ToList()))
            .WithSummary("What you may follow: each clause, indicator and watched source you can see, with its key.");

        group.MapPost("/follows", async Task<Results<Ok<List<FollowView>>, ValidationProblem>> (FollowInput input, EntenteDb db, CancellationToken ct) =>
        {
            var choices = await ChoicesAsync(db, ct);
            var errors = new FieldErrors();
            if (input.Kind is null || !choices.TryGetValue(input.Kind, out var ofKind))
            {
                errors.Add("kind", "The kind is one of: {0}.", string.Join(", ", Inbox.FollowKinds));
            }
            else if (input.Key is null || !ofKind.Any(c => c.Key == input.Key) || !await Inbox.FollowAsync(db, UserOf(db), input.Kind, input.Key, ct))
            {
                errors.Add("key", "Nothing of this kind that you can see has this key; GET /api/follows/choices lists them.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            return TypedResults.Ok(await Inbox.FollowsAsync(db, UserOf(db), ct));
        })
        .RequireAuthorization(AccessPolicies.Write)
        .WithSummary("Follows a clause, an indicator or a source (once); answers with everything you follow.");

        group.MapDelete("/follows/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await Inbox.UnfollowAsync(db, UserOf(db), id, ct) ? TypedResults.NoContent() : Problems.NotFound("follow", id))
        .RequireAuthorization(AccessPolicies.Write)
        .WithSummary("Stops following one of the subjects you follow.");

        return group;
    }

    private static string UserOf(EntenteDb db) => db.Viewer.UserId ?? throw new InvalidOperationException("The inbox is a signed-in user's.");

    // The API names clauses by their number and indicators in English, as the rest of the API does.
    private static Task<IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Label)>>> ChoicesAsync(EntenteDb db, CancellationToken ct) =>
        Inbox.ChoicesAsync(db, number => number, "en", ct);
}
