using System.Text.Json;
using Entente.Access;
using Entente.Text.Linking;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// The stored commitment profile of one operative clause: what implementing it looks like in the world, as cue
/// phrases per language. The linker reads it for evidence links; an administrator edits it.
/// </summary>
public sealed class ClauseProfile : IVersioned
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    /// <summary>The clause number as the agreement writes it ("22").</summary>
    public required string Clause { get; set; }

    /// <summary>Name cues per language as JSON (<c>{"en": ["Intergovernmental Commission"], "ru": […]}</c>).</summary>
    public string NamesJson { get; set; } = "{}";

    /// <summary>Sphere terms per language as JSON, the same shape as <see cref="NamesJson"/>.</summary>
    public string TermsJson { get; set; } = "{}";

    /// <summary>
    /// Only the Parties' dealings with each other carry the commitment out: a sentence joining one Party with another
    /// state and not with the other Party is no evidence of it (<see cref="CommitmentProfile.BetweenPartiesOnly"/>).
    /// </summary>
    public bool BetweenPartiesOnly { get; set; }

    /// <summary>
    /// The number of a broader clause of the same agreement this commitment is part of (<see cref="CommitmentProfile.PartOf"/>):
    /// each evidence link of this clause is one of that clause too. Null when it stands alone.
    /// </summary>
    public string? PartOf { get; set; }

    /// <summary>Raised by every save; an edit made on an older version is refused.</summary>
    public long Version { get; set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names
    {
        get => Read(NamesJson);
        set => NamesJson = Write(value);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms
    {
        get => Read(TermsJson);
        set => TermsJson = Write(value);
    }

    /// <summary>The profile as the linker reads it.</summary>
    public CommitmentProfile ToProfile() => new(Clause) { Names = Names, Terms = Terms, BetweenPartiesOnly = BetweenPartiesOnly, PartOf = PartOf };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json)?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal)
        ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    private static string Write(IReadOnlyDictionary<string, IReadOnlyList<string>> cues) =>
        JsonSerializer.Serialize(cues.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
}
