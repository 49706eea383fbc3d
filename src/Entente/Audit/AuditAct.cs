using System.Text.Json;

namespace Entente.Audit;

/// <summary>
/// One entry for records derived in bulk from audited data — the conflicts of an indicator found again from its series,
/// the provisions of an agreement read from a stored document — the act and its counts, rather than one entry per
/// record. The records it covers follow from audited inputs (the series; the document, named in the trail by its
/// SHA-256), so the chain still proves every input; a person's change to such a record (resolving a conflict, editing
/// a clause) is audited as usual.
/// </summary>
/// <param name="Covers">The record types whose changes the act stands for in that save.</param>
/// <param name="Action">What was done, e.g. <c>recomputed</c>.</param>
/// <param name="Entity">What it was done to, e.g. <c>Conflicts</c>.</param>
/// <param name="EntityId">Which part of it, e.g. an indicator key; asked after the save, when generated keys are known.</param>
/// <param name="Counts">What changed, by name (<c>added</c>, <c>removed</c>, <c>changed</c>).</param>
internal sealed record AuditAct(IReadOnlySet<Type> Covers, string Action, string Entity, Func<string> EntityId, IReadOnlyDictionary<string, int> Counts)
{
    public AuditEntry ToEntry(string actor) => new()
    {
        Actor = actor,
        Action = Action,
        Entity = Entity,
        EntityId = EntityId(),
        After = JsonSerializer.Serialize(Counts),
        Visibility = Access.Visibility.Shared,
        PreviousHash = string.Empty,
        Hash = string.Empty,
    };
}
