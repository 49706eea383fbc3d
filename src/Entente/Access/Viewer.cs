using System.Globalization;
using System.Security.Claims;
using Entente.Users;

namespace Entente.Access;

/// <summary>
/// Who is looking, for the length of one request or one command: a signed-in user with a Party and a role,
/// an anonymous visitor, or the system itself (command line, background work). Every query filter reads it.
/// </summary>
public sealed class Viewer
{
    public const string PartyClaim = "entente:party";
    public const string RoleClaim = "entente:role";
    public const string ScopeClaim = "entente:scope";
    public const string TokenClaim = "entente:token";

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>The viewer's Party; null for observers, anonymous visitors and the system.</summary>
    public string? PartyCode { get; private set; }

    public UserRole? Role { get; private set; }

    public bool IsSystem { get; private set; }

    /// <summary>The API token this request came with; null for a sign-in cookie, the command line and the system.</summary>
    public int? TokenId { get; private set; }

    public bool IsAuthenticated => UserId is not null;

    /// <summary>Narrowed to shared records for the rest of the request or command (a report fit to send).</summary>
    public bool IsSharedOnly { get; private set; }

    /// <summary>The name written in the audit trail.</summary>
    public string Actor => IsSystem ? "system" : UserName ?? "anonymous";

    /// <summary>Full access, for the command line and background services that act for the operator.</summary>
    public static Viewer System() => new() { IsSystem = true };

    public static Viewer Anonymous() => new();

    /// <summary>
    /// A Party's view with no particular user (reports and exports made from the command line for that Party):
    /// shared records and the Party's own, never restricted ones, since no user is named on them.
    /// </summary>
    public static Viewer OfParty(string partyCode) => new() { PartyCode = partyCode, UserName = $"Party {partyCode}", Role = UserRole.Viewer };

    public static Viewer For(EntenteUser user) => new()
    {
        UserId = user.Id,
        UserName = user.UserName,
        PartyCode = user.PartyCode,
        Role = user.Role,
    };

    /// <summary>
    /// From now on sees only what everyone sees, like an observer: no Party's own records and no restricted ones.
    /// The name stays, for the report's label and the audit trail.
    /// </summary>
    public void NarrowToShared()
    {
        IsSharedOnly = true;
        IsSystem = false;
        PartyCode = null;
        UserId = null;
        Role = UserRole.Viewer;
    }

    /// <summary>Turns this scope's viewer into the system, for background work that acts for the operator.</summary>
    public void ActAsSystem() => IsSystem = true;

    public bool HasRole(UserRole minimum) => IsSystem || (Role is { } role && role >= minimum);

    /// <summary>Takes identity from an authenticated principal; an anonymous principal leaves the viewer anonymous.</summary>
    public void SetFrom(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return;
        }

        UserId = id;
        UserName = principal.FindFirstValue(ClaimTypes.Name);
        PartyCode = principal.FindFirstValue(PartyClaim) is { Length: > 0 } party ? party : null;
        Role = Enum.TryParse<UserRole>(principal.FindFirstValue(RoleClaim), ignoreCase: true, out var role) ? role : UserRole.Viewer;
        TokenId = int.TryParse(principal.FindFirstValue(TokenClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var token) ? token : null;
    }
}
