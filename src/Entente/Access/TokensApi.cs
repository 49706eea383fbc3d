using System.Globalization;
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

        group.MapPost("/", async Task<Results<Created<NewTokenView>, ValidationProblem, ProblemHttpResult>> (TokenInput input, EntenteDb db, CancellationToken ct) =>
        {
            var created = await ApiTokens.CreateAsync(db, db.Viewer.UserId!, input, ct);
            if (created.Refusal is { } refusal)
            {
                return Problems.Forbidden(refusal);
            }

            return created.Token is not { } token
                ? created.Errors.ToProblem()
                : TypedResults.Created($"/api/tokens/{token.Id}", new NewTokenView(token.Id, token.Name, token.Scope, token.ExpiresAt, created.Secret!));
        })
        .RequireAuthorization(AccessPolicies.Write)
        .WithSummary("Creates a token for scripts: scope read or write (within your role); the secret is shown only now. A token may create only tokens no broader and no longer-lived than itself.");

        group.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, EntenteDb db, CancellationToken ct) =>
            await ApiTokens.RevokeAsync(db, id, ct) switch
            {
                { Found: false } => Problems.NotFound("token of yours", id),
                { Refusal: { } refusal } => Problems.Forbidden(refusal),
                _ => TypedResults.NoContent(),
            })
        .RequireAuthorization(AccessPolicies.Write)
        .WithSummary("Revokes one of your tokens at once. A token may revoke only tokens no broader and no longer-lived than itself.");

        return group;
    }
}

/// <summary>
/// Creates and revokes tokens for the API, the tokens page and the command line alike. Managing tokens is a write:
/// a sign-in cookie (or the command line) manages all of the user's tokens; an API token only those no broader
/// (scope) and no longer-lived (expiry) than itself, so a token can never mint a stronger one.
/// </summary>
public static class ApiTokens
{
    public static async Task<TokenCreation> CreateAsync(EntenteDb db, string userId, TokenInput input, CancellationToken ct)
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
            return new(null, null, errors);
        }

        var now = db.Time.GetUtcNow();
        var expiresAt = now.AddDays(input.ExpiresInDays ?? 90);
        if (await ActingTokenAsync(db, ct) is { } acting && RefusalFor(acting, scope, expiresAt, "create") is { } refusal)
        {
            return new(null, null, errors, refusal);
        }

        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            UserId = userId,
            Name = input.Name!.Trim(),
            Hash = ApiToken.HashOf(secret),
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new(token, secret, errors);
    }

    /// <summary>Revokes one of the viewer's own tokens, if the way they came in allows it.</summary>
    public static async Task<TokenRevocation> RevokeAsync(EntenteDb db, int id, CancellationToken ct)
    {
        if (await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == db.Viewer.UserId, ct) is not { } token)
        {
            return new(Found: false);
        }

        if (await ActingTokenAsync(db, ct) is { } acting && RefusalFor(acting, token.Scope, token.ExpiresAt, "revoke") is { } refusal)
        {
            return new(Found: true, refusal);
        }

        token.RevokedAt ??= db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new(Found: true);
    }

    /// <summary>The token the request came with, or null for a sign-in cookie and the command line.</summary>
    private static async Task<ApiToken?> ActingTokenAsync(EntenteDb db, CancellationToken ct) =>
        db.Viewer.TokenId is { } id ? await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) : null;

    /// <summary>Why <paramref name="acting"/> may not manage a token of this scope and expiry; null when it may.</summary>
    private static string? RefusalFor(ApiToken acting, TokenScope scope, DateTimeOffset? expiresAt, string verb)
    {
        // The write policy already turns read tokens away at the endpoint; the rule holds here too, wherever this is called.
        if (acting.Scope != TokenScope.Write)
        {
            return $"A {KebabCase.ToKey(acting.Scope)} token cannot {verb} tokens; sign in, or use a write token.";
        }

        if (scope > acting.Scope)
        {
            return $"A {KebabCase.ToKey(acting.Scope)} token cannot {verb} a {KebabCase.ToKey(scope)} token: the scope is broader than its own.";
        }

        if (acting.ExpiresAt is { } limit && (expiresAt is null || expiresAt > limit))
        {
            return $"This token expires on {limit.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC and cannot {verb} a token that lasts longer; ask for fewer days, or sign in.";
        }

        return null;
    }
}

/// <summary>What creating a token gave: the token and its secret, the input's errors, or why this caller may not.</summary>
public sealed record TokenCreation(ApiToken? Token, string? Secret, FieldErrors Errors, string? Refusal = null);

/// <summary>Whether the token was the viewer's, and why revoking it was refused, if it was.</summary>
public sealed record TokenRevocation(bool Found, string? Refusal = null);

public sealed record TokenInput(string? Name = null, [property: Web.KeyOf(typeof(TokenScope))] string? Scope = null, int? ExpiresInDays = null);

public sealed record TokenView(int Id, string Name, TokenScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record NewTokenView(int Id, string Name, TokenScope Scope, DateTimeOffset? ExpiresAt, string Secret);
