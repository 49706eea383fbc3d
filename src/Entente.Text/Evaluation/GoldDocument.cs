using System.Text.Json;
using Entente.Text.Analysis;

namespace Entente.Text.Evaluation;

/// <summary>
/// Hand annotations of one document: the facts a careful analyst expects extraction to find, each with its span.
/// Stored as <c>&lt;document&gt;.gold.json</c>; items use the same records as <c>entente.analysis/1</c>.
/// </summary>
public sealed record GoldDocument
{
    /// <summary>The document's file name without extension (the corpus file stem).</summary>
    public required string Document { get; init; }

    /// <summary>The document's own date, passed to extraction as context (null when the document does not give one).</summary>
    public DateOnly? DocumentDate { get; init; }

    public string Language { get; init; } = "en";

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<AgreementReference> References { get; init; } = [];

    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Spheres and modality per clause number, for agreement texts.</summary>
    public IReadOnlyDictionary<string, GoldClause> Clauses { get; init; } = new Dictionary<string, GoldClause>();

    /// <summary>The clauses of stored agreements the document concerns; null when the document was not annotated for links.</summary>
    public IReadOnlyList<GoldClauseLink>? ClauseLinks { get; init; }

    public static GoldDocument Parse(string json) =>
        JsonSerializer.Deserialize<GoldDocument>(json, AnalysisReport.JsonOptions)
        ?? throw new JsonException("A gold file holds one JSON object.");
}

/// <summary>The spheres and modality an analyst gives one clause.</summary>
public sealed record GoldClause(IReadOnlyList<string> Spheres, string? Modality);

/// <summary>A clause link an analyst expects: the agreement by title, the clause number, the evidence and the words that support it.</summary>
public sealed record GoldClauseLink(string Agreement, string Clause, string Evidence, string Text, TextSpan Span);
