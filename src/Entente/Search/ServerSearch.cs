using Entente.Storage;

namespace Entente.Search;

/// <summary>
/// The search as the web serves it (page and API): ranked from the server's in-memory index, and, for anonymous
/// visitors — who all get the same answer to the same question — kept per data version like the legal base's reads,
/// so a popular public search costs one key lookup until the next write.
/// </summary>
public sealed class ServerSearch(SearchReplica replica)
{
    /// <summary>A page of results is a few kilobytes; a thousand kept answers stay within a few megabytes.</summary>
    private readonly VersionedReadCache _publicAnswers = new(maximumEntries: 1_000);

    public async Task<SearchResults> SearchAsync(EntenteDb db, SearchCriteria criteria, CancellationToken ct)
    {
        if (!SearchService.FindsOnlyPublic(db.Viewer))
        {
            // Signed-in users also find their Party's records: their answers are not shared.
            return await SearchService.SearchAsync(db, criteria, ct, replica);
        }

        var kept = await _publicAnswers.GetAsync(db, criteria.Key, async (read, token) => await SearchService.SearchAsync(read, criteria, token, replica), ct);
        return kept!;
    }
}
