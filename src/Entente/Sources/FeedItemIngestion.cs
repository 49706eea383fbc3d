using Entente.Documents;
using Entente.Storage;
using Entente.Text.Pipeline;
using Entente.Text.Reading;

namespace Entente.Sources;

/// <summary>
/// The one place a watched item's page enters the analyse-and-store path, with what the feed says of it as hints: its
/// address becomes the document's source, its headline the title, its publication date the document's date. The store
/// fingerprints it and marks it when it is a syndicated copy of an earlier one, as it does every document.
/// </summary>
/// <remarks>One item at a time through <see cref="DocumentStore"/>, which stores the hints with the document.</remarks>
public static class FeedItemIngestion
{
    public static async Task<IngestOutcome> IngestAsync(EntenteDb db, TimeProvider clock, FeedPage page, CancellationToken ct)
    {
        var input = new DocumentInput(page.Url, page.Bytes, page.MediaType)
        {
            Hints = new DocumentHints
            {
                Title = page.Title,
                // The date the outlet gives, in its own time zone: the day its readers saw.
                Date = page.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
            },
        };
        return await new DocumentStore(db, DocumentPipeline.Default, clock).StoreAsync(input, ct);
    }
}

/// <summary>A fetched page of a feed item, with the feed's address, headline and date for it.</summary>
public sealed record FeedPage(string Url, byte[] Bytes, string? MediaType, string? Title, DateTimeOffset? Published);
