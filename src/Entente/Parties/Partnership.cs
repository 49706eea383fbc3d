using Entente.Storage;

namespace Entente.Parties;

/// <summary>The relationship Entente runs and watches: its Parties and its name.</summary>
public sealed class Partnership
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public required LocalizedText Name { get; set; }

    /// <summary>Codes of the Parties, in the order the partnership names them.</summary>
    public List<string> PartyCodes { get; set; } = [];
}
