using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>
/// Who names the bodies responsible for a commitment: a Party's coordinator adds and removes only its own Party's
/// bodies and the joint ones (which either Party may change); another Party's bodies stay as that Party set them.
/// Every change is audited like any save, and the commitment's history shows it to both Parties.
/// </summary>
public static class ResponsibleBodies
{
    /// <summary>
    /// Applies <paramref name="wanted"/> to the tracked <paramref name="commitment"/>. With <paramref name="keepOthers"/>
    /// (a form that shows only the viewer's bodies) another Party's bodies are kept; otherwise the list is the whole
    /// set, and changing another Party's part of it is refused with the reason.
    /// </summary>
    public static async Task<(FieldErrors Errors, string? Refusal)> ApplyAsync(
        EntenteDb db, Commitment commitment, IReadOnlyCollection<int> wanted, bool keepOthers, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var current = commitment.Bodies.Select(b => b.BodyId).ToList();
        var involved = wanted.Concat(current).Distinct().ToList();
        var partyOf = await db.Bodies.AsNoTracking().Where(b => involved.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.PartyCode, ct);
        foreach (var unknown in wanted.Where(id => !partyOf.ContainsKey(id)))
        {
            errors.Add("bodyIds", "there is no body {0}.", unknown);
        }

        if (errors.Any)
        {
            return (errors, null);
        }

        var viewer = db.Viewer;
        bool IsOthers(int id) => !viewer.IsSystem && partyOf.GetValueOrDefault(id) is { } party && party != viewer.PartyCode;
        var ids = wanted.ToHashSet();
        if (keepOthers)
        {
            ids.UnionWith(current.Where(IsOthers));
            ids.RemoveWhere(id => IsOthers(id) && !current.Contains(id));
        }

        var changedOthers = ids.Where(id => !current.Contains(id)).Concat(current.Where(id => !ids.Contains(id))).Where(IsOthers).Distinct().ToList();
        if (changedOthers.Count > 0)
        {
            var parties = string.Join(", ", changedOthers.Select(id => partyOf[id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            return (errors, $"A Party names only its own responsible bodies and the joint ones; bodies {string.Join(", ", changedOthers.Order())} belong to {parties}, whose coordinators change them.");
        }

        commitment.Bodies.RemoveAll(b => !ids.Contains(b.BodyId));
        commitment.Bodies.AddRange(ids.Where(b => commitment.Bodies.All(x => x.BodyId != b)).Select(b => new CommitmentBody { CommitmentId = commitment.Id, BodyId = b }));
        return (errors, null);
    }
}
