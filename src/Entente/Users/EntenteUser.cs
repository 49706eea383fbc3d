using Microsoft.AspNetCore.Identity;

namespace Entente.Users;

/// <summary>A person using Entente: a member of one Party's staff, or an observer, with a role.</summary>
public sealed class EntenteUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The Party the user works for; null for an observer.</summary>
    public string? PartyCode { get; set; }

    public UserRole Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public enum UserRole
{
    Viewer,
    Editor,
    Coordinator,
    Administrator,
}
