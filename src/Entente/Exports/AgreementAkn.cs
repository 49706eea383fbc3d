using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Entente.Agreements;
using Entente.Storage;
using Entente.Text;
using Entente.Text.AkomaNtoso;
using Entente.Text.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Entente.Exports;

/// <summary>
/// An agreement of the legal base as Akoma Ntoso, through the text pipeline's exporter: its recitals and clauses
/// (their texts once ingested, else Entente's one-sentence summaries) in every language it has, kind, date and Parties.
/// </summary>
public static class AgreementAkn
{
    public static async Task<XDocument?> ExportAsync(EntenteDb db, int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Versions).ThenInclude(v => v.SourceDocument)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return null;
        }

        var provisions = await db.Provisions.AsNoTracking().Include(p => p.Texts).Where(p => p.AgreementId == id).OrderBy(p => p.Order).ToListAsync(ct);
        return AkomaNtosoVersions.Export([.. Languages(agreement).Select(language =>
            ToAnalysis(agreement, provisions, language, agreement.Versions.FirstOrDefault(v => v.Language == language)?.SourceDocument?.Sha256))]);
    }

    /// <summary>
    /// One expression per version (authentic ones first); an agreement whose text was never ingested is exported
    /// once, from its English summaries.
    /// </summary>
    private static List<string> Languages(Agreement agreement) =>
        agreement.Versions.Count == 0
            ? [ProvisionLanguages.Fallback]
            : [.. agreement.Versions.OrderByDescending(v => v.Authentic).ThenBy(v => v.Language, StringComparer.Ordinal).Select(v => v.Language)];

    /// <summary>
    /// The agreement as the exporter's input. Offsets are laid out as if the passages were written one after another,
    /// which is all the exporter uses them for (where a clause's own text starts).
    /// </summary>
    public static DocumentAnalysis ToAnalysis(Agreement agreement, IReadOnlyList<Provision> provisions, string language, string? textSha256)
    {
        string? Words(Provision p) => p.Texts.FirstOrDefault(t => t.Language == language) is { } entry && ProvisionLanguages.Words(entry) is { } words
            && !string.IsNullOrWhiteSpace(words) ? words.Trim() : null;

        var offset = 0;
        TextSpan Next(string text)
        {
            var span = TextSpan.FromLength(offset, text.Length);
            offset += text.Length + 1;
            return span;
        }

        var recitals = provisions.Where(p => p.Part == ProvisionPart.Preamble && Words(p) is not null)
            .Select(p => Words(p)!).Select(text => new TextPassage(text, Next(text))).ToList();
        var clauses = provisions.Where(p => p.Part == ProvisionPart.Operative && Words(p) is not null).Select((p, i) =>
        {
            var text = Words(p)!;
            return new Clause { Number = p.Number ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Text = text, Span = Next(text), Spheres = p.Spheres, Modality = p.Modality };
        }).ToList();
        var closing = provisions.FirstOrDefault(p => p.Part == ProvisionPart.Closing && Words(p) is not null) is { } last
            ? new TextPassage(Words(last)!, Next(Words(last)!))
            : null;

        return new DocumentAnalysis
        {
            Source = $"entente:agreements/{agreement.Key}",
            // The stored text's hash when there is one; otherwise a stable hash of the key, so the FRBR names never change.
            Sha256 = textSha256 ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(agreement.Key))),
            Language = language,
            Kind = KebabCase.ToKey(agreement.Kind),
            Title = agreement.Title.In(language),
            Date = agreement.SignedOn,
            Place = agreement.SigningPlace,
            Parties = [.. agreement.Parties.Select(p => p.PartyCode)],
            SignedOn = agreement.SignedOn,
            SigningPlace = agreement.SigningPlace,
            Structure = new DocumentStructure { Preamble = recitals, Clauses = clauses, Closing = closing },
        };
    }
}
