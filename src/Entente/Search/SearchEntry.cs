using Entente.Access;

namespace Entente.Search;

/// <summary>
/// One searchable record as the search index holds it: the words it is found by, already reduced to their
/// terms (<see cref="SearchAnalyzer"/>), what the filters look at, and the text snippets are cut from.
/// It is derived data, rewritten in the same transaction as the record it stands for (<see cref="SearchIndexer"/>).
/// </summary>
public sealed class SearchEntry
{
    public int Id { get; set; }

    /// <summary>One of <see cref="SearchRecordTypes"/>.</summary>
    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>The agreement kind (for agreements and their clauses), the document kind, or the consultation kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Where the record is read: its page, or its API address when it has no page.</summary>
    public required string Url { get; set; }

    public required string Title { get; set; }

    /// <summary>The text snippets are cut from (the record's own words, not its terms).</summary>
    public required string Body { get; set; }

    /// <summary>Terms of the title, which weigh more in the ranking.</summary>
    public required string TitleTerms { get; set; }

    public required string BodyTerms { get; set; }

    /// <summary>The date the record is filtered by: signing, document date, due date or request date.</summary>
    public DateOnly? On { get; set; }

    /// <summary>Sphere keys as <c>|energy|transport-transit|</c>, so one LIKE finds a key on any database.</summary>
    public string Spheres { get; set; } = "|";

    /// <summary>Party codes as <c>|RU|AZ|</c>.</summary>
    public string Parties { get; set; } = "|";

    /// <summary>Ids of the agreements the record belongs to or serves, as <c>|3|12|</c>.</summary>
    public string Agreements { get; set; } = "|";

    /// <summary>Copied from the record so the table reads on its own; access is decided by the record's own filtered set.</summary>
    public Visibility Visibility { get; set; }

    public static string Join(IEnumerable<string> values)
    {
        var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? "|" : "|" + string.Join('|', distinct) + "|";
    }

    public static string Join(IEnumerable<int> values) =>
        Join(values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>The kinds of record the search covers, as the <c>kind</c> filter and results name them.</summary>
public static class SearchRecordTypes
{
    public const string Agreement = "agreement";
    public const string Clause = "clause";
    public const string Document = "document";
    public const string ActionItem = "action-item";
    public const string Consultation = "consultation";

    public static IReadOnlyList<string> All { get; } = [Agreement, Clause, Document, ActionItem, Consultation];

    /// <summary>What anonymous visitors may find: the public legal base and the stored documents.</summary>
    public static IReadOnlyList<string> Public { get; } = [Agreement, Clause, Document];
}
