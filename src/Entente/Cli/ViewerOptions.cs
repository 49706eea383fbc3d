using System.CommandLine;
using Entente.Access;
using Entente.Commitments;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Cli;

/// <summary>
/// <c>--party RU</c> and <c>--user NAME</c>: whose view a report or an export is. Without either, the shared view,
/// so nothing kept to one Party or to named people leaves the database unless asked for by a member.
/// <c>--shared-only</c> makes the version of a member's report or export that is fit to send: shared records only.
/// </summary>
public sealed class ViewerOptions
{
    public Option<string?> Party { get; } = new("--party")
    {
        Description = "Write it as a member of this Party sees it (shared records and the Party's own), e.g. RU.",
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = "Write it as this user sees it (their Party's records and those they are named on).",
    };

    public Option<bool> SharedOnly { get; } = new("--shared-only")
    {
        Description = "The version fit to send: shared records only, nothing kept to a Party or to named people.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Party);
        command.Options.Add(User);
        command.Options.Add(SharedOnly);
    }

    /// <summary>The viewer asked for, narrowed to shared records when <c>--shared-only</c> is given.</summary>
    public async Task<Viewer> ResolveAsync(ParseResult parseResult, DatabaseTarget target, CancellationToken ct)
    {
        var viewer = await MemberAsync(parseResult, target, ct);
        if (parseResult.GetValue(SharedOnly))
        {
            viewer.NarrowToShared();
        }

        return viewer;
    }

    /// <summary>The member whose view it is; a usage error names an unknown Party or user.</summary>
    private async Task<Viewer> MemberAsync(ParseResult parseResult, DatabaseTarget target, CancellationToken ct)
    {
        var party = parseResult.GetValue(Party)?.Trim();
        var user = parseResult.GetValue(User)?.Trim();
        if (!string.IsNullOrEmpty(party) && !string.IsNullOrEmpty(user))
        {
            throw new EntenteException("Give --party or --user, not both: a user's Party is already known.", ExitCodes.Usage);
        }

        await using var db = EntenteDatabase.CreateContext(target);
        if (!string.IsNullOrEmpty(user))
        {
            var found = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == user, ct)
                ?? throw new EntenteException($"There is no user '{user}'.", ExitCodes.Usage);
            return Viewer.For(found);
        }

        if (!string.IsNullOrEmpty(party))
        {
            var parties = await CommitmentQueries.PartiesAsync(db, ct);
            var code = party.ToUpperInvariant();
            return parties.Contains(code, StringComparer.Ordinal)
                ? Viewer.OfParty(code)
                : throw new EntenteException($"'{party}' is not a Party of the partnership ({string.Join(", ", parties)}).", ExitCodes.Usage);
        }

        return Viewer.Anonymous();
    }
}
