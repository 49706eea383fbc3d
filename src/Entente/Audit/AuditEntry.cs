using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entente.Access;

namespace Entente.Audit;

/// <summary>
/// One write, in an append-only chain: each entry's <see cref="Hash"/> covers its content and the previous
/// entry's hash, so changing, removing or reordering any entry breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3… with no gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to microseconds so it reads back identically from either database.</summary>
    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary><c>added</c>, <c>modified</c> or <c>deleted</c>.</summary>
    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    /// <summary>JSON of the changed properties before the write; null for an addition.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after the write; null for a deletion.</summary>
    public string? After { get; set; }

    /// <summary>The visibility of the record described, so the history is filtered like the record itself.</summary>
    public Visibility Visibility { get; set; }

    public string? OwnerPartyCode { get; set; }

    /// <summary>The hash of the entry before this one; 64 zeros for the first.</summary>
    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The SHA-256 of the canonical content: a JSON array of every field but the hash, in a fixed order.</summary>
    public string ComputeHash()
    {
        object?[] canonical =
        [
            Sequence, At.UtcTicks, Actor, Action, Entity, EntityId, Before, After,
            Visibility.ToString(), OwnerPartyCode, PreviousHash,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical))));
    }
}
