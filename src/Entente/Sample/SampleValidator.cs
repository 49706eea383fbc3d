using Entente.Agreements;
using Entente.Bodies;
using Entente.Parties;
using Entente.Storage;
using Entente.Text.Vocabulary;

namespace Entente.Sample;

/// <summary>Checks a sample file's internal references and vocabularies before anything is written.</summary>
public static class SampleValidator
{
    public static IReadOnlyList<string> Problems(SampleFile sample)
    {
        var problems = new List<string>();
        var parties = sample.Parties.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var agreements = sample.Agreements.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var indicators = sample.Indicators.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);

        void CheckParty(string code, string where)
        {
            if (!parties.Contains(code))
            {
                problems.Add($"{where}: party '{code}' is not among the sample's parties");
            }
        }

        void CheckKey<TEnum>(string key, string where)
            where TEnum : struct, Enum
        {
            if (!KebabCase.TryParse<TEnum>(key, out _))
            {
                problems.Add($"{where}: '{key}' is not one of {string.Join(", ", KebabCase.KeysOf<TEnum>())}");
            }
        }

        void CheckUnique(IEnumerable<string> keys, string what)
        {
            problems.AddRange(keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{what} '{g.Key}' appears {g.Count()} times"));
        }

        CheckUnique(sample.Parties.Select(p => p.Code), "party");
        CheckUnique(sample.Agreements.Select(a => a.Key), "agreement");
        CheckUnique(sample.Indicators.Select(i => i.Key), "indicator");
        CheckUnique(sample.Bodies.Select(b => b.Key), "body");

        foreach (var party in sample.Parties)
        {
            CheckKey<PartyKind>(party.Kind, $"party {party.Code}");
        }

        foreach (var code in sample.Partnership.Parties)
        {
            CheckParty(code, "partnership");
        }

        foreach (var agreement in sample.Agreements)
        {
            var where = $"agreement {agreement.Key}";
            CheckKey<AgreementKind>(agreement.Kind, where);
            CheckKey<AgreementStatus>(agreement.Status, where);
            foreach (var code in agreement.Parties)
            {
                CheckParty(code, where);
            }

            foreach (var relation in agreement.Relations)
            {
                CheckKey<RelationKind>(relation.Kind, where);
                if (!agreements.Contains(relation.Target))
                {
                    problems.Add($"{where}: relation target '{relation.Target}' is not in the sample");
                }
            }

            foreach (var provision in agreement.Provisions)
            {
                var at = $"{where} provision {provision.Number ?? provision.Part}";
                CheckKey<ProvisionPart>(provision.Part, at);
                problems.AddRange(provision.Spheres.Where(s => !Spheres.IsKnown(s)).Select(s => $"{at}: unknown sphere '{s}'"));
                if (provision.Modality is { } modality && !Modalities.IsKnown(modality))
                {
                    problems.Add($"{at}: unknown modality '{modality}'");
                }
            }
        }

        foreach (var observation in sample.Observations)
        {
            var where = $"observation of {observation.Indicator} for {observation.PeriodStart:yyyy-MM-dd}";
            if (!indicators.Contains(observation.Indicator))
            {
                problems.Add($"{where}: indicator is not in the sample");
            }

            if (!Qualifiers.IsKnown(observation.Qualifier))
            {
                problems.Add($"{where}: unknown qualifier '{observation.Qualifier}'");
            }

            if (observation.PeriodEnd < observation.PeriodStart)
            {
                problems.Add($"{where}: the period ends before it starts");
            }
        }

        foreach (var body in sample.Bodies)
        {
            CheckKey<BodyKind>(body.Kind, $"body {body.Key}");
            if (body.Party is { } code)
            {
                CheckParty(code, $"body {body.Key}");
            }
        }

        CheckUnique(sample.Profiles.Select(p => $"{p.Agreement} {p.Clause}"), "profile");
        foreach (var profile in sample.Profiles)
        {
            var where = $"profile {profile.Agreement} {profile.Clause}";
            var agreement = sample.Agreements.FirstOrDefault(a => a.Key == profile.Agreement);
            if (agreement is null)
            {
                problems.Add($"{where}: no agreement has the key '{profile.Agreement}'");
            }
            else if (!agreement.Provisions.Any(p => p.Part == "operative" && p.Number == profile.Clause))
            {
                problems.Add($"{where}: the agreement has no operative clause '{profile.Clause}'");
            }

            problems.AddRange(Text.Linking.ProfileCues.Problems(profile.Names).Concat(Text.Linking.ProfileCues.Problems(profile.Terms, areTerms: true)).Select(p => $"{where}: {p}"));
        }

        return problems;
    }

    public static void ThrowIfInvalid(SampleFile sample, string name)
    {
        var problems = Problems(sample);
        if (problems.Count > 0)
        {
            throw new EntenteException($"The sample {name} is not valid: {string.Join("; ", problems)}.");
        }
    }
}
