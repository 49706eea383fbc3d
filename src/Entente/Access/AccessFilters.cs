using System.Linq.Expressions;
using System.Reflection;
using Entente.Access;
using Entente.Audit;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// The access rule, in the one place every query passes through: a global query filter on each entity
/// that carries a <see cref="Visibility"/>. Pages, API, exports, reports and attachments all query these
/// sets, so none can forget the rule; only audit verification deliberately ignores it.
/// </summary>
public abstract partial class EntenteDb
{
    private static readonly MethodInfo s_applyVisible =
        typeof(EntenteDb).GetMethod(nameof(ApplyVisibleFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Stands for the entity name inside a filter before it is replaced by a constant.</summary>
    private static string RecordKindPlaceholder => string.Empty;

    private void ApplyAccessFilters(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IVisible).IsAssignableFrom).ToList())
        {
            s_applyVisible.MakeGenericMethod(type).Invoke(this, [builder]);
        }

        // Audit entries carry the visibility of the record they describe; restricted ones are for the system only.
        builder.Entity<AuditEntry>().HasQueryFilter(e =>
            ViewerIsSystem
            || e.Visibility == Visibility.Shared
            || (ViewerPartyCode != null && e.Visibility == Visibility.Party && e.OwnerPartyCode == ViewerPartyCode));
    }

    private void ApplyVisibleFilter<T>(ModelBuilder builder)
        where T : class, IVisible
    {
        // Observers (no Party) see shared records only; a restricted record needs a grant naming the user.
        Expression<Func<T, bool>> filter = e =>
            ViewerIsSystem
            || e.Visibility == Visibility.Shared
            || (ViewerPartyCode != null && e.Visibility == Visibility.Party && e.OwnerPartyCode == ViewerPartyCode)
            || (ViewerUserId != null && e.Visibility == Visibility.Restricted
                && AccessGrants.Any(g => g.RecordKind == RecordKindPlaceholder && g.RecordId == e.Id && g.UserId == ViewerUserId));
        var kind = new PlaceholderReplacer(typeof(T).Name).Visit(filter);
        builder.Entity<T>().HasQueryFilter((LambdaExpression)kind);
    }

    private sealed class PlaceholderReplacer(string kind) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member.Name == nameof(RecordKindPlaceholder) && node.Member.DeclaringType == typeof(EntenteDb)
                ? Expression.Constant(kind)
                : base.VisitMember(node);
    }
}
