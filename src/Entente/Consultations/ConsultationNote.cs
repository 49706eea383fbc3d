using Entente.Access;

namespace Entente.Consultations;

/// <summary>A Party's internal note on a consultation; always <see cref="Visibility.Party"/>, so the other Party never sees it.</summary>
public sealed class ConsultationNote : IVisible
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public string? OwnerPartyCode { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Party;

    public required string Text { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Author { get; set; }
}
