using Entente.ActionItems;
using Entente.Agreements;
using Entente.Commission;
using Entente.Commitments;
using Entente.Consultations;
using Entente.Events;
using Entente.Indicators;

namespace Entente.Exports;

/// <summary>
/// Everything one viewer may see, as one JSON document. <see cref="Schema"/> names the shape; it changes
/// (to <c>entente.export/2</c>…) only when a field is removed or changes meaning.
/// </summary>
public sealed record ExportDocument(
    string Schema,
    DateTimeOffset GeneratedAt,
    string View,
    ExportPartnership? Partnership,
    IReadOnlyList<ExportAgreement> Agreements,
    IReadOnlyList<ExportIndicator> Indicators,
    ExportTracking? Tracking)
{
    public const string CurrentSchema = "entente.export/1";
}

public sealed record ExportPartnership(string Key, string Name, IReadOnlyList<ExportParty> Parties);

public sealed record ExportParty(string Code, string Kind, string Name, string? NameRu, string? NameAz);

/// <summary>An agreement with its provisions.</summary>
public sealed record ExportAgreement(AgreementDetail Agreement, IReadOnlyList<ProvisionView> Provisions);

public sealed record ExportIndicator(IndicatorView Indicator, IReadOnlyList<ObservationView> Observations);

/// <summary>The records of the mechanisms, for signed-in viewers (null in the public export).</summary>
public sealed record ExportTracking(
    IReadOnlyList<CommitmentDetail> Commitments,
    IReadOnlyList<ActionItemView> ActionItems,
    IReadOnlyList<BaselineView> Baselines,
    IReadOnlyList<ConsultationView> Consultations,
    IReadOnlyList<SessionView> CommissionSessions,
    IReadOnlyList<EventView> Events);
