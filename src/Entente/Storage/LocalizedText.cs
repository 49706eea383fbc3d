namespace Entente.Storage;

/// <summary>A name or title in English (always), Russian and Azerbaijani (when known).</summary>
public sealed record LocalizedText
{
    public required string En { get; init; }

    public string? Ru { get; init; }

    public string? Az { get; init; }

    /// <summary>The text in <paramref name="language"/>, falling back to English.</summary>
    public string In(string language) => language switch
    {
        "ru" when !string.IsNullOrEmpty(Ru) => Ru,
        "az" when !string.IsNullOrEmpty(Az) => Az,
        _ => En,
    };

    public override string ToString() => En;
}
