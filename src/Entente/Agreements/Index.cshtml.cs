using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Agreements;

/// <summary>The legal base as a list, filterable by kind.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db, VersionedReadCache cache) : PageModel
{
    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public IReadOnlyList<string> Kinds { get; private set; } = [];

    public string? Kind { get; private set; }

    public async Task OnGetAsync(string? kind, CancellationToken ct)
    {
        var all = await AgreementQueries.CachedListAsync(db, cache, ct) ?? [];
        Kinds = [.. all.Select(a => a.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Kind = Kinds.Contains(kind, StringComparer.Ordinal) ? kind : null;
        Agreements = Kind is null ? all : [.. all.Where(a => a.Kind == Kind)];
    }
}
