using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Access;
using Entente.Documents;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Search;
using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Entente.Audit;

/// <summary>
/// Saves a unit of work and its audit entries in one transaction: versions are bumped, the changes are
/// written (so generated keys are known), then one chained <see cref="AuditEntry"/> per changed record.
/// </summary>
internal static class AuditedSave
{
    /// <summary>Columns that hold secrets: the trail records that they changed, not their value.</summary>
    private static readonly HashSet<string> s_redacted = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        nameof(ApiToken.Hash),
    };

    /// <summary>
    /// Contents: the trail records acts, not contents. A stored document or attachment is named by its id, SHA-256,
    /// size and media type (content-addressed: the hash proves which bytes), never by its bytes, text or analysis.
    /// </summary>
    private static readonly HashSet<(Type, string)> s_contents =
    [
        (typeof(Attachment), nameof(Attachment.Content)),
        (typeof(SourceDocument), nameof(SourceDocument.Text)),
        (typeof(SourceDocument), nameof(SourceDocument.AnalysisJson)),
    ];

    /// <summary>
    /// Records not audited: derived data, rebuilt from audited records (the search index, a document's bytes, clause
    /// links and series sources, which its analysis gives again; its near-duplicate fingerprint), a batch's bookkeeping,
    /// and the inboxes (derived from audited records; a user's reads and follows are theirs) with the webhooks' own log.
    /// </summary>
    private static readonly HashSet<Type> s_unaudited =
    [
        typeof(AuditEntry), typeof(SearchEntry), typeof(SourceDocumentContent), typeof(DocumentClauseLink), typeof(ObservationSource), typeof(StaleIndicator),
        typeof(DataChangeCounter),
        typeof(Duplicates.DocumentFingerprint),
        typeof(Notifications.Notification), typeof(Notifications.NotificationRead), typeof(Notifications.NotificationFollow),
        typeof(Notifications.NotificationCursor), typeof(Notifications.WebhookAttempt),
    ];

    private static readonly JsonSerializerOptions s_json = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task<int> SaveAsync(EntenteDb db, Func<Task<int>> save, CancellationToken ct)
    {
        BumpVersions(db);
        var act = db.PendingAct;
        db.PendingAct = null;
        var changes = Capture(db, act?.Covers);
        var dataChanged = ChangesData(db);
        var reindex = SearchIndexer.Capture(db);
        if (db.DeferredReindex is { } deferred)
        {
            deferred.Add(reindex);
            reindex = new PendingReindex();
        }

        if (!dataChanged && changes.Count == 0 && reindex.IsEmpty && act is null)
        {
            return await save();
        }

        if (db.Database.CurrentTransaction is not null)
        {
            return await SaveWithTrailAsync(db, save, changes, act, reindex, dataChanged, ct);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var written = await SaveWithTrailAsync(db, save, changes, act, reindex, dataChanged, token);
            await transaction.CommitAsync(token);
            return written;
        }, ct);
    }

    private static async Task<int> SaveWithTrailAsync(
        EntenteDb db, Func<Task<int>> save, List<Change> changes, AuditAct? act, PendingReindex reindex, bool dataChanged, CancellationToken ct)
    {
        var written = await save();
        await SearchIndexer.UpdateAsync(db, reindex, ct);
        if (dataChanged || !reindex.IsEmpty)
        {
            await DataVersion.BumpAsync(db, ct);
        }

        if (changes.Count > 0 || act is not null)
        {
            await AuditChain.AppendAsync(db, [.. changes.Select(c => c.Complete()), .. act is null ? [] : new[] { act.ToEntry(db.Viewer.Actor) }], ct);
        }

        await save();
        return written;
    }

    /// <summary>Whether the save changes any record but the trail itself: what moves the <see cref="DataVersion"/>.</summary>
    private static bool ChangesData(EntenteDb db) => db.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or DataChangeCounter));

    private static void BumpVersions(EntenteDb db)
    {
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
    }

    private static List<Change> Capture(EntenteDb db, IReadOnlySet<Type>? recordedAsAct)
    {
        var changes = new List<Change>();
        var entries = db.ChangeTracker.Entries()
            .Where(e => !s_unaudited.Contains(e.Metadata.ClrType) && recordedAsAct?.Contains(e.Metadata.ClrType) != true
                && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries)
        {
            var modified = entry.Properties
                .Where(p => (entry.State != EntityState.Modified || p.IsModified) && !s_contents.Contains((entry.Metadata.ClrType, p.Metadata.Name)))
                .ToList();
            if (modified.Count == 0)
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Json(entry, modified, p => p.OriginalValue);
            changes.Add(new Change(db, entry, entry.State, before, modified.Select(p => p.Metadata.Name).ToList()));
        }

        return changes;
    }

    private static string Json(EntityEntry entry, IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value) =>
        JsonSerializer.Serialize(
            properties.ToDictionary(p => p.Metadata.Name, p => IsRedacted(entry, p.Metadata.Name) && value(p) is not null ? "(redacted)" : value(p), StringComparer.Ordinal),
            s_json);

    // Identity keeps the authenticator key in a user token's Value.
    private static bool IsRedacted(EntityEntry entry, string property) =>
        s_redacted.Contains(property) || (entry.Entity is IdentityUserToken<string> && property == nameof(IdentityUserToken<string>.Value));

    /// <summary>A change seen before the save; completed after it, when generated keys are known.</summary>
    private sealed record Change(EntenteDb Db, EntityEntry Entry, EntityState State, string? Before, List<string> Properties)
    {
        public AuditEntry Complete()
        {
            var key = Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(Entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
            var after = State == EntityState.Deleted ? null : Json(Entry, Entry.Properties.Where(p => Properties.Contains(p.Metadata.Name)), p => p.CurrentValue);
            var (visibility, owner) = VisibilityOf(Entry.Entity);
            return new AuditEntry
            {
                At = default,
                Actor = Db.Viewer.Actor,
                Action = State switch
                {
                    EntityState.Added => "added",
                    EntityState.Deleted => "deleted",
                    _ => "modified",
                },
                Entity = Entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", key),
                Before = Before,
                After = after,
                Visibility = visibility,
                OwnerPartyCode = owner,
                PreviousHash = string.Empty,
                Hash = string.Empty,
            };
        }

        private static (Visibility, string?) VisibilityOf(object entity) => entity switch
        {
            IVisible visible => (visible.Visibility, visible.OwnerPartyCode),
            EntenteUser user => (Visibility.Party, user.PartyCode),

            // Sign-in records, tokens and grants are operator business: visible to the system only.
            ApiToken or AccessGrant => (Visibility.Restricted, null),
            _ when entity.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true => (Visibility.Restricted, null),
            _ => (Visibility.Shared, null),
        };
    }
}
