using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Agreements;

/// <summary>One operative clause as people write it: <c>agreement-key#number</c>, with its summary for a picker.</summary>
public sealed record ClauseReference(int Id, int AgreementId, string AgreementKey, string Number, string? Summary)
{
    public string Written => $"{AgreementKey}#{Number}";
}

/// <summary>
/// The operative clauses of the legal base, read as people write them: <c>6</c> (the clause numbered 6, when one
/// agreement has such a clause) or <c>ru-az-allied-interaction-2022#6</c>. The one reader of clause references for
/// forms, the API and CSV import; the stored ids never reach a person.
/// </summary>
public sealed class ClauseReferences
{
    private readonly Dictionary<string, ClauseReference> _byWritten;
    private readonly ILookup<string, ClauseReference> _byNumber;
    private readonly Dictionary<int, ClauseReference> _byId;

    private ClauseReferences(List<ClauseReference> clauses)
    {
        All = clauses;
        _byWritten = clauses.ToDictionary(c => c.Written, StringComparer.OrdinalIgnoreCase);
        _byNumber = clauses.ToLookup(c => c.Number, StringComparer.Ordinal);
        _byId = clauses.ToDictionary(c => c.Id);
    }

    /// <summary>Every operative clause, by agreement and then in the order of its text.</summary>
    public IReadOnlyList<ClauseReference> All { get; }

    /// <summary>Every operative clause, each with its summary in the reader's language (else English).</summary>
    public static async Task<ClauseReferences> LoadAsync(EntenteDb db, CancellationToken ct)
    {
        var language = Web.Localization.Language;
        var rows = await db.Provisions.AsNoTracking()
            .Where(p => p.Part == ProvisionPart.Operative && p.Number != null)
            .Join(db.Agreements, p => p.AgreementId, a => a.Id, (p, a) => new { p.Id, p.AgreementId, a.Key, a.SignedOn, p.Number, p.Texts, p.Order })
            .OrderByDescending(p => p.SignedOn).ThenBy(p => p.Key).ThenBy(p => p.Order)
            .ToListAsync(ct);
        return new([.. rows.Select(p => new ClauseReference(p.Id, p.AgreementId, p.Key, p.Number!, ProvisionLanguages.Summary(p.Texts, language)))]);
    }

    /// <summary>The clause written <c>agreement-key#number</c>, or the clause of that number when only one agreement has one.</summary>
    public ClauseReference? Find(string written)
    {
        var text = written.Trim();
        if (_byWritten.TryGetValue(text, out var clause))
        {
            return clause;
        }

        var numbered = _byNumber[text].ToList();
        return numbered.Count == 1 ? numbered[0] : null;
    }

    /// <summary>How a stored clause id is written (<c>agreement-key#number</c>); an id that is no longer a clause as its number.</summary>
    public string Write(int id) => _byId.TryGetValue(id, out var clause) ? clause.Written : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The shortest unambiguous form: the number alone when only one agreement has a clause of that number.</summary>
    public string Short(int id) =>
        _byId.TryGetValue(id, out var clause) && _byNumber[clause.Number].Count() == 1 ? clause.Number : Write(id);

    public ClauseReference? Of(int id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads references separated by commas or semicolons; each one that is not a clause is an error on <paramref name="field"/>.</summary>
    public List<int> Read(IEnumerable<string>? written, FieldErrors errors, string field)
    {
        var ids = new List<int>();
        foreach (var reference in (written ?? []).SelectMany(w => w.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Find(reference) is { } clause)
            {
                ids.Add(clause.Id);
            }
            else if (_byNumber[reference].Count() > 1)
            {
                errors.Add(field, "several agreements have a clause {0}; write agreement-key#number, e.g. {1}.", reference, _byNumber[reference].First().Written);
            }
            else
            {
                errors.Add(field, "'{0}' is not an operative clause; write its number or agreement-key#number, e.g. {1}.", reference, All.FirstOrDefault()?.Written ?? "key#1");
            }
        }

        return [.. ids.Distinct()];
    }
}

/// <summary>What the clause field of a form shows: its id and name, label, current value and the clauses to choose from.</summary>
public sealed record ClausePicker(string Id, string Name, string Label, string? Value, ClauseReferences Clauses)
{
    public IReadOnlyList<ClauseReference> Choices => Clauses.All;

    public string Short(ClauseReference clause) => Clauses.Short(clause.Id);
}

/// <summary>Clauses to show as links, each written in its shortest unambiguous form.</summary>
public sealed record ClauseLinks(IReadOnlyList<int> Ids, ClauseReferences Clauses);
