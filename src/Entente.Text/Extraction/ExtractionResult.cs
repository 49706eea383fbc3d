using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

/// <summary>What the extractors found in one text; every span is relative to that text.</summary>
public sealed record ExtractionResult
{
    public static ExtractionResult Empty { get; } = new();

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<AgreementReference> References { get; init; } = [];

    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public IReadOnlyList<Claim> Claims { get; init; } = [];
}

/// <summary>A clause's spheres and modality, with the words that decided them (spans relative to the clause text).</summary>
public sealed record ClauseClassification(
    IReadOnlyList<string> Spheres,
    IReadOnlyList<Cue> SphereCues,
    string? Modality,
    Cue? ModalityCue)
{
    public static ClauseClassification None { get; } = new([], [], null, null);
}
