using Entente.Access;

namespace Entente.Commitments;

/// <summary>
/// A note one Party writes beside its shared assessment of a commitment, for its own staff only. It is always
/// <see cref="Visibility.Party"/>: the access filter keeps it, and its history, from the other Party and observers.
/// </summary>
public sealed class PrivateComment : IVisible
{
    public const int MaxLength = 4000;

    public int Id { get; set; }

    public int CommitmentId { get; set; }

    public required string OwnerPartyCode { get; set; }

    /// <summary>Stored so that the one access filter over <see cref="IVisible"/> reads it; never anything but Party.</summary>
    public Visibility Visibility { get; private set; } = Visibility.Party;

    public required string Text { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public required string WrittenBy { get; set; }
}
