using Entente.Access;

namespace Entente.Commission;

/// <summary>A numbered session of the Intergovernmental Commission, with its co-chairs.</summary>
public sealed class CommissionSession : IVersioned
{
    public int Id { get; set; }

    public int Number { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Place { get; set; }

    public List<CommissionCoChair> CoChairs { get; set; } = [];

    /// <summary>The items on the agenda, in order.</summary>
    public List<string> Agenda { get; set; } = [];

    public List<CommissionDecision> Decisions { get; set; } = [];

    /// <summary>The uploaded protocol of the session.</summary>
    public int? ProtocolAttachmentId { get; set; }

    /// <summary>Raised by every save; a change must name the version it read, so two secretaries cannot overwrite each other.</summary>
    public long Version { get; set; }
}

/// <summary>A co-chair of a commission session, one per Party.</summary>
public sealed class CommissionCoChair
{
    public int Id { get; set; }

    public int CommissionSessionId { get; set; }

    public required string PartyCode { get; set; }

    public required string Name { get; set; }

    public string? Office { get; set; }
}
