using Entente.Storage;

namespace Entente.Bodies;

/// <summary>A body responsible for work under the partnership: a ministry, agency, or a joint commission.</summary>
public sealed class Body
{
    public int Id { get; set; }

    public required string Key { get; set; }

    /// <summary>The Party the body belongs to; null for a joint body of both.</summary>
    public string? PartyCode { get; set; }

    public BodyKind Kind { get; set; }

    public required LocalizedText Name { get; set; }
}

public enum BodyKind
{
    Ministry,
    Agency,
    Commission,
    Parliament,
    Other,
}
