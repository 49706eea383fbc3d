using Entente.Text.Vocabulary;

namespace Entente.Agreements;

/// <summary>An agreement in a list: what it is, when and where it was signed, by whom.</summary>
public sealed record AgreementSummary(
    int Id,
    string Key,
    [property: Web.KeyOf(typeof(AgreementKind))] string Kind,
    string Title,
    string ShortTitle,
    DateOnly? SignedOn,
    string? SigningPlace,
    [property: Web.KeyOf(typeof(AgreementStatus))] string Status,
    IReadOnlyList<string> Parties,
    int ClauseCount);

/// <summary>An agreement with its relations to others and its roadmaps.</summary>
public sealed record AgreementDetail(
    int Id,
    string Key,
    [property: Web.KeyOf(typeof(AgreementKind))] string Kind,
    string Title,
    string? TitleRu,
    string? TitleAz,
    string ShortTitle,
    DateOnly? SignedOn,
    string? SigningPlace,
    [property: Web.KeyOf(typeof(AgreementStatus))] string Status,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> AuthenticLanguages,
    string? Summary,
    string? Note,
    IReadOnlyList<VersionView> Versions,
    int PreambleCount,
    int ClauseCount,
    IReadOnlyList<RelationView> Relations,
    IReadOnlyList<RoadmapView> Roadmaps);

/// <summary>A relation seen from one agreement: <c>outgoing</c> ("proceeds from X") or <c>incoming</c> ("X proceeds from this").</summary>
public sealed record RelationView([property: Web.KeyOf(typeof(RelationKind))] string Kind, [property: Web.KeyOf(typeof(RelationDirection))] string Direction, int AgreementId, string Key, string Title, DateOnly? SignedOn, string? Note);

/// <summary>Which way a <see cref="RelationView"/> points.</summary>
public static class RelationDirection
{
    public const string Outgoing = "outgoing";
    public const string Incoming = "incoming";
}

public sealed record RoadmapView(int Number, string Title, IReadOnlyList<string> Spheres);

/// <summary>An agreement's text in one language: authentic or a translation, and the stored document it came from.</summary>
public sealed record VersionView(string Language, bool Authentic, int? DocumentId);

/// <summary>
/// A recital, clause or closing formula in the reader's language: <see cref="Language"/> says which language
/// <see cref="Text"/> (that version's words, once ingested) and <see cref="Summary"/> are in; <see cref="Versions"/>
/// holds every language's.
/// </summary>
public sealed record ProvisionView(
    int Id,
    [property: Web.KeyOf(typeof(ProvisionPart))] string Part,
    string? Number,
    int Order,
    string Language,
    string? Text,
    string? Summary,
    IReadOnlyList<string> Spheres,
    [property: Web.KeyOf(typeof(Modalities))] string? Modality,
    IReadOnlyList<ProvisionVersionView> Versions)
{
    /// <summary>What to show: the version's words, else the summary.</summary>
    public string? Words => Text ?? Summary;
}

/// <summary>A provision's words in one language.</summary>
public sealed record ProvisionVersionView(string Language, string? Text, string? Summary);
