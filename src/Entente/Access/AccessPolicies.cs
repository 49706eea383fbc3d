using System.Security.Claims;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;

namespace Entente.Access;

/// <summary>The authorization policies route groups and pages name: each requires a minimum role.</summary>
public static class AccessPolicies
{
    public const string Read = "read";

    /// <summary>Any signed-in user acting for themselves (their own API tokens); a read-scope token never passes it.</summary>
    public const string Write = "write";
    public const string Edit = "edit";
    public const string Coordinate = "coordinate";
    public const string Administer = "administer";

    /// <summary>The role each policy requires; the authorization test matrix reads the same table.</summary>
    public static readonly IReadOnlyDictionary<string, UserRole> MinimumRole = new Dictionary<string, UserRole>(StringComparer.Ordinal)
    {
        [Read] = UserRole.Viewer,
        [Write] = UserRole.Viewer,
        [Edit] = UserRole.Editor,
        [Coordinate] = UserRole.Coordinator,
        [Administer] = UserRole.Administrator,
    };

    /// <summary>The one policy a read-scope API token passes; every other policy is a write (or administration) check.</summary>
    public static bool NeedsWriteScope(string policy) => policy != Read;

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, role) in MinimumRole)
        {
            options.AddPolicy(name, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Allows(context.User, role, NeedsWriteScope(name))));
        }

        // Everything not explicitly public needs a signed-in user, so a new endpoint is closed by default.
        options.FallbackPolicy = options.GetPolicy(Read);
    }

    /// <summary>Whether a principal meets a policy: the role, a Party for any write short of administration, and a write scope.</summary>
    public static bool Allows(ClaimsPrincipal user, UserRole minimum, bool needsWriteScope)
    {
        if (!Enum.TryParse<UserRole>(user.FindFirstValue(Viewer.RoleClaim), ignoreCase: true, out var role) || role < minimum)
        {
            return false;
        }

        // Observers read; editing and coordinating are done for a Party.
        if (minimum is UserRole.Editor or UserRole.Coordinator && string.IsNullOrEmpty(user.FindFirstValue(Viewer.PartyClaim)))
        {
            return false;
        }

        // A read-only API token can never write, whatever its owner's role; a sign-in cookie has no scope.
        var scope = user.FindFirstValue(Viewer.ScopeClaim);
        return !needsWriteScope || scope is null || scope == TokenScopeKeys.Write;
    }
}

/// <summary>The scope keys of API tokens as they appear in claims.</summary>
internal static class TokenScopeKeys
{
    public const string Read = "read";
    public const string Write = "write";
}
