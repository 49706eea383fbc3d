using System.Security.Claims;
using Entente.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Entente.Access;

/// <summary>Adds the user's Party and role to the sign-in cookie so each request knows its <see cref="Viewer"/> without a query.</summary>
public sealed class EntenteClaimsFactory(UserManager<EntenteUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EntenteUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EntenteUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Viewer.PartyClaim, user.PartyCode ?? string.Empty));
        identity.AddClaim(new Claim(Viewer.RoleClaim, user.Role.ToString()));
        return identity;
    }
}
