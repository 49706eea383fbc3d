using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Entente.Access;

/// <summary>A user's own API tokens: <c>/api/tokens</c>. The secret is returned once, at creation.</summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tokens").WithTags("Access").RequireAuthorization(AccessPolicies.Read);

        group.MapGet("/", async Task<Ok<List<TokenView>>> (EntenteDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.Viewer.UserId).OrderBy(t => t.Id)
                .Select(t => new TokenView(t.Id, t.Name, t.Scope, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct)))
            .WithSummary("Your API tokens (never their secrets).");

        group.MapPost("/", async Task<Results<Created<NewTokenView>, ValidationProblem>> (TokenInput input, EntenteDb db, CancellationToken ct) =>
        {
            var (token, secret, errors) = await ApiTokens.CreateAsync(db, db.Viewer.UserId!, input, ct);
            return token is null
                ? errors.ToProblem()
                : TypedResults.Created($"/api/tokens/{token.Id}", new NewTokenView(token.Id, token.Name, token.Scope, token.ExpiresAt, secret!));
        })
        .WithSummary("Creates a token for scripts: scope read or write (within your role); the secret is shown only now.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
        {
            if (await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == db.Viewer.UserId, ct) is not { } token)
            {
                return Problems.NotFound("token of yours", id);
            }

            token.RevokedAt ??= db.Time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        })
        .WithSummary("Revokes one of your tokens at once.");

        return group;
    }
}

/// <summary>Creates tokens for the API, the tokens page and the command line alike.</summary>
public static class ApiTokens
{
    public static async Task<(ApiToken? Token, string? Secret, FieldErrors Errors)> CreateAsync(EntenteDb db, string userId, TokenInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require("name", input.Name, 128);
        var scope = errors.Key<TokenScope>("scope", input.Scope, required: false) ?? TokenScope.Read;
        if (input.ExpiresInDays is < 1 or > 366)
        {
            errors.Add("expiresInDays", "must be between 1 and 366.");
        }

        if (errors.Any)
        {
            return (null, null, errors);
        }

        var secret = ApiToken.NewSecret();
        var now = db.Time.GetUtcNow();
        var token = new ApiToken
        {
            UserId = userId,
            Name = input.Name!.Trim(),
            Hash = ApiToken.HashOf(secret),
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ExpiresInDays ?? 90),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret, errors);
    }
}

public sealed record TokenInput(string? Name = null, string? Scope = null, int? ExpiresInDays = null);

public sealed record TokenView(int Id, string Name, TokenScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record NewTokenView(int Id, string Name, TokenScope Scope, DateTimeOffset? ExpiresAt, string Secret);
