using Entente.Storage;

namespace Entente.Parties;

/// <summary>A state (ISO 3166-1 alpha-2 code) or an international organisation (a short code such as <c>OSCE</c>).</summary>
public sealed class Party
{
    public required string Code { get; set; }

    public PartyKind Kind { get; set; }

    public required LocalizedText Name { get; set; }
}

public enum PartyKind
{
    State,
    Organisation,
}
