using System.Globalization;
using Entente.Agreements;
using Entente.Storage;
using Entente.Text.Vocabulary;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>A search as asked over HTTP, on the page or on the command line: every field as typed.</summary>
public sealed record SearchRequest(
    string? Q, string? Sphere = null, string? Kind = null, string? Party = null, string? Agreement = null,
    string? From = null, string? To = null, string? Limit = null);

/// <summary>A checked search: the query's terms and the filters, each known to exist.</summary>
public sealed record SearchCriteria(
    string Query, IReadOnlyList<string> Terms, string? Sphere, string? RecordType, string? Kind, string? Party,
    int? AgreementId, DateOnly? From, DateOnly? To, int Limit)
{
    /// <summary>Whether any filter narrows the search beyond the words.</summary>
    public bool HasFilters => Sphere is not null || RecordType is not null || Kind is not null || Party is not null
        || AgreementId is not null || From is not null || To is not null;

    /// <summary>Everything that decides the answer, as one string (for keeping answers).</summary>
    public string Key => string.Join(
        '\u001f', Query, Sphere, RecordType, Kind, Party, AgreementId?.ToString(CultureInfo.InvariantCulture),
        From?.ToString("O", CultureInfo.InvariantCulture), To?.ToString("O", CultureInfo.InvariantCulture), Limit.ToString(CultureInfo.InvariantCulture));

    public const int MaxQueryLength = 200;
    public const int MaxTerms = 12;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Checks <paramref name="request"/>, recording every problem in <paramref name="errors"/>; null when there is one.</summary>
    public static async Task<SearchCriteria?> ParseAsync(EntenteDb db, SearchRequest request, FieldErrors errors, CancellationToken ct)
    {
        var query = request.Q?.Trim() ?? string.Empty;
        var terms = new List<string>();
        if (query.Length == 0)
        {
            errors.Add("q", "is required: the words to search for.");
        }
        else if (query.Length > MaxQueryLength)
        {
            errors.Add("q", "must be at most {0} characters (it has {1}).", MaxQueryLength, query.Length);
        }
        else
        {
            terms = [.. new SearchAnalyzer().Tokens(query).Select(t => t.Term).Distinct(StringComparer.Ordinal)];
            if (terms.Count == 0)
            {
                errors.Add("q", "has no word to search for (only punctuation or symbols).");
            }
            else if (terms.Count > MaxTerms)
            {
                errors.Add("q", "may have at most {0} different words (it has {1}).", MaxTerms, terms.Count);
            }
        }

        var sphere = Blank(request.Sphere);
        if (sphere is not null && !Spheres.All.Any(s => s.Key == sphere))
        {
            errors.Add("sphere", "'{0}' is not one of {1}.", sphere, string.Join(", ", Spheres.All.Select(s => s.Key)));
        }

        var (recordType, kind) = ParseKind(Blank(request.Kind), errors);
        var party = Blank(request.Party)?.ToUpperInvariant();
        if (party is not null && !await db.Parties.AnyAsync(p => p.Code == party, ct))
        {
            errors.Add("party", "'{0}' is not a Party's code (one of {1}).", party, string.Join(", ", await db.Parties.Select(p => p.Code).ToListAsync(ct)));
        }

        var agreementId = await ParseAgreementAsync(db, Blank(request.Agreement), errors, ct);
        var from = ParseDate("from", request.From, errors);
        var to = ParseDate("to", request.To, errors);
        if (from > to)
        {
            errors.Add("to", "must not be before from ({0}).", from!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var limit = ParseLimit(request.Limit, errors);
        return errors.Any ? null : new SearchCriteria(query, terms, sphere, recordType, kind, party, agreementId, from, to, limit);
    }

    /// <summary>Every key the <c>kind</c> filter takes: a record type, or an agreement or document kind.</summary>
    public static IReadOnlyList<string> KindKeys { get; } = [.. SearchRecordTypes.All, .. DocumentKinds.All.Except(SearchRecordTypes.All)];

    private static (string? RecordType, string? Kind) ParseKind(string? key, FieldErrors errors)
    {
        if (key is null)
        {
            return (null, null);
        }

        if (SearchRecordTypes.All.Contains(key))
        {
            return (key, null);
        }

        if (DocumentKinds.IsKnown(key) || KebabCase.TryParse<AgreementKind>(key, out _))
        {
            return (null, key);
        }

        errors.Add("kind", "'{0}' is not one of {1}.", key, string.Join(", ", KindKeys));
        return (null, null);
    }

    private static async Task<int?> ParseAgreementAsync(EntenteDb db, string? key, FieldErrors errors, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }

        int? id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? await db.Agreements.Where(a => a.Id == number).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            : await db.Agreements.Where(a => a.Key == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            errors.Add("agreement", "'{0}' is neither the id nor the key of an agreement.", key);
        }

        return id;
    }

    private static DateOnly? ParseDate(string field, string? value, FieldErrors errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "'{0}' is not a date written yyyy-mm-dd.", text);
        return null;
    }

    private static int ParseLimit(string? value, FieldErrors errors)
    {
        if (Blank(value) is not { } text)
        {
            return DefaultLimit;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }

        errors.Add("limit", "must be a whole number from 1 to {0}.", MaxLimit);
        return DefaultLimit;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
