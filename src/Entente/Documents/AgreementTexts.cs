using System.Globalization;
using Entente.Agreements;
using Entente.Audit;
using Entente.Parties;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>
/// Connects an ingested agreement text to the legal base: the agreement it is the text of (same kind,
/// signing date and Parties) receives the text as its version in the text's language, each recital and clause
/// aligned with the provision it is the text of; an agreement not yet known is added. A text in another language
/// adds that language's version and never touches the others.
/// </summary>
public static class AgreementTexts
{
    /// <summary>
    /// Attaches the text, when it is an agreement's, and saves; gives the match and the agreement as saved (its
    /// provisions and their words loaded, no longer tracked), so the caller can refresh what it derives from the legal
    /// base without reading it back.
    /// </summary>
    public static async Task<(AgreementMatch Match, Agreement Agreement)?> AttachAsync(EntenteDb db, SourceDocument document, AnalysedDocument analysed, CancellationToken ct)
    {
        var analysis = analysed.Analysis;
        var signedOn = analysis.SignedOn ?? analysis.Date;
        if (!DocumentKinds.AgreementKinds.Contains(analysis.Kind)
            || !KebabCase.TryParse<AgreementKind>(analysis.Kind, out var kind)
            || signedOn is null
            || analysis.Parties.Count == 0)
        {
            return null;
        }

        var parties = analysis.Parties.Order(StringComparer.Ordinal).ToList();
        var candidates = await db.Agreements
            .Include(a => a.Parties)
            .Include(a => a.Provisions).ThenInclude(p => p.Texts)
            .Include(a => a.Versions)
            .Where(a => a.Kind == kind && a.SignedOn == signedOn)
            .AsSplitQuery()
            .ToListAsync(ct);
        var agreement = candidates.SingleOrDefault(a => a.Parties.Select(p => p.PartyCode).Order(StringComparer.Ordinal).SequenceEqual(parties));
        var created = agreement is null;
        if (agreement is null)
        {
            await EnsurePartiesAsync(db, parties, ct);
            var title = analysis.Title ?? $"{KebabCase.ToKey(kind)} of {signedOn:yyyy-MM-dd}";
            agreement = new Agreement
            {
                Key = await UniqueKeyAsync(db, KeyOf(kind, signedOn.Value, parties), ct),
                Kind = kind,
                Title = new LocalizedText { En = Truncate(title, 1000) },
                ShortTitle = new LocalizedText { En = Truncate(title, 120) },
                SignedOn = signedOn,
                SigningPlace = (analysis.SigningPlace ?? analysis.Place) is { } place ? Truncate(place, 256) : null,
                Status = AgreementStatus.Unknown,
                Parties = [.. parties.Select(code => new AgreementParty { PartyCode = code })],
            };
            db.Agreements.Add(agreement);
        }

        var language = LanguageOf(analysis);
        AddVersion(agreement, language, document.Id);
        FillProvisions(agreement, analysis.Structure, language);

        // Provisions the record lacked are taken out of the tracked graph and written in bulk once the agreement has
        // its key (a treaty has hundreds); the caller's deferred re-index sees them, as the save and they share its transaction.
        var added = agreement.Provisions.Where(p => p.Id == 0).ToList();
        agreement.Provisions.RemoveAll(p => p.Id == 0);
        db.PendingAct = ReadFromDocument(db, agreement, document, added);
        await db.SaveChangesAsync(ct);
        LetGoOfTheLegalBase(db);
        await AddProvisionsAsync(db, agreement, added, ct);
        return (new AgreementMatch(agreement.Id, agreement.ShortTitle.En, created), agreement);
    }

    /// <summary>Writes the agreement's new provisions and their texts, and puts them in its list (untracked, as the agreement now is).</summary>
    private static async Task AddProvisionsAsync(EntenteDb db, Agreement agreement, List<Provision> added, CancellationToken ct)
    {
        if (added.Count == 0)
        {
            return;
        }

        foreach (var provision in added)
        {
            provision.AgreementId = agreement.Id;
        }

        await BulkInsert.InsertAsync(db, added, ct);
        var texts = new List<ProvisionText>();
        foreach (var provision in added)
        {
            foreach (var text in provision.Texts)
            {
                text.ProvisionId = provision.Id;
                texts.Add(text);
            }
        }

        await BulkInsert.InsertAsync(db, texts, ct);
        agreement.Provisions.AddRange(added);
    }

    /// <summary>
    /// Lets go of the agreement's saved records (and of the candidates read to find it): the document's later saves
    /// would otherwise compare every one of its hundreds of clauses and texts with their snapshots again.
    /// </summary>
    private static void LetGoOfTheLegalBase(EntenteDb db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Agreement or AgreementParty or AgreementVersion or Provision or ProvisionText or Party).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// The trail's one entry for the provisions this save reads from the document (the tracked ones changed, and
    /// <paramref name="added"/>, written after it): their words are the document's (named in the trail by its SHA-256),
    /// so the act names the document and counts, instead of an entry per clause.
    /// </summary>
    private static AuditAct? ReadFromDocument(EntenteDb db, Agreement agreement, SourceDocument document, List<Provision> added)
    {
        // One pass over the tracked entries (each Entries() call detects changes in every tracked entity again).
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var provisions = changed.Count(e => e.Entity is Provision) + added.Count;
        var texts = changed.Count(e => e.Entity is ProvisionText) + added.Sum(p => p.Texts.Count);
        return provisions + texts == 0
            ? null
            : new AuditAct(
                new HashSet<Type> { typeof(Provision), typeof(ProvisionText) }, "read-from-text", nameof(Agreement),
                () => agreement.Id.ToString(CultureInfo.InvariantCulture),
                new Dictionary<string, int>(StringComparer.Ordinal)
                {
                    [nameof(AgreementVersion.SourceDocumentId)] = document.Id,
                    ["ProvisionsChanged"] = provisions,
                    ["ProvisionTextsChanged"] = texts,
                });
    }

    // A text whose language could not be told is taken for English, the language the pipeline reads best.
    private static string LanguageOf(DocumentAnalysis analysis) =>
        analysis.Language is { Length: 2 } language ? language : "en";

    /// <summary>The agreement's version in <paramref name="language"/> now comes from <paramref name="documentId"/>.</summary>
    private static void AddVersion(Agreement agreement, string language, int documentId)
    {
        var version = agreement.Versions.FirstOrDefault(v => v.Language == language);
        if (version is null)
        {
            version = new AgreementVersion { Language = language };
            agreement.Versions.Add(version);
        }

        version.Authentic = agreement.AuthenticLanguages.Contains(language);
        version.SourceDocumentId = documentId;
    }

    /// <summary>
    /// Puts the text of each recital, clause and closing into the matching provision's entry for
    /// <paramref name="language"/> (by order for recitals, by number for clauses), keeping any summary and
    /// every other language's words; adds provisions the record lacked.
    /// </summary>
    private static void FillProvisions(Agreement agreement, DocumentStructure structure, string language)
    {
        var order = agreement.Provisions.Count == 0 ? 0 : agreement.Provisions.Max(p => p.Order);
        Provision Find(ProvisionPart part, string? number, int index)
        {
            var existing = part == ProvisionPart.Operative
                ? agreement.Provisions.FirstOrDefault(p => p.Part == part && p.Number == number)
                : agreement.Provisions.Where(p => p.Part == part).OrderBy(p => p.Order).ElementAtOrDefault(index);
            if (existing is not null)
            {
                return existing;
            }

            var added = new Provision { Part = part, Number = number, Order = ++order };
            agreement.Provisions.Add(added);
            return added;
        }

        for (var i = 0; i < structure.Preamble.Count; i++)
        {
            ProvisionLanguages.Entry(Find(ProvisionPart.Preamble, null, i), language).Text = structure.Preamble[i].Text;
        }

        foreach (var clause in structure.Clauses)
        {
            var provision = Find(ProvisionPart.Operative, clause.Number, 0);
            ProvisionLanguages.Entry(provision, language).Text = clause.Text;
            if (provision.Spheres.Count == 0)
            {
                provision.Spheres = [.. clause.Spheres];
            }

            provision.Modality ??= clause.Modality;
        }

        if (structure.Closing is { } closing)
        {
            ProvisionLanguages.Entry(Find(ProvisionPart.Closing, null, 0), language).Text = closing.Text;
        }
    }

    private static async Task EnsurePartiesAsync(EntenteDb db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var known = await db.Parties.Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct);
        foreach (var code in codes.Except(known, StringComparer.Ordinal))
        {
            db.Parties.Add(new Party
            {
                Code = code,
                Kind = PartyKind.State,
                Name = new LocalizedText { En = CountryTable.EnglishName(code) ?? code },
            });
        }
    }

    /// <summary>Keys are cut to this length, so that a "-N" making one unique still fits the column (128).</summary>
    internal const int MaxKeyLength = 120;

    /// <summary>
    /// The key of an agreement added from its text: kind, signing date and Parties ("treaty-2022-02-22-az-ru"); an
    /// agreement of many Parties (a union's with its members) is cut after as many Parties as fit.
    /// </summary>
    internal static string KeyOf(AgreementKind kind, DateOnly signedOn, IReadOnlyList<string> parties)
    {
        var key = $"{KebabCase.ToKey(kind)}-{signedOn:yyyy-MM-dd}-{string.Join('-', parties).ToLowerInvariant()}";
        return key.Length <= MaxKeyLength ? key : key[..(key.LastIndexOf('-', MaxKeyLength) is > 0 and var cut ? cut : MaxKeyLength)];
    }

    private static async Task<string> UniqueKeyAsync(EntenteDb db, string key, CancellationToken ct)
    {
        var candidate = key;
        for (var n = 2; await db.Agreements.AnyAsync(a => a.Key == candidate, ct); n++)
        {
            candidate = $"{key}-{n}";
        }

        return candidate;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>The agreement an ingested text belongs to, and whether it was added for it.</summary>
public sealed record AgreementMatch(int AgreementId, string ShortTitle, bool Created);
