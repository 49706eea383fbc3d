using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>
/// The weighted lexicon behind <see cref="SphereClassifier"/>: for each sphere, English, Russian and Azerbaijani words or
/// stems (a trailing <c>*</c>) with a weight. A clause belongs to a sphere when its cues weigh at least 1.
/// Phrases are matched before single words, and a matched word counts once.
/// </summary>
internal static class SphereLexicon
{
    public static IReadOnlyList<(string Phrase, string Sphere, double Weight)> Entries { get; } =
    [
        // Political relations
        ("allied interaction", Spheres.Political, 0.6), ("allied relations", Spheres.Political, 0.6), ("strategic partnership", Spheres.Political, 0.6),
        ("sovereignty", Spheres.Political, 0.5), ("territorial integrity", Spheres.Political, 0.5), ("non-interference", Spheres.Political, 0.7),
        ("political dialogue", Spheres.Political, 1), ("political", Spheres.Political, 0.5), ("inviolability", Spheres.Political, 0.4),
        ("суверенитет*", Spheres.Political, 0.5), ("территориальн* целостност*", Spheres.Political, 0.5), ("невмешательств*", Spheres.Political, 0.7),
        ("союзническ*", Spheres.Political, 0.6), ("стратегическ* партнерств*", Spheres.Political, 0.6), ("политическ*", Spheres.Political, 0.5),
        ("suverenlik*", Spheres.Political, 0.5), ("ərazi bütövlüy*", Spheres.Political, 0.5), ("siyasi", Spheres.Political, 0.5),

        // Foreign policy
        ("foreign policy", Spheres.ForeignPolicy, 1), ("foreign affairs", Spheres.ForeignPolicy, 1), ("international issues", Spheres.ForeignPolicy, 1),
        ("urgent consultations", Spheres.ForeignPolicy, 1), ("mechanism of consultations", Spheres.ForeignPolicy, 1),
        ("international levels", Spheres.ForeignPolicy, 1), ("normalizing relations", Spheres.ForeignPolicy, 1), ("normalising relations", Spheres.ForeignPolicy, 1),
        ("normalization", Spheres.ForeignPolicy, 0.7), ("diplomatic", Spheres.ForeignPolicy, 0.6), ("consultations", Spheres.ForeignPolicy, 0.4),
        ("внешн* политик*", Spheres.ForeignPolicy, 1), ("иностранных дел", Spheres.ForeignPolicy, 1), ("международн* вопрос*", Spheres.ForeignPolicy, 1),
        ("срочн* консультаци*", Spheres.ForeignPolicy, 1), ("нормализаци*", Spheres.ForeignPolicy, 0.7), ("консультаци*", Spheres.ForeignPolicy, 0.4),
        ("xarici siyasət*", Spheres.ForeignPolicy, 1), ("xarici işlər", Spheres.ForeignPolicy, 1), ("məsləhətləşmə*", Spheres.ForeignPolicy, 0.4),

        // Security and defence
        ("military-political", Spheres.SecurityDefence, 1), ("armed forces", Spheres.SecurityDefence, 1), ("military cooperation", Spheres.SecurityDefence, 1),
        ("military assistance", Spheres.SecurityDefence, 1), ("combat", Spheres.SecurityDefence, 1), ("ceasefire", Spheres.SecurityDefence, 1),
        ("hostilities", Spheres.SecurityDefence, 1), ("defence", Spheres.SecurityDefence, 1), ("defense", Spheres.SecurityDefence, 1),
        ("security", Spheres.SecurityDefence, 0.6), ("stability", Spheres.SecurityDefence, 0.4), ("peace", Spheres.SecurityDefence, 0.6),
        ("threat*", Spheres.SecurityDefence, 0.6), ("conflict*", Spheres.SecurityDefence, 0.6), ("suppress", Spheres.SecurityDefence, 0.6),
        ("directed against", Spheres.SecurityDefence, 0.5), ("confidence-building", Spheres.SecurityDefence, 0.6), ("military", Spheres.SecurityDefence, 0.5),
        ("peacekeep*", Spheres.SecurityDefence, 1),
        ("военно-политическ*", Spheres.SecurityDefence, 1), ("вооруженн* сил*", Spheres.SecurityDefence, 1), ("вооружённ* сил*", Spheres.SecurityDefence, 1),
        ("оборон*", Spheres.SecurityDefence, 1), ("безопасност*", Spheres.SecurityDefence, 0.6), ("стабильност*", Spheres.SecurityDefence, 0.4),
        ("угроз*", Spheres.SecurityDefence, 0.6), ("конфликт*", Spheres.SecurityDefence, 0.6), ("военн*", Spheres.SecurityDefence, 0.5),
        ("прекращени* огня", Spheres.SecurityDefence, 1), ("мира", Spheres.SecurityDefence, 0.4),
        ("təhlükəsizli*", Spheres.SecurityDefence, 0.6), ("sabitli*", Spheres.SecurityDefence, 0.4), ("silahlı qüvvə*", Spheres.SecurityDefence, 1),
        ("müdafiə*", Spheres.SecurityDefence, 1), ("sülh*", Spheres.SecurityDefence, 0.6), ("hərbi", Spheres.SecurityDefence, 0.5),

        // Military-technical cooperation
        ("military-technical", Spheres.MilitaryTechnical, 1), ("military equipment", Spheres.MilitaryTechnical, 1), ("military products", Spheres.MilitaryTechnical, 1),
        ("arms supplies", Spheres.MilitaryTechnical, 1), ("weapons and military equipment", Spheres.MilitaryTechnical, 1),
        ("военно-техническ*", Spheres.MilitaryTechnical, 1), ("военн* техник*", Spheres.MilitaryTechnical, 1), ("военн* продукци*", Spheres.MilitaryTechnical, 1),
        ("hərbi-texniki", Spheres.MilitaryTechnical, 1), ("hərbi texnika*", Spheres.MilitaryTechnical, 1),

        // Counter-terrorism and crime
        ("terrorism", Spheres.CounterTerrorismCrime, 1), ("extremism", Spheres.CounterTerrorismCrime, 1), ("organized crime", Spheres.CounterTerrorismCrime, 1),
        ("organised crime", Spheres.CounterTerrorismCrime, 1), ("trafficking", Spheres.CounterTerrorismCrime, 1), ("narcotic*", Spheres.CounterTerrorismCrime, 1),
        ("crime*", Spheres.CounterTerrorismCrime, 1), ("criminal", Spheres.CounterTerrorismCrime, 0.6), ("money laundering", Spheres.CounterTerrorismCrime, 1),
        ("separatism", Spheres.CounterTerrorismCrime, 0.5),
        ("терроризм*", Spheres.CounterTerrorismCrime, 1), ("экстремизм*", Spheres.CounterTerrorismCrime, 1), ("преступн*", Spheres.CounterTerrorismCrime, 1),
        ("наркот*", Spheres.CounterTerrorismCrime, 1), ("торговл* людьми", Spheres.CounterTerrorismCrime, 1),
        ("terror*", Spheres.CounterTerrorismCrime, 1), ("ekstremizm*", Spheres.CounterTerrorismCrime, 1), ("cinayət*", Spheres.CounterTerrorismCrime, 1),

        // Caspian
        ("caspian", Spheres.Caspian, 1), ("каспи*", Spheres.Caspian, 1), ("xəzər*", Spheres.Caspian, 1),

        // Rights of citizens and companies
        ("citizens", Spheres.CitizensRights, 1), ("legal entities", Spheres.CitizensRights, 1), ("nationals", Spheres.CitizensRights, 0.6),
        ("rights", Spheres.CitizensRights, 0.4), ("граждан*", Spheres.CitizensRights, 1), ("юридическ* лиц*", Spheres.CitizensRights, 1),
        ("vətəndaş*", Spheres.CitizensRights, 1), ("hüquqi şəxs*", Spheres.CitizensRights, 1),

        // Trade and economy
        ("trade", Spheres.TradeEconomy, 1), ("goods and services", Spheres.TradeEconomy, 1), ("economic reforms", Spheres.TradeEconomy, 1),
        ("economic cooperation", Spheres.TradeEconomy, 1), ("economic ties", Spheres.TradeEconomy, 1), ("economic interaction", Spheres.TradeEconomy, 1),
        ("economic activity", Spheres.TradeEconomy, 1), ("investment*", Spheres.TradeEconomy, 0.7), ("economic", Spheres.TradeEconomy, 0.5),
        ("economy", Spheres.TradeEconomy, 0.6), ("business*", Spheres.TradeEconomy, 0.6), ("enterprises", Spheres.TradeEconomy, 0.3),
        ("торгов*", Spheres.TradeEconomy, 1), ("товарооборот*", Spheres.TradeEconomy, 1), ("экономическ*", Spheres.TradeEconomy, 0.5),
        ("экономик*", Spheres.TradeEconomy, 0.6), ("инвестиц*", Spheres.TradeEconomy, 0.7), ("товар*", Spheres.TradeEconomy, 0.6),
        ("ticarət*", Spheres.TradeEconomy, 1), ("iqtisadi", Spheres.TradeEconomy, 0.5), ("investisiya*", Spheres.TradeEconomy, 0.7),

        // Industry
        ("industry", Spheres.Industry, 1), ("industries", Spheres.Industry, 1), ("industrial", Spheres.Industry, 1), ("metallurgy", Spheres.Industry, 1),
        ("manufactur*", Spheres.Industry, 1), ("automotive", Spheres.Industry, 1), ("engineering", Spheres.Industry, 0.6), ("production", Spheres.Industry, 0.6),
        ("aviation", Spheres.Industry, 0.5), ("chemical", Spheres.Industry, 0.5), ("enterprises", Spheres.Industry, 0.3),
        ("промышленн*", Spheres.Industry, 1), ("машиностроени*", Spheres.Industry, 1), ("металлурги*", Spheres.Industry, 1), ("производств*", Spheres.Industry, 0.6),
        ("sənaye*", Spheres.Industry, 1), ("istehsal*", Spheres.Industry, 0.6),

        // Finance and banking
        ("bank*", Spheres.FinanceBanking, 1), ("credit", Spheres.FinanceBanking, 1), ("national currencies", Spheres.FinanceBanking, 1),
        ("payment systems", Spheres.FinanceBanking, 1), ("financial institutions", Spheres.FinanceBanking, 1), ("monetary", Spheres.FinanceBanking, 0.6),
        ("financial", Spheres.FinanceBanking, 0.5), ("finance", Spheres.FinanceBanking, 1), ("settlements", Spheres.FinanceBanking, 0.4),
        ("банк*", Spheres.FinanceBanking, 1), ("кредит*", Spheres.FinanceBanking, 1), ("национальн* валют*", Spheres.FinanceBanking, 1),
        ("платежн*", Spheres.FinanceBanking, 1), ("финансов*", Spheres.FinanceBanking, 0.5), ("денежно-кредитн*", Spheres.FinanceBanking, 1),
        ("maliyyə*", Spheres.FinanceBanking, 0.5), ("milli valyuta*", Spheres.FinanceBanking, 1),

        // Transport and transit
        ("transport*", Spheres.TransportTransit, 1), ("transit", Spheres.TransportTransit, 1), ("corridor*", Spheres.TransportTransit, 1),
        ("railway*", Spheres.TransportTransit, 1), ("logistic*", Spheres.TransportTransit, 1), ("North-South", Spheres.TransportTransit, 1),
        ("транспорт*", Spheres.TransportTransit, 1), ("транзит*", Spheres.TransportTransit, 1), ("коридор*", Spheres.TransportTransit, 1),
        ("железн* дорог*", Spheres.TransportTransit, 1), ("nəqliyyat*", Spheres.TransportTransit, 1), ("tranzit*", Spheres.TransportTransit, 1),
        ("dəhliz*", Spheres.TransportTransit, 1),

        // Nuclear (before energy, so that "atomic energy" is not energy)
        ("atomic energy", Spheres.Nuclear, 1), ("nuclear", Spheres.Nuclear, 1), ("атомн* энерг*", Spheres.Nuclear, 1), ("атомн*", Spheres.Nuclear, 1),
        ("ядерн*", Spheres.Nuclear, 1), ("atom enerji*", Spheres.Nuclear, 1), ("nüvə", Spheres.Nuclear, 1),

        // Energy
        ("energy", Spheres.Energy, 1), ("fuel", Spheres.Energy, 1), ("electric power", Spheres.Energy, 1), ("renewable", Spheres.Energy, 1),
        ("oil", Spheres.Energy, 0.4), ("gas", Spheres.Energy, 0.4), ("энергетическ*", Spheres.Energy, 1), ("энерги*", Spheres.Energy, 1),
        ("топливн*", Spheres.Energy, 1), ("нефт*", Spheres.Energy, 0.4), ("газ", Spheres.Energy, 0.4), ("газа", Spheres.Energy, 0.4),
        ("газов*", Spheres.Energy, 0.4), ("enerji*", Spheres.Energy, 1), ("neft*", Spheres.Energy, 0.4), ("qaz", Spheres.Energy, 0.4),

        // ICT and telecoms
        ("information and communication technologies", Spheres.IctTelecoms, 1), ("telecommunication*", Spheres.IctTelecoms, 1),
        ("communication channels", Spheres.IctTelecoms, 0.6), ("voice traffic", Spheres.IctTelecoms, 1), ("digital", Spheres.IctTelecoms, 1),
        ("internet", Spheres.IctTelecoms, 1), ("информационно-коммуникационн*", Spheres.IctTelecoms, 1), ("телекоммуникац*", Spheres.IctTelecoms, 1),
        ("цифров*", Spheres.IctTelecoms, 1), ("informasiya-kommunikasiya*", Spheres.IctTelecoms, 1), ("rəqəmsal", Spheres.IctTelecoms, 1),

        // Information security and media
        ("information security", Spheres.InformationMedia, 1), ("mass media", Spheres.InformationMedia, 1), ("media", Spheres.InformationMedia, 1),
        ("information", Spheres.InformationMedia, 0.5), ("journalis*", Spheres.InformationMedia, 1), ("press", Spheres.InformationMedia, 0.6),
        ("информационн* безопасност*", Spheres.InformationMedia, 1), ("сми", Spheres.InformationMedia, 1), ("средств* массов* информаци*", Spheres.InformationMedia, 1),
        ("информационн*", Spheres.InformationMedia, 0.5), ("журналист*", Spheres.InformationMedia, 1),
        ("informasiya təhlükəsizliy*", Spheres.InformationMedia, 1), ("kütləvi informasiya", Spheres.InformationMedia, 1),

        // Agriculture
        ("agricultur*", Spheres.Agriculture, 1), ("agro-industrial", Spheres.Agriculture, 1), ("agro*", Spheres.Agriculture, 1), ("phyto*", Spheres.Agriculture, 1),
        ("veterinar*", Spheres.Agriculture, 1), ("farm*", Spheres.Agriculture, 1), ("food", Spheres.Agriculture, 0.5),
        ("сельскохозяйственн*", Spheres.Agriculture, 1), ("сельск* хозяйств*", Spheres.Agriculture, 1), ("агропромышленн*", Spheres.Agriculture, 1),
        ("фитосанитарн*", Spheres.Agriculture, 1), ("kənd təsərrüfatı*", Spheres.Agriculture, 1), ("aqrar*", Spheres.Agriculture, 1),

        // International organisations
        ("international organizations", Spheres.InternationalOrganisations, 1), ("international organisations", Spheres.InternationalOrganisations, 1),
        ("UN", Spheres.InternationalOrganisations, 0.6), ("OSCE", Spheres.InternationalOrganisations, 0.6), ("CIS", Spheres.InternationalOrganisations, 0.6),
        ("Security Council", Spheres.InternationalOrganisations, 0.6), ("международн* организаци*", Spheres.InternationalOrganisations, 1),
        ("ООН", Spheres.InternationalOrganisations, 0.6), ("ОБСЕ", Spheres.InternationalOrganisations, 0.6), ("СНГ", Spheres.InternationalOrganisations, 0.6),
        ("beynəlxalq təşkilat*", Spheres.InternationalOrganisations, 1), ("BMT", Spheres.InternationalOrganisations, 0.6), ("ATƏT", Spheres.InternationalOrganisations, 0.6),

        // Health and biosafety
        ("health*", Spheres.HealthBiosafety, 1), ("sanitary", Spheres.HealthBiosafety, 1), ("epidemi*", Spheres.HealthBiosafety, 1),
        ("infectious", Spheres.HealthBiosafety, 1), ("biological safety", Spheres.HealthBiosafety, 1), ("biosafety", Spheres.HealthBiosafety, 1),
        ("medic*", Spheres.HealthBiosafety, 1), ("vaccin*", Spheres.HealthBiosafety, 1), ("pandemic", Spheres.HealthBiosafety, 1),
        ("pharmaceutical*", Spheres.HealthBiosafety, 0.5),
        ("здравоохранени*", Spheres.HealthBiosafety, 1), ("санитарн*", Spheres.HealthBiosafety, 1), ("эпидеми*", Spheres.HealthBiosafety, 1),
        ("биологическ* безопасност*", Spheres.HealthBiosafety, 1), ("медицин*", Spheres.HealthBiosafety, 1), ("səhiyyə*", Spheres.HealthBiosafety, 1),
        ("bioloji təhlükəsizli*", Spheres.HealthBiosafety, 1),

        // Parliaments
        ("inter-parliamentary", Spheres.Parliaments, 1), ("parliament*", Spheres.Parliaments, 1), ("State Duma", Spheres.Parliaments, 1),
        ("Federation Council", Spheres.Parliaments, 1), ("Milli Majlis", Spheres.Parliaments, 1), ("межпарламентск*", Spheres.Parliaments, 1),
        ("парламент*", Spheres.Parliaments, 1), ("Государственн* Дум*", Spheres.Parliaments, 1), ("parlament*", Spheres.Parliaments, 1),
        ("parlamentlərarası", Spheres.Parliaments, 1), ("Milli Məclis*", Spheres.Parliaments, 1),

        // Regions
        ("between the regions", Spheres.Regions, 1), ("interregional", Spheres.Regions, 1), ("inter-regional", Spheres.Regions, 1),
        ("regions", Spheres.Regions, 0.6), ("межрегиональн*", Spheres.Regions, 1), ("субъект* Российской Федерации", Spheres.Regions, 1),
        ("regionlararası", Spheres.Regions, 1), ("регионами", Spheres.Regions, 1),

        // Culture, heritage and diaspora
        ("cultur*", Spheres.CultureHeritageDiaspora, 1), ("heritage", Spheres.CultureHeritageDiaspora, 1), ("diaspora*", Spheres.CultureHeritageDiaspora, 1),
        ("museum*", Spheres.CultureHeritageDiaspora, 1), ("librar*", Spheres.CultureHeritageDiaspora, 1), ("cinema*", Spheres.CultureHeritageDiaspora, 1),
        ("concert*", Spheres.CultureHeritageDiaspora, 1), ("art", Spheres.CultureHeritageDiaspora, 0.5), ("national minorities", Spheres.CultureHeritageDiaspora, 1),
        ("humanitarian", Spheres.CultureHeritageDiaspora, 0.5), ("religious", Spheres.CultureHeritageDiaspora, 0.5),
        ("культур*", Spheres.CultureHeritageDiaspora, 1), ("наследи*", Spheres.CultureHeritageDiaspora, 1), ("диаспор*", Spheres.CultureHeritageDiaspora, 1),
        ("музе*", Spheres.CultureHeritageDiaspora, 1), ("библиотек*", Spheres.CultureHeritageDiaspora, 1), ("кинематограф*", Spheres.CultureHeritageDiaspora, 1),
        ("гуманитарн*", Spheres.CultureHeritageDiaspora, 0.5), ("mədəni*", Spheres.CultureHeritageDiaspora, 1), ("mədəniyyət*", Spheres.CultureHeritageDiaspora, 1),
        ("irs*", Spheres.CultureHeritageDiaspora, 1), ("diaspor*", Spheres.CultureHeritageDiaspora, 1),

        // Education
        ("educat*", Spheres.Education, 1), ("universit*", Spheres.Education, 1), ("school*", Spheres.Education, 1), ("students", Spheres.Education, 1),
        ("academic", Spheres.Education, 1), ("образовани*", Spheres.Education, 1), ("образовательн*", Spheres.Education, 1), ("университет*", Spheres.Education, 1),
        ("вуз*", Spheres.Education, 1), ("школ*", Spheres.Education, 1), ("студент*", Spheres.Education, 1), ("təhsil*", Spheres.Education, 1),
        ("universitet*", Spheres.Education, 1), ("məktəb*", Spheres.Education, 1), ("tələbə*", Spheres.Education, 1),

        // Science
        ("scien*", Spheres.Science, 1), ("research*", Spheres.Science, 1), ("innovation*", Spheres.Science, 0.6), ("наук*", Spheres.Science, 1),
        ("научн*", Spheres.Science, 1), ("научно-техническ*", Spheres.Science, 1), ("исследовани*", Spheres.Science, 1), ("elm*", Spheres.Science, 1),
        ("elmi", Spheres.Science, 1),

        // Youth
        ("youth", Spheres.Youth, 1), ("молодеж*", Spheres.Youth, 1), ("молодёж*", Spheres.Youth, 1), ("gənc*", Spheres.Youth, 1),

        // Sport
        ("sport*", Spheres.Sport, 1), ("спорт*", Spheres.Sport, 1), ("idman*", Spheres.Sport, 1),

        // Tourism
        ("touris*", Spheres.Tourism, 1), ("туризм*", Spheres.Tourism, 1), ("туристическ*", Spheres.Tourism, 1), ("turizm*", Spheres.Tourism, 1),
    ];
}
