using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Conflicts;

/// <summary>Marking a conflict resolved: a note saying why is required; who and when are recorded (and audited).</summary>
public static class ConflictRules
{
    public const int NoteLength = 2000;

    /// <summary>Null when there is no such conflict; otherwise the errors (none when it was saved).</summary>
    public static async Task<FieldErrors?> ResolveAsync(EntenteDb db, int id, string? note, CancellationToken ct)
    {
        if (await db.Conflicts.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } conflict)
        {
            return null;
        }

        var errors = new FieldErrors();
        errors.Require("note", note, NoteLength);
        if (errors.Any)
        {
            return errors;
        }

        conflict.ResolutionNote = note!.Trim();
        conflict.ResolvedAt = db.Time.GetUtcNow();
        conflict.ResolvedBy = db.Viewer.Actor;
        await db.SaveChangesAsync(ct);
        return errors;
    }
}
