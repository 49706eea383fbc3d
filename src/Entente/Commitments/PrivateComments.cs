using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>Adds and lists the viewer's Party's private comments on a commitment; once written, a comment stays, like a minute.</summary>
public static class PrivateComments
{
    /// <summary>At most this many per Party and commitment: a notebook, not a chat.</summary>
    public const int MaxPerCommitment = 200;

    public static async Task<(PrivateComment? Comment, FieldErrors Errors)> AddAsync(EntenteDb db, int commitmentId, PrivateCommentInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require("text", input.Text, PrivateComment.MaxLength);
        if (await db.PrivateComments.CountAsync(c => c.CommitmentId == commitmentId && c.OwnerPartyCode == db.Viewer.PartyCode, ct) >= MaxPerCommitment)
        {
            errors.Add("text", "your Party already keeps {0} private comments on this commitment, the most there can be.", MaxPerCommitment);
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var comment = new PrivateComment
        {
            CommitmentId = commitmentId,
            OwnerPartyCode = db.Viewer.PartyCode!,
            Text = input.Text!.Trim(),
            WrittenAt = db.Time.GetUtcNow(),
            WrittenBy = db.Viewer.Actor,
        };
        db.PrivateComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return (comment, errors);
    }

    /// <summary>The viewer's Party's comments on a commitment, newest first (the other Party's never pass the access filter).</summary>
    public static async Task<List<PrivateCommentView>> ListAsync(EntenteDb db, int commitmentId, CancellationToken ct) =>
        [.. (await db.PrivateComments.AsNoTracking().Where(c => c.CommitmentId == commitmentId).ToListAsync(ct))
            .OrderByDescending(c => c.WrittenAt).ThenByDescending(c => c.Id).Select(ToView)];

    public static PrivateCommentView ToView(PrivateComment c) => new(c.Id, c.OwnerPartyCode, c.Text, c.WrittenAt, c.WrittenBy);
}
