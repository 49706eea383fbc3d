using Entente.ActionItems;
using Entente.Documents;
using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commission;

/// <summary>
/// The commission's sessions: co-chairs, agenda, decisions with their follow-up items, and the protocol. Coordinators
/// record a session, a decision with one follow-up item, and upload the protocol here.
/// The whole request is capped just above the protocol's limit, so a larger file ends on a page naming that limit.
/// </summary>
[RequestSizeLimit(Attachment.MaxLength + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = Attachment.MaxLength + (64 * 1024))]
public sealed class IndexModel(EntenteDb db) : PageModel
{
    /// <summary>What the protocol field takes (its label, its <c>accept</c> and this check say the same).</summary>
    private static readonly HashSet<string> s_protocolTypes = new(StringComparer.OrdinalIgnoreCase) { AttachmentRules.Pdf, AttachmentRules.Docx };

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    /// <summary>Follow-up items the viewer can see, by decision id.</summary>
    public ILookup<int, (int Id, string Title)> FollowUps { get; private set; } = Array.Empty<(int, int, string)>().ToLookup(x => x.Item1, x => (x.Item2, x.Item3));

    public bool CanRecord => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sessions = [.. (await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).OrderByDescending(s => s.Number).ToListAsync(ct))
            .Select(SessionView.With(await SessionView.FollowUpsAsync(db, ct)))];
        FollowUps = (await db.ActionItems.AsNoTracking().Where(i => i.CommissionDecisionId != null)
            .Select(i => new { Decision = i.CommissionDecisionId!.Value, i.Id, i.Title }).ToListAsync(ct))
            .ToLookup(i => i.Decision, i => (i.Id, i.Title));
    }

    public async Task<IActionResult> OnPostSessionAsync(int? number, DateOnly? heldOn, string? place, string? agenda, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        var lines = (agenda ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (_, errors) = await CommissionRules.CreateSessionAsync(db, new NewSessionInput(number, heldOn, place, [], lines), ct);
        return await AfterAsync(errors, ct);
    }

    public async Task<IActionResult> OnPostDecisionAsync(int sessionId, string? text, string? followUp, DateOnly? followUpDueOn, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        if (!await db.CommissionSessions.AnyAsync(s => s.Id == sessionId, ct))
        {
            return NotFound();
        }

        ActionItemInput[] items = string.IsNullOrWhiteSpace(followUp) ? [] : [new ActionItemInput(Title: followUp, DueOn: followUpDueOn, Visibility: "shared")];
        var (_, errors) = await CommissionRules.AddDecisionAsync(db, sessionId, new DecisionInput(null, text, items), ct);
        return await AfterAsync(errors, ct);
    }

    public async Task<IActionResult> OnPostProtocolAsync(int sessionId, IFormFile? protocol, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        if (await db.CommissionSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct) is not { } session)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        if (protocol is null || protocol.Length == 0)
        {
            errors.Add("protocol", "choose the protocol file.");
        }
        else if (protocol.Length > Attachment.MaxLength)
        {
            errors.Add("protocol", "the file is larger than the limit of {0} MiB.", AttachmentRules.MaxMebibytes);
        }
        else if (!s_protocolTypes.Contains(protocol.ContentType))
        {
            errors.Add("protocol", "the protocol must be a PDF or DOCX file.");
        }
        else
        {
            using var buffer = new MemoryStream();
            await protocol.CopyToAsync(buffer, ct);
            var (attachment, uploadErrors) = await AttachmentRules.AddAsync(db, Path.GetFileName(protocol.FileName), protocol.ContentType, "shared", buffer.ToArray(), ct);
            errors = uploadErrors;
            if (attachment is not null)
            {
                session.ProtocolAttachmentId = attachment.Id;
                await db.SaveChangesAsync(ct);
            }
        }

        return await AfterAsync(errors, ct);
    }

    private async Task<IActionResult> AfterAsync(FieldErrors errors, CancellationToken ct)
    {
        if (!errors.Any)
        {
            return RedirectToPage();
        }

        ModelState.AddFieldErrors(errors, HttpContext);

        await OnGetAsync(ct);
        return Page();
    }
}
