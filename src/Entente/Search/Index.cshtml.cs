using Entente.Storage;
using Entente.Text.Vocabulary;
using Entente.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.Search;

/// <summary>The search page: a form with the query and filters, and the results the viewer may read.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db, ServerSearch search, IStringLocalizer<ValidationText> validation) : PageModel
{
    public SearchRequest Asked { get; private set; } = new(null);

    public SearchResults? Results { get; private set; }

    /// <summary>Each field's messages in the reader's language, without the field's name.</summary>
    public IDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Key, string Label)> SphereOptions => Spheres.All;

    public IReadOnlyList<string> KindOptions => SearchCriteria.KindKeys;

    public IReadOnlyList<string> PartyOptions { get; private set; } = [];

    public IReadOnlyList<(string Key, string Title)> AgreementOptions { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? sphere, string? kind, string? party, string? agreement, string? from, string? to, CancellationToken ct)
    {
        Asked = new SearchRequest(q, sphere, kind, party, agreement, from, to);
        PartyOptions = await db.Parties.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        AgreementOptions = [.. (await db.Agreements.OrderBy(a => a.SignedOn).Select(a => new { a.Key, a.ShortTitle }).ToListAsync(ct)).Select(a => (a.Key, a.ShortTitle.En))];
        if (q is null)
        {
            return;
        }

        var errors = new FieldErrors();
        if (await SearchCriteria.ParseAsync(db, Asked, errors, ct) is { } criteria)
        {
            Results = await search.SearchAsync(db, criteria, ct);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Errors = errors.Messages(validation);
        }
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? messages : null;

    /// <summary>A filter's name in the reader's language, for its error.</summary>
    public string FieldName(string field) => FieldErrors.FieldName(validation, field);
}
