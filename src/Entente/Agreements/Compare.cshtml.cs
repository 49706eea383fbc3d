using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Agreements;

/// <summary>Two language versions of an agreement side by side, provision by provision (aligned by clause number).</summary>
[AllowAnonymous]
public sealed class CompareModel(EntenteDb db, VersionedReadCache cache) : PageModel
{
    public AgreementDetail Agreement { get; private set; } = null!;

    /// <summary>Every language some provision has words in, the reader's first.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    public string Left { get; private set; } = "";

    public string Right { get; private set; } = "";

    public IReadOnlyList<ProvisionView> Provisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string? left, string? right, CancellationToken ct)
    {
        if (await AgreementQueries.CachedFindAsync(db, cache, id, ct) is not { } agreement)
        {
            return NotFound();
        }

        Agreement = agreement;
        var reader = Web.Localization.Language;
        Provisions = await AgreementQueries.CachedProvisionsAsync(db, cache, id, reader, ct) ?? [];
        Languages = [.. Provisions.SelectMany(p => p.Versions).Select(v => v.Language).Distinct()
            .OrderBy(l => l == reader ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];
        Left = left is not null && Languages.Contains(left) ? left : Languages.FirstOrDefault() ?? reader;
        Right = right is not null && Languages.Contains(right) && right != Left ? right : Languages.FirstOrDefault(l => l != Left) ?? Left;
        return Page();
    }

    /// <summary>A provision's words in <paramref name="language"/>: its text there, else its summary there, else nothing.</summary>
    public static ProvisionVersionView? In(ProvisionView provision, string language) =>
        provision.Versions.FirstOrDefault(v => v.Language == language && (v.Text ?? v.Summary) is not null);
}
