using Entente.Text.Understanding;

namespace Entente.Text.Extraction;

/// <summary>One name of a state, organisation or place as it can be written, token by token.</summary>
/// <remarks>
/// A token ending in <c>*</c> matches any word that starts with the rest (Russian and Azerbaijani endings:
/// "Азербайджан*" covers "Азербайджана", "Азербайджаном"). Names in capitals ("UN", "ООН") match only in capitals;
/// other names need a capital first letter unless <see cref="AnyCase"/> is set.
/// </remarks>
internal sealed record EntityName(string[] Tokens, string Type, string Id, bool AnyCase = false)
{
    /// <summary>How each token of the name is compared, decided once instead of at every comparison.</summary>
    public TokenMatch[] Matches { get; } = Tokens.Select(TokenMatchOf).ToArray();

    private static TokenMatch TokenMatchOf(string token)
    {
        if (token.EndsWith('*'))
        {
            return TokenMatch.Stem;
        }

        // Names in capitals ("UN", "ООН") match only in capitals: two or more letters, all upper case.
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return TokenMatch.IgnoringCase;
                }
            }
        }

        return letters >= 2 ? TokenMatch.Exact : TokenMatch.IgnoringCase;
    }
}

/// <summary>How one token of an <see cref="EntityName"/> is compared with a word of the text.</summary>
internal enum TokenMatch : byte
{
    /// <summary>Ignoring case ("Azerbaijan", "azerbaijan").</summary>
    IgnoringCase,

    /// <summary>Exactly (names in capitals: "UN").</summary>
    Exact,

    /// <summary>The word starts with the token without its final * ("Азербайджан*"), ignoring case.</summary>
    Stem,
}

/// <summary>The gazetteer: states (ISO 3166-1 alpha-2), organisations (stable short ids) and places, in en, ru and az.</summary>
internal static class EntityTables
{
    public const string State = "state";
    public const string Organisation = "organisation";
    public const string Place = "place";
    public const string Person = "person";

    // States come from the one table of states (Understanding/countries.tsv) with every case form of their names.
    // Adjectives name a state only before a word for the state itself ("the Azerbaijani Party", "the Russian side",
    // "Rusiya tərəfi"): the table's adjectives in every form, and the names Azerbaijani and English use as adjectives.
    private static readonly (string Id, string[] Adjectives)[] s_stateAdjectives = CountryTable.AdjectiveForms
        .Concat(CountryTable.WrittenNames.Where(name => !name.Name.Contains(' ') && !IsCyrillic(name.Name[0])).Select(name => (name.Code, Form: name.Name)))
        .GroupBy(adjective => adjective.Code, StringComparer.Ordinal)
        .Select(group => (group.Key, group.Select(adjective => adjective.Form).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()))
        .ToArray();

    private static readonly string[] s_partyNouns = ["Party", "party", "side", "Side", "Сторона", "Стороны", "Стороне", "Стороной", "сторона", "стороны", "Tərəf*", "tərəf*"];

    // Supranational unions (the EU, the EAEU, the CIS…) are organisations too; their names are data (Understanding/unions.tsv).
    private static readonly (string Id, string[] Names)[] s_organisations =
    [
        ("unsc", ["UN Security Council", "United Nations Security Council", "Security Council", "Совет Безопасности ООН", "Совета Безопасности ООН", "СБ ООН", "BMT Təhlükəsizlik Şurası*"]),
        ("un", ["United Nations", "UN", "U.N.", "ООН", "Организация Объединенных Наций", "Организации Объединенных Наций", "BMT"]),
        ("osce", ["Organization for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe", "OSCE", "ОБСЕ", "ATƏT"]),
        ("wto", ["World Trade Organization", "WTO", "ВТО"]),
        ("imf", ["International Monetary Fund", "IMF", "МВФ"]),
        ("world-bank", ["World Bank", "Всемирный банк", "Всемирного банка"]),
        ("who", ["World Health Organization", "ВОЗ"]),
        ("unesco", ["UNESCO", "ЮНЕСКО"]),
        ("iaea", ["International Atomic Energy Agency", "IAEA", "МАГАТЭ"]),
        ("oic", ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC", "ОИС"]),
        ("ots", ["Organization of Turkic States", "ОТГ"]),
        ("coe", ["Council of Europe", "Совет Европы", "Совета Европы"]),
        ("brics", ["BRICS", "БРИКС"]),
        ("cica", ["CICA", "СВМДА"]),
        ("bsec", ["BSEC", "ОЧЭС"]),
        ("intergovernmental-commission", ["Intergovernmental Commission", "Межправительственная комиссия", "Межправительственной комиссии", "Hökumətlərarası Komissiya*"]),
        ("cbr", ["Central Bank of Russia", "Central Bank of the Russian Federation", "Russian Central Bank", "Bank of Russia", "Банк России", "Банка России", "ЦБ РФ"]),
        ("cbar", ["Central Bank of Azerbaijan", "Central Bank of the Republic of Azerbaijan", "Mərkəzi Bank*"]),
        ("azertac", ["AZERTAC", "AzerTAc", "АЗЕРТАДЖ"]),
        ("tass", ["TASS", "ТАСС"]),
        ("ria-novosti", ["RIA Novosti", "РИА Новости"]),
        ("interfax", ["Interfax", "Интерфакс"]),
        ("trend", ["Trend"]),
        ("reuters", ["Reuters"]),
        ("gazprom", ["Gazprom", "Газпром*"]),
        ("rosneft", ["Rosneft", "Роснефть"]),
        ("lukoil", ["Lukoil", "LUKOIL", "Лукойл*", "ЛУКОЙЛ"]),
        ("rosatom", ["Rosatom", "Росатом*"]),
        ("socar", ["SOCAR"]),
        ("kamaz", ["KAMAZ", "КАМАЗ"]),
        ("gaz-group", ["GAZ Group", "Группа ГАЗ"]),
        ("azermash", ["Azermash", "Азермаш"]),
        ("rzd", ["Russian Railways", "РЖД"]),
        ("ady", ["Azerbaijan Railways", "Azərbaycan Dəmir Yolları*"]),
        ("msu", ["Moscow State University", "Lomonosov Moscow State University", "МГУ"]),
        ("sechenov", ["Sechenov Medical Academy", "Sechenov University"]),
        ("state-duma", ["State Duma", "Государственная дума", "Государственной думы", "Государственной думе", "Госдума", "Госдумы", "Госдуме", "Dövlət Duması*"]),
        ("federation-council", ["Federation Council", "Совет Федерации", "Совета Федерации", "Federasiya Şurası*"]),
        ("milli-majlis", ["Milli Majlis", "Milli Mejlis", "Milli Majilis", "Милли Меджлис", "Милли Меджлиса", "Милли Меджлисе", "Milli Məclis*"]),
        ("kremlin", ["Kremlin", "Кремль", "Кремля", "Кремле", "Kreml*"]),
        ("mfa", ["Ministry of Foreign Affairs", "ministry of foreign affairs", "ministries of foreign affairs", "Foreign Ministry", "Foreign Ministries",
                 "Министерство иностранных дел", "Министерства иностранных дел", "МИД", "Xarici İşlər Nazirliyi*"]),
    ];

    private static readonly (string Id, string[] Names)[] s_places =
    [
        ("baku", ["Baku", "BAKU", "Баку", "Bakı*"]),
        ("moscow", ["Moscow", "MOSCOW", "Москва", "Москвы", "Москве", "Москву", "Москвой", "Moskva*"]),
        ("yerevan", ["Yerevan", "Ереван*", "İrəvan*"]),
        ("ankara", ["Ankara"]),
        ("tehran", ["Tehran", "Тегеран*"]),
        ("tbilisi", ["Tbilisi", "Тбилиси"]),
        ("ganja", ["Ganja", "Гянджа", "Gəncə*"]),
        ("sumgait", ["Sumgait", "Сумгаит*", "Sumqayıt*"]),
        ("shusha", ["Shusha", "Шуша", "Шуше", "Şuşa*"]),
        ("nakhchivan", ["Nakhichevan Autonomous Republic", "Nakhchivan Autonomous Republic", "Nakhchivan", "Nakhichevan", "Нахичеван*", "Naxçıvan*"]),
        ("nagorno-karabakh", ["Nagorno-Karabakh", "Karabakh", "Нагорный Карабах", "Нагорного Карабаха", "Нагорном Карабахе", "Карабах*", "Qarabağ*"]),
        ("south-caucasus", ["South Caucasus", "Southern Caucasus", "Южный Кавказ", "Южного Кавказа", "Южном Кавказе", "Cənubi Qafqaz*"]),
        ("north-caucasus", ["North Caucasus", "Северный Кавказ", "Северного Кавказа"]),
        ("caucasus", ["Caucasus", "Кавказ", "Кавказа", "Кавказе", "Qafqaz*"]),
        ("caspian-sea", ["Caspian Sea", "Каспийское море", "Каспийского моря", "Каспийском море", "Xəzər dənizi*"]),
        ("caspian", ["Caspian region", "Caspian regions", "Каспийский регион", "Каспийском регионе", "Каспийского региона", "Каспий", "Каспии", "Xəzər regionu*"]),
        ("eurasia", ["Eurasia", "Eurasian space", "Евразия", "Евразии", "Евразийское пространство", "Евразийском пространстве", "Avrasiya*"]),
        ("south-asia", ["South Asia"]),
        ("central-asia", ["Central Asia", "Центральная Азия", "Центральной Азии", "Mərkəzi Asiya*"]),
        ("middle-east", ["Middle East", "Ближний Восток", "Ближнего Востока", "Ближнем Востоке"]),
        ("europe", ["Europe", "Европа", "Европы", "Европе", "Avropa*"]),
        ("asia", ["Asia", "Азия", "Азии", "Asiya*"]),
        ("persian-gulf", ["Persian Gulf", "Персидский залив", "Персидского залива"]),
        ("black-sea", ["Black Sea", "Черное море", "Черного моря", "Чёрного моря"]),
        ("chabahar", ["Chabahar Port", "Chabahar"]),
        ("st-petersburg", ["St Petersburg", "St. Petersburg", "Saint Petersburg", "Санкт-Петербург*"]),
        ("sochi", ["Sochi", "Сочи"]),
        ("kazan", ["Kazan", "Казань", "Казани"]),
        ("astrakhan", ["Astrakhan", "Астрахань", "Астрахани"]),
        ("makhachkala", ["Makhachkala", "Махачкала", "Махачкале"]),
        ("derbent", ["Derbent", "Дербент*"]),
        ("dagestan", ["Dagestan", "Дагестан*"]),
    ];

    // The state a place or a national body is in: "opened in Baku", "Gazprom said" place a text in that state even where
    // it never names the state (a report on "the Days of Russian Culture in Baku"). News agencies are not here: an agency
    // reports on anyone.
    private static readonly Dictionary<string, string> s_stateOf = new(StringComparer.Ordinal)
    {
        ["baku"] = "AZ", ["ganja"] = "AZ", ["sumgait"] = "AZ", ["shusha"] = "AZ", ["nakhchivan"] = "AZ",
        ["moscow"] = "RU", ["st-petersburg"] = "RU", ["sochi"] = "RU", ["kazan"] = "RU", ["astrakhan"] = "RU",
        ["makhachkala"] = "RU", ["derbent"] = "RU", ["dagestan"] = "RU",
        ["yerevan"] = "AM", ["ankara"] = "TR", ["tehran"] = "IR", ["tbilisi"] = "GE",
        ["state-duma"] = "RU", ["federation-council"] = "RU", ["kremlin"] = "RU", ["milli-majlis"] = "AZ",
        ["cbr"] = "RU", ["gazprom"] = "RU", ["rosneft"] = "RU", ["lukoil"] = "RU", ["rosatom"] = "RU", ["kamaz"] = "RU",
        ["gaz-group"] = "RU", ["rzd"] = "RU", ["msu"] = "RU", ["sechenov"] = "RU",
        ["cbar"] = "AZ", ["socar"] = "AZ", ["azermash"] = "AZ", ["ady"] = "AZ",
    };

    /// <summary>The ISO code of the state a place or national body (by its entity id) is in, or null.</summary>
    public static string? StateOf(string entityId) => s_stateOf.GetValueOrDefault(entityId);

    public static IReadOnlyList<EntityName> Names { get; } = Build();

    public static IReadOnlyList<(string Id, string[] Adjectives)> StateAdjectives => s_stateAdjectives;

    public static IReadOnlyList<string> PartyNouns => s_partyNouns;

    private static List<EntityName> Build()
    {
        var names = new List<EntityName>();
        void Add((string Id, string[] Names)[] table, string type)
        {
            foreach (var (id, forms) in table)
            {
                foreach (var form in forms)
                {
                    names.Add(new EntityName(Split(form), type, id, AnyCase: form.Length > 0 && char.IsLower(form[0])));
                }
            }
        }

        foreach (var (code, form) in CountryTable.NameForms)
        {
            names.Add(new EntityName(Split(form), State, code));
        }

        Add(s_organisations, Organisation);
        Add([.. UnionTable.Unions], Organisation);
        Add(s_places, Place);
        return names;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    // Names are split the way the tokenizer splits text: words (with inner hyphens) and single symbols.
    internal static string[] Split(string name)
    {
        using var tokens = TokenStream.Create(name);
        var parts = new string[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            parts[k] = tokens.Span(k).ToString();
        }

        if (name.EndsWith('*') && parts.Length > 1 && parts[^1] == "*")
        {
            parts = [.. parts[..^2], parts[^2] + "*"];
        }

        return parts;
    }
}
