using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Sample;

/// <summary>The shape of a sample file such as <c>ru-az.sample.json</c>: a partnership written as facts.</summary>
public sealed record SampleFile
{
    public required SamplePartnership Partnership { get; init; }

    public IReadOnlyList<SampleParty> Parties { get; init; } = [];

    public IReadOnlyList<SampleAgreement> Agreements { get; init; } = [];

    public IReadOnlyList<SampleIndicator> Indicators { get; init; } = [];

    public IReadOnlyList<SampleObservation> Observations { get; init; } = [];

    public IReadOnlyList<SampleBody> Bodies { get; init; } = [];

    public IReadOnlyList<SampleCommissionSession> CommissionSessions { get; init; } = [];

    /// <summary>Commitment profiles: what implementing each clause looks like, per language (see <see cref="Text.Linking.CommitmentProfile"/>).</summary>
    public IReadOnlyList<SampleProfile> Profiles { get; init; } = [];

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

public sealed record SampleText(string En, string? Ru = null, string? Az = null)
{
    /// <summary>The texts that are written, by language code.</summary>
    public IEnumerable<(string Language, string Text)> Written()
    {
        yield return ("en", En);
        if (!string.IsNullOrWhiteSpace(Ru))
        {
            yield return ("ru", Ru);
        }

        if (!string.IsNullOrWhiteSpace(Az))
        {
            yield return ("az", Az);
        }
    }
}

public sealed record SamplePartnership(string Key, SampleText Name, IReadOnlyList<string> Parties);

public sealed record SampleParty(string Code, string Kind, SampleText Name);

public sealed record SampleAgreement
{
    public required string Key { get; init; }

    public required string Kind { get; init; }

    public required SampleText Title { get; init; }

    public required SampleText ShortTitle { get; init; }

    public DateOnly? SignedOn { get; init; }

    public string? SigningPlace { get; init; }

    public string Status { get; init; } = "unknown";

    public IReadOnlyList<string> Parties { get; init; } = [];

    public IReadOnlyList<string> AuthenticLanguages { get; init; } = [];

    public string? Summary { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<SampleRelation> Relations { get; init; } = [];

    public IReadOnlyList<SampleProvision> Provisions { get; init; } = [];

    public IReadOnlyList<SampleRoadmap> Roadmaps { get; init; } = [];
}

public sealed record SampleRelation(string Kind, string Target, string? Note = null);

public sealed record SampleProvision
{
    public required string Part { get; init; }

    public string? Number { get; init; }

    /// <summary>Entente's one-sentence summary, in English and, when written, Russian and Azerbaijani.</summary>
    public SampleText? Summary { get; init; }

    public IReadOnlyList<string> Spheres { get; init; } = [];

    public string? Modality { get; init; }
}

public sealed record SampleRoadmap(int Number, SampleText Title, IReadOnlyList<string>? Spheres = null);

public sealed record SampleIndicator(string Key, SampleText Name, string Unit, SampleText? Description = null);

public sealed record SampleObservation
{
    public required string Indicator { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public string Qualifier { get; init; } = "exact";

    public required SampleCitation Citation { get; init; }

    public string? Note { get; init; }
}

public sealed record SampleCitation(string Document, string? Description = null, string? Speaker = null, DateOnly? StatedOn = null);

public sealed record SampleBody(string Key, string? Party, string Kind, SampleText Name);

public sealed record SampleCommissionSession(int Number, DateOnly? HeldOn, string? Place, IReadOnlyList<SampleCoChair>? CoChairs = null);

public sealed record SampleCoChair(string Party, string Name, string? Office = null);

/// <summary>
/// The profile of one clause: <c>agreement</c> is the agreement's key, <c>clause</c> its number; cues per language;
/// <c>betweenPartiesOnly</c> when only the Parties' dealings with each other carry it out; <c>partOf</c> the number of a
/// broader clause whose evidence it is too.
/// </summary>
public sealed record SampleProfile(
    string Agreement,
    string Clause,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Names = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Terms = null,
    bool BetweenPartiesOnly = false,
    string? PartOf = null);
