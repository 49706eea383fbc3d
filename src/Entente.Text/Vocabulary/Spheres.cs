namespace Entente.Text.Vocabulary;

/// <summary>The spheres of cooperation a provision can concern, as stable kebab-case keys.</summary>
public static class Spheres
{
    public const string Political = "political";
    public const string ForeignPolicy = "foreign-policy";
    public const string SecurityDefence = "security-defence";
    public const string MilitaryTechnical = "military-technical";
    public const string CounterTerrorismCrime = "counter-terrorism-crime";
    public const string Caspian = "caspian";
    public const string CitizensRights = "citizens-rights";
    public const string TradeEconomy = "trade-economy";
    public const string Industry = "industry";
    public const string FinanceBanking = "finance-banking";
    public const string TransportTransit = "transport-transit";
    public const string Energy = "energy";
    public const string Nuclear = "nuclear";
    public const string IctTelecoms = "ict-telecoms";
    public const string InformationMedia = "information-media";
    public const string Agriculture = "agriculture";
    public const string InternationalOrganisations = "international-organisations";
    public const string HealthBiosafety = "health-biosafety";
    public const string Parliaments = "parliaments";
    public const string Regions = "regions";
    public const string CultureHeritageDiaspora = "culture-heritage-diaspora";
    public const string Education = "education";
    public const string Science = "science";
    public const string Youth = "youth";
    public const string Sport = "sport";
    public const string Tourism = "tourism";

    /// <summary>Every sphere key with its English label, in display order.</summary>
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        (Political, "Political relations"),
        (ForeignPolicy, "Foreign policy"),
        (SecurityDefence, "Security and defence"),
        (MilitaryTechnical, "Military-technical cooperation"),
        (CounterTerrorismCrime, "Counter-terrorism and crime"),
        (Caspian, "Caspian"),
        (CitizensRights, "Rights of citizens and companies"),
        (TradeEconomy, "Trade and economy"),
        (Industry, "Industry"),
        (FinanceBanking, "Finance and banking"),
        (TransportTransit, "Transport and transit"),
        (Energy, "Energy"),
        (Nuclear, "Nuclear energy"),
        (IctTelecoms, "ICT and telecoms"),
        (InformationMedia, "Information security and media"),
        (Agriculture, "Agriculture"),
        (InternationalOrganisations, "International organisations"),
        (HealthBiosafety, "Health and biosafety"),
        (Parliaments, "Parliaments"),
        (Regions, "Regions"),
        (CultureHeritageDiaspora, "Culture, heritage and diaspora"),
        (Education, "Education"),
        (Science, "Science"),
        (Youth, "Youth"),
        (Sport, "Sport"),
        (Tourism, "Tourism"),
    ];

    private static readonly HashSet<string> s_keys = All.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string key) => s_keys.Contains(key);

    public static string LabelOf(string key) =>
        All.FirstOrDefault(s => s.Key == key).Label ?? key;
}
