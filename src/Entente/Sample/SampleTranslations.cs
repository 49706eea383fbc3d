using Entente.Agreements;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Sample;

/// <summary>
/// Brings a database loaded from an older sample up to the sample's languages: a name, title, description or
/// provision summary that is stored without a language the sample has gets it. What is already written in a
/// language (the sample's or someone's edit) is never replaced.
/// </summary>
public static class SampleTranslations
{
    public static async Task<int> AddMissingAsync(EntenteDb db, SampleFile sample, CancellationToken ct)
    {
        var added = 0;
        void Fill(LocalizedText? stored, SampleText written, Action<LocalizedText> set)
        {
            if (stored is null)
            {
                return;
            }

            var filled = stored with
            {
                Ru = string.IsNullOrWhiteSpace(stored.Ru) ? written.Ru : stored.Ru,
                Az = string.IsNullOrWhiteSpace(stored.Az) ? written.Az : stored.Az,
            };
            if (filled != stored)
            {
                set(filled);
                added++;
            }
        }

        var parties = await db.Parties.ToDictionaryAsync(p => p.Code, ct);
        foreach (var item in sample.Parties.Where(p => parties.ContainsKey(p.Code)))
        {
            var party = parties[item.Code];
            Fill(party.Name, item.Name, t => party.Name = t);
        }

        var bodies = await db.Bodies.ToDictionaryAsync(b => b.Key, ct);
        foreach (var item in sample.Bodies.Where(b => bodies.ContainsKey(b.Key)))
        {
            var body = bodies[item.Key];
            Fill(body.Name, item.Name, t => body.Name = t);
        }

        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Key, ct);
        foreach (var item in sample.Indicators.Where(i => indicators.ContainsKey(i.Key)))
        {
            var indicator = indicators[item.Key];
            Fill(indicator.Name, item.Name, t => indicator.Name = t);
            if (item.Description is { } description)
            {
                Fill(indicator.Description, description, t => indicator.Description = t);
            }
        }

        var keys = sample.Agreements.Select(a => a.Key).ToList();
        var agreements = await db.Agreements.Where(a => keys.Contains(a.Key))
            .Include(a => a.Provisions).ThenInclude(p => p.Texts).Include(a => a.Roadmaps)
            .AsSplitQuery().ToDictionaryAsync(a => a.Key, ct);
        foreach (var item in sample.Agreements.Where(a => agreements.ContainsKey(a.Key)))
        {
            var agreement = agreements[item.Key];
            Fill(agreement.Title, item.Title, t => agreement.Title = t);
            Fill(agreement.ShortTitle, item.ShortTitle, t => agreement.ShortTitle = t);
            foreach (var roadmap in item.Roadmaps)
            {
                if (agreement.Roadmaps.FirstOrDefault(r => r.Number == roadmap.Number) is { } stored)
                {
                    Fill(stored.Title, roadmap.Title, t => stored.Title = t);
                }
            }

            added += AddSummaries(agreement, item);
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    // Provisions are matched as the ingestion of a text matches them: clauses by number, recitals and the closing by position.
    private static int AddSummaries(Agreement agreement, SampleAgreement item)
    {
        var added = 0;
        foreach (var group in item.Provisions.GroupBy(p => p.Part))
        {
            var part = KebabCase.Parse<ProvisionPart>(group.Key);
            var stored = agreement.Provisions.Where(p => p.Part == part).OrderBy(p => p.Order).ToList();
            var index = 0;
            foreach (var provision in group)
            {
                var match = part == ProvisionPart.Operative
                    ? stored.FirstOrDefault(p => p.Number == provision.Number)
                    : stored.ElementAtOrDefault(index);
                index++;
                foreach (var (language, summary) in provision.Summary?.Written() ?? [])
                {
                    if (match is not null && string.IsNullOrWhiteSpace(ProvisionLanguages.Entry(match, language).Summary))
                    {
                        ProvisionLanguages.Entry(match, language).Summary = summary;
                        added++;
                    }
                }
            }
        }

        return added;
    }
}
