using System.Text.Json;
using Entente.Agreements;
using Entente.Bodies;
using Entente.Commission;
using Entente.Commitments;
using Entente.Indicators;
using Entente.Intelligence.Profiles;
using Entente.Parties;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Sample;

/// <summary>
/// Loads a sample file into a database in one transaction. Records are matched by their stable keys,
/// so loading the same sample again adds nothing.
/// </summary>
public static class SampleLoader
{
    /// <summary>The built-in Russia–Azerbaijan sample, embedded in the program.</summary>
    public const string BuiltInResource = "ru-az.sample.json";

    public static SampleFile ReadBuiltIn()
    {
        var assembly = typeof(SampleLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(BuiltInResource, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in sample {name} is missing from the program.");
        return Read(stream, BuiltInResource);
    }

    public static SampleFile Read(Stream json, string name)
    {
        try
        {
            var sample = JsonSerializer.Deserialize<SampleFile>(json, SampleFile.JsonOptions)
                ?? throw new EntenteException($"The sample {name} is empty.");
            SampleValidator.ThrowIfInvalid(sample, name);
            return sample;
        }
        catch (JsonException e)
        {
            throw new EntenteException($"The sample {name} is not valid: {e.Message}", inner: e);
        }
    }

    public static Task<SampleLoadResult> LoadAsync(EntenteDb db, CancellationToken cancellationToken) =>
        LoadAsync(db, ReadBuiltIn(), cancellationToken);

    public static async Task<SampleLoadResult> LoadAsync(EntenteDb db, SampleFile sample, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await AddMissingAsync(db, sample, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    private static async Task<SampleLoadResult> AddMissingAsync(EntenteDb db, SampleFile sample, CancellationToken ct)
    {
        var result = new SampleLoadResult();

        var knownParties = await db.Parties.Select(p => p.Code).ToHashSetAsync(ct);
        foreach (var party in sample.Parties.Where(p => !knownParties.Contains(p.Code)))
        {
            db.Parties.Add(new Party { Code = party.Code, Kind = KebabCase.Parse<PartyKind>(party.Kind), Name = ToText(party.Name) });
            result.Parties++;
        }

        if (!await db.Partnerships.AnyAsync(p => p.Key == sample.Partnership.Key, ct))
        {
            db.Partnerships.Add(new Partnership
            {
                Key = sample.Partnership.Key,
                Name = ToText(sample.Partnership.Name),
                PartyCodes = [.. sample.Partnership.Parties],
            });
            result.Partnerships++;
        }

        await db.SaveChangesAsync(ct);

        var agreements = await db.Agreements.ToDictionaryAsync(a => a.Key, ct);
        foreach (var item in sample.Agreements.Where(a => !agreements.ContainsKey(a.Key)))
        {
            var agreement = ToAgreement(item);
            db.Agreements.Add(agreement);
            agreements[item.Key] = agreement;
            result.Agreements++;
            result.Provisions += agreement.Provisions.Count;
        }

        await db.SaveChangesAsync(ct);

        var relations = await db.AgreementRelations
            .Select(r => new { r.FromAgreementId, r.ToAgreementId, r.Kind })
            .ToListAsync(ct);
        var existing = relations.Select(r => (r.FromAgreementId, r.ToAgreementId, r.Kind)).ToHashSet();
        foreach (var item in sample.Agreements)
        {
            foreach (var relation in item.Relations)
            {
                var key = (agreements[item.Key].Id, agreements[relation.Target].Id, KebabCase.Parse<RelationKind>(relation.Kind));
                if (existing.Add(key))
                {
                    db.AgreementRelations.Add(new AgreementRelation
                    {
                        FromAgreementId = key.Item1,
                        ToAgreementId = key.Item2,
                        Kind = key.Item3,
                        Note = relation.Note,
                    });
                    result.Relations++;
                }
            }
        }

        var indicators = await db.Indicators.Select(i => i.Key).ToHashSetAsync(ct);
        foreach (var indicator in sample.Indicators.Where(i => !indicators.Contains(i.Key)))
        {
            db.Indicators.Add(new Indicator
            {
                Key = indicator.Key,
                Name = ToText(indicator.Name),
                Unit = indicator.Unit,
                Description = indicator.Description is { } description ? ToText(description) : null,
            });
            result.Indicators++;
        }

        await db.SaveChangesAsync(ct);

        var observations = (await db.Observations
            .Where(o => o.Citation != null)
            .Select(o => new { o.IndicatorKey, o.PeriodStart, o.PeriodEnd, o.Value, o.Citation!.Document })
            .ToListAsync(ct))
            .Select(o => (o.IndicatorKey, o.PeriodStart, o.PeriodEnd, o.Value, o.Document))
            .ToHashSet();
        foreach (var item in sample.Observations)
        {
            if (observations.Add((item.Indicator, item.PeriodStart, item.PeriodEnd, item.Value, item.Citation.Document)))
            {
                db.Observations.Add(new Observation
                {
                    IndicatorKey = item.Indicator,
                    Value = item.Value,
                    Unit = item.Unit,
                    PeriodStart = item.PeriodStart,
                    PeriodEnd = item.PeriodEnd,
                    PeriodPrecision = Text.Series.PeriodPrecision.Of(new Text.Analysis.Period(item.PeriodStart, item.PeriodEnd)),
                    Qualifier = item.Qualifier,
                    Citation = new Citation
                    {
                        Document = item.Citation.Document,
                        Description = item.Citation.Description,
                        Speaker = item.Citation.Speaker,
                        StatedOn = item.Citation.StatedOn,
                    },
                    Note = item.Note,
                });
                result.Observations++;
            }
        }

        var bodies = await db.Bodies.Select(b => b.Key).ToHashSetAsync(ct);
        foreach (var body in sample.Bodies.Where(b => !bodies.Contains(b.Key)))
        {
            db.Bodies.Add(new Body { Key = body.Key, PartyCode = body.Party, Kind = KebabCase.Parse<BodyKind>(body.Kind), Name = ToText(body.Name) });
            result.Bodies++;
        }

        var sessions = await db.CommissionSessions.Select(s => s.Number).ToHashSetAsync(ct);
        foreach (var session in sample.CommissionSessions.Where(s => !sessions.Contains(s.Number)))
        {
            db.CommissionSessions.Add(new CommissionSession
            {
                Number = session.Number,
                HeldOn = session.HeldOn,
                Place = session.Place,
                CoChairs = [.. (session.CoChairs ?? []).Select(c => new CommissionCoChair { PartyCode = c.Party, Name = c.Name, Office = c.Office })],
            });
            result.CommissionSessions++;
        }

        await db.SaveChangesAsync(ct);
        result.Profiles = await AddMissingProfilesAsync(db, sample, agreements, ct);
        result.Translations = await SampleTranslations.AddMissingAsync(db, sample, ct);
        result.Commitments = await CommitmentSeeder.AddMissingAsync(db, ct);
        return result;
    }

    // A profile an administrator already has (edited or not) is kept as it is.
    private static async Task<int> AddMissingProfilesAsync(EntenteDb db, SampleFile sample, Dictionary<string, Agreement> agreements, CancellationToken ct)
    {
        var known = (await db.ClauseProfiles.Select(p => new { p.AgreementId, p.Clause }).ToListAsync(ct))
            .Select(p => (p.AgreementId, p.Clause)).ToHashSet();
        var added = 0;
        foreach (var profile in sample.Profiles)
        {
            var agreementId = agreements[profile.Agreement].Id;
            if (known.Add((agreementId, profile.Clause)))
            {
                db.ClauseProfiles.Add(new ClauseProfile
                {
                    AgreementId = agreementId,
                    Clause = profile.Clause,
                    Names = profile.Names ?? new Dictionary<string, IReadOnlyList<string>>(),
                    Terms = profile.Terms ?? new Dictionary<string, IReadOnlyList<string>>(),
                    BetweenPartiesOnly = profile.BetweenPartiesOnly,
                    PartOf = profile.PartOf,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static Agreement ToAgreement(SampleAgreement item)
    {
        var order = 0;
        return new Agreement
        {
            Key = item.Key,
            Kind = KebabCase.Parse<AgreementKind>(item.Kind),
            Title = ToText(item.Title),
            ShortTitle = ToText(item.ShortTitle),
            SignedOn = item.SignedOn,
            SigningPlace = item.SigningPlace,
            Status = KebabCase.Parse<AgreementStatus>(item.Status),
            AuthenticLanguages = [.. item.AuthenticLanguages],
            Summary = item.Summary,
            Note = item.Note,
            Parties = [.. item.Parties.Select(code => new AgreementParty { PartyCode = code })],
            Provisions = [.. item.Provisions.Select(p => new Provision
            {
                Part = KebabCase.Parse<ProvisionPart>(p.Part),
                Number = p.Number,
                Order = ++order,
                Texts = [.. (p.Summary?.Written() ?? []).Select(t => new ProvisionText { Language = t.Language, Summary = t.Text })],
                Spheres = [.. p.Spheres],
                Modality = p.Modality,
            })],
            Roadmaps = [.. item.Roadmaps.Select(r => new Roadmap { Number = r.Number, Title = ToText(r.Title), Spheres = [.. r.Spheres ?? []] })],
        };
    }

    internal static LocalizedText ToText(SampleText text) => new() { En = text.En, Ru = text.Ru, Az = text.Az };
}

/// <summary>How many records of each kind a sample load added.</summary>
public sealed class SampleLoadResult
{
    public int Partnerships { get; set; }

    public int Parties { get; set; }

    public int Agreements { get; set; }

    public int Provisions { get; set; }

    public int Relations { get; set; }

    public int Indicators { get; set; }

    public int Observations { get; set; }

    public int Bodies { get; set; }

    public int CommissionSessions { get; set; }

    public int Commitments { get; set; }

    public int Profiles { get; set; }

    /// <summary>Names, titles, descriptions and summaries of records already stored that got a language they lacked.</summary>
    public int Translations { get; set; }

    public bool ChangedNothing =>
        Partnerships + Parties + Agreements + Provisions + Relations + Indicators + Observations + Bodies + CommissionSessions + Commitments + Profiles + Translations == 0;
}
