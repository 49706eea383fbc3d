using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Entente.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Access;

/// <summary>Authenticates <c>Authorization: Bearer ent_…</c> requests against the stored token hashes.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    EntenteDb db,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(time.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }

        if (found.User.LockoutEnd is { } lockout && lockout > time.GetUtcNow())
        {
            return AuthenticateResult.Fail("The token's user is locked out.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, found.User.Id),
                new Claim(ClaimTypes.Name, found.User.UserName ?? found.User.Id),
                new Claim(Viewer.PartyClaim, found.User.PartyCode ?? string.Empty),
                new Claim(Viewer.RoleClaim, found.User.Role.ToString()),
                new Claim(Viewer.ScopeClaim, KebabCase.ToKey(found.Token.Scope)),
                new Claim(Viewer.TokenClaim, found.Token.Id.ToString(CultureInfo.InvariantCulture)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
