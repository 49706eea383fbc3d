using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// The generic precision rules of evidence links, on a partnership made up for the test (Kazakhstan and Uzbekistan):
/// short stems do not match names, weak cues need a second cue, and a supranational union counts as another party.
/// </summary>
public class EvidencePrecisionTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("4", "The sides support the Intergovernmental Commission.", null),
            new CandidateClause("7", "The sides develop the arts.", null),
            new CandidateClause("15", "The sides maintain and repair weapons together.", null),
        ],
        [
            MadeUpPartnership.Profile("4", names: new() { ["en"] = ["intergovernmental commission"] }),
            MadeUpPartnership.Profile("7", names: new() { ["en"] = ["art*", "Ilkhom*"] }),
            MadeUpPartnership.Profile("15", names: new() { ["en"] = ["~service cent*", "~transit"] }, terms: new() { ["en"] = ["weapon*"] }),
        ]);

    private static List<string> ClausesLinked(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause)];

    [Fact]
    public void AShortLowerCaseStemDoesNotMatchANameWrittenWithACapital()
    {
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan welcomed Arthur Beketov, who spoke about the weather."));
        Assert.Equal(["7"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a school of the arts in the capital."));

        // A cue written with a capital is a name, and names match names.
        Assert.Equal(["7"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a festival at the Ilkhom theatre this spring, and the weather was fine."));
    }

    [Fact]
    public void AWeakCueLinksOnlyWithASecondCueOfTheSameClause()
    {
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for cars in the capital."));

        // Two weak cues do not vouch for each other.
        Assert.Empty(ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for transit cars in the capital."));

        Assert.Equal(["15"], ClausesLinked("Astana, 14 May 2023. Kazakhstan and Uzbekistan opened a service center for the repair of weapons in the capital."));
    }

    [Fact]
    public void ASupranationalUnionNamedMoreThanAPartyMakesTheTextAnotherPartnerships()
    {
        const string union = "Brussels, 14 May 2023. The European Union and Uzbekistan held a session of the Intergovernmental Commission. " +
                             "The EU and Uzbekistan agreed on new projects, and the EU will fund them. Kazakhstan was mentioned once.";
        const string partners = "Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission. " +
                                "The EU was mentioned once.";

        Assert.Empty(ClausesLinked(union));
        Assert.Equal(["4"], ClausesLinked(partners));
    }

    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan sold more gas to Europe, the minister told a session of the Intergovernmental Commission with the European Commission. " +
                      "The European Commission's envoy said the end of gas transit through Uzbekistan made Kazakh gas more important. The EU will fund a cable.")]
    [InlineData("Астана, 14 мая 2023 года. Казахстан продал больше газа в Европу, сообщил министр на заседании межправительственной комиссии с Европейской комиссией. " +
                      "Представитель Еврокомиссии заявил, что после прекращения транзита через Узбекистан казахстанский газ стал важнее. ЕС профинансирует кабель.")]
    public void TheEuropeanCommissionIsTheUnionsVoice(string text)
    {
        // The union named three times against Uzbekistan's once: the text is Kazakhstan's and the union's.
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("4", "The sides support the Intergovernmental Commission.", null)],
            [MadeUpPartnership.Profile("4", names: new() { ["en"] = ["intergovernmental commission"], ["ru"] = ["межправительственн* комисси*"] })]);

        Assert.Empty(MadeUpPartnership.Links(text, treaty));
    }

    [Theory]
    // The lead joins one Party with Turkey; Kazakhstan comes only later, as often as Turkey is named.
    [InlineData("Uzbekistan and Turkey to hold a session of their commission\nTashkent, 14 May 2023. Uzbekistan and Turkey will hold a session of the Intergovernmental Commission next week. Turkey's delegation arrives on Monday. Kazakhstan's ambassador and the Kazakh side were invited too.")]
    [InlineData("Узбекистан и Турция проведут заседание комиссии\nТашкент, 14 мая 2023 года. Узбекистан и Турция проведут заседание межправительственной комиссии. Делегация Турции прибудет в понедельник. Приглашены также посол Казахстана и казахстанская сторона.")]
    public void ALeadJoiningAPartyWithAnotherStateMakesTheTextThatPairs(string text)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("4", "The sides support the Intergovernmental Commission.", null)],
            [MadeUpPartnership.Profile("4", names: new() { ["en"] = ["intergovernmental commission"], ["ru"] = ["межправительственн* комисси*"] })]);

        Assert.Empty(MadeUpPartnership.Links(text, treaty));

        // A lead that names both Parties first keeps the text theirs, whatever pair comes next.
        var lead = text.StartsWith("Uz", StringComparison.Ordinal)
            ? "Kazakhstan and Uzbekistan discuss the region\nTashkent, 14 May 2023. Kazakhstan and Uzbekistan discussed the region. "
            : "Казахстан и Узбекистан обсудили регион\nТашкент, 14 мая 2023 года. Казахстан и Узбекистан обсудили регион. ";
        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(lead + text, treaty)).Clause);
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan held consultations.\nThe diplomats also discussed their interaction within the OSCE and the CIS.")]
    [InlineData("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан провели консультации.\nДипломаты также обсудили взаимодействие на площадках ОБСЕ и СНГ.")]
    public void AUnionNamedAsAPlaceWhereThePartiesMeetIsNoOtherRelation(string text)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides interact within international organisations.", null)],
            [MadeUpPartnership.Profile("5", terms: new() { ["en"] = ["OSCE", "CIS"], ["ru"] = ["ОБСЕ", "СНГ"] })]);

        Assert.Equal("5", Assert.Single(MadeUpPartnership.Links(text, treaty)).Clause);
    }

    [Fact]
    public void APartyNamedOnlyAsOneCountryOfAListLeavesTheTextToTheOtherParty()
    {
        var museums = MadeUpPartnership.Treaty(
            [new CandidateClause("7", "The sides develop museum affairs.", null)],
            [MadeUpPartnership.Profile("7", names: new() { ["en"] = ["museum*"] })]);

        // Kazakhstan is one country of a list of visitors' countries: the text is Uzbekistan's own.
        Assert.Empty(MadeUpPartnership.Links(
            "Tashkent, 14 May 2023. Uzbekistan received two million foreign visitors last year. Citizens of Kazakhstan made up the largest share, " +
            "followed by visitors from Turkey, Russia and China.\nThe tourism committee plans a single ticket for museums in Samarkand.", museums));

        // Named on its own once, it is a Party of the text.
        Assert.Single(MadeUpPartnership.Links(
            "Tashkent, 14 May 2023. Uzbekistan received two million foreign visitors last year, most of them from Kazakhstan.\n" +
            "Visitors also came from Turkey, Russia and China. The tourism committee plans a single ticket for museums in Samarkand.", museums));
    }

    [Theory]
    [InlineData("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан обсудили экспортно-импортные операции.", 0)]
    [InlineData("Ташкент, 14 мая 2023 года. Экспорт и импорт между Казахстаном и Узбекистаном выросли.", 1)]
    public void TheHalvesOfOneHyphenatedWordAreOneWord(string text, int links)
    {
        var trade = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides develop trade.", null)],
            [MadeUpPartnership.Profile("5", terms: new() { ["ru"] = ["экспорт*", "импорт*"] })]);

        Assert.Equal(links, MadeUpPartnership.Links(text, trade).Count);
    }

    [Theory]
    [InlineData("!smuggling", new[] { "18" })]
    [InlineData("smuggling", new[] { "18", "9" })]
    public void AClaimingNameMakesItsSentenceItsClausesAlone(string smuggling, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("9", "The sides develop rail freight.", null), new CandidateClause("18", "The sides fight smuggling.", null)],
            [
                MadeUpPartnership.Profile("9", terms: new() { ["en"] = ["rail*", "freight"] }),
                MadeUpPartnership.Profile("18", names: new() { ["en"] = [smuggling] }),
            ]);

        // The wagons are where the heroin was hidden, not the rail freight the sides develop.
        var links = MadeUpPartnership.Links("Tashkent, 14 May 2023. Police of Kazakhstan and Uzbekistan stopped the smuggling of heroin hidden in rail freight wagons.", treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyANameMayClaimItsSentence()
    {
        var cues = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["!smuggling"] };

        Assert.Empty(ProfileCues.Problems(cues));
        Assert.Contains(ProfileCues.Problems(cues, areTerms: true), p => p.Template.Contains("claims its sentence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("!!smuggling", new[] { "18" })]
    [InlineData("!smuggling", new[] { "18", "21" })]
    [InlineData("smuggling", new[] { "18", "21" })]
    public void AHeadlineANameClaimingTheTextFindsMakesTheTextThatClausesStory(string smuggling, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("18", "The sides fight smuggling.", null), new CandidateClause("21", "The sides protect the rights of each other's citizens.", null)],
            [
                MadeUpPartnership.Profile("18", names: new() { ["en"] = [smuggling] }),
                MadeUpPartnership.Profile("21", names: new() { ["en"] = ["consular"] }, terms: new() { ["en"] = ["detain*", "citizens"] }),
            ]);

        // The citizens detained and their consuls are the smuggling story's circumstances.
        var text = "Police of Kazakhstan and Uzbekistan break up a smuggling ring\n" +
                   "Tashkent, 14 May 2023. Fourteen people were detained in Almaty and Tashkent, citizens of Kazakhstan and Uzbekistan among them. " +
                   "Their consular officers were informed.";

        Assert.Equal(clauses, MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Session 29: a headline that lists several stories claims none of them for the text.
    [Theory]
    [InlineData("Police of Kazakhstan and Uzbekistan break up a smuggling ring\n", new[] { "18" })]
    [InlineData("Week in review: a smuggling ring broken up, consuls meet, a new ferry\n", new[] { "18", "21" })]
    [InlineData("Police break up a smuggling ring; consuls meet in Almaty\n", new[] { "18", "21" })]
    [InlineData("Kazakhstan, Uzbekistan: police break up a smuggling ring, seize cash\n", new[] { "18" })]
    public void AHeadlineListingStoriesClaimsNoneOfThemForTheText(string headline, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("18", "The sides fight smuggling.", null), new CandidateClause("21", "The sides protect the rights of each other's citizens.", null)],
            [
                MadeUpPartnership.Profile("18", names: new() { ["en"] = ["!!smuggling"] }),
                MadeUpPartnership.Profile("21", names: new() { ["en"] = ["consular"] }, terms: new() { ["en"] = ["detain*", "citizens"] }),
            ]);

        var text = headline +
                   "Tashkent, 14 May 2023. Fourteen people were detained in Almaty and Tashkent, citizens of Kazakhstan and Uzbekistan among them. " +
                   "Their consular officers were informed.";

        Assert.Equal(clauses, MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Session 29: two regions, one of each Party, are a pair when their governments are.
    [Theory]
    [InlineData("Tashkent, 14 May 2023. The administration of Almaty and the executive authority of Samarkand launched a tourist route.", 1)]
    [InlineData("Ташкент, 14 мая 2023 года. Администрация Алматы и исполнительная власть Самарканда запускают туристический маршрут.", 1)]
    [InlineData("Daşkənd, 14 may 2023. Almatı şəhər administrasiyası və Səmərqənd icra hakimiyyəti turizm marşrutu açır.", 1)]
    [InlineData("Tashkent, 14 May 2023. Buses between Almaty and Samarkand will run from April.", 0)]
    public void TwoRegionsOfThePartiesArePartnersWhenTheirGovernmentsAre(string text, int links)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("9", "The regions cooperate.", null)],
            [MadeUpPartnership.Profile("9", terms: new() { ["en"] = ["governor*", "@region"], ["ru"] = ["губернатор*", "@region"], ["az"] = ["qubernator*", "@region"] })]);

        Assert.Equal(links, MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Count());
    }

    [Theory]
    [InlineData("!national currenc*", new[] { "28" })]
    [InlineData("national currenc*", new[] { "24", "28" })]
    public void PaymentsForTradeAreThePaymentsEvidence(string currencies, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("24", "The sides develop trade.", null), new CandidateClause("28", "The sides settle in national currencies.", null)],
            [
                MadeUpPartnership.Profile("24", names: new() { ["en"] = ["bilateral trade"] }),
                MadeUpPartnership.Profile("28", names: new() { ["en"] = [currencies] }),
            ]);

        // The trade is what the national currencies pay for; the sentence reports the payments.
        var text = "Tashkent, 14 May 2023. The share of national currencies in bilateral trade between Kazakhstan and Uzbekistan reached 60 per cent.";

        Assert.Equal(clauses, MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Clause 5 names the action plan's road maps, clause 9 the parliaments' cooperation.
    private static LinkCandidate ActionPlanAndParliaments(string roadMap) => MadeUpPartnership.Treaty(
        [new CandidateClause("5", "The sides carry out the action plan and its road maps.", null), new CandidateClause("9", "The parliaments cooperate.", null)],
        [
            MadeUpPartnership.Profile("5", names: new() { ["en"] = [roadMap] }),
            MadeUpPartnership.Profile("9", names: new() { ["en"] = ["inter-parliamentary"] }),
        ]);

    [Theory]
    [InlineData("^road map*", "The speakers of Kazakhstan's and Uzbekistan's parliaments signed a road map for inter-parliamentary cooperation.", new[] { "9" })]
    [InlineData("road map*", "The speakers of Kazakhstan's and Uzbekistan's parliaments signed a road map for inter-parliamentary cooperation.", new[] { "5", "9" })]
    [InlineData("^road map*", "The deputy prime ministers of Kazakhstan and Uzbekistan reviewed the six road maps.", new[] { "5" })]
    [InlineData("^road map*", "Kazakhstan and Uzbekistan reviewed the road maps, and inter-parliamentary cooperation was praised.", new[] { "5", "9" })]
    public void AYieldingNameIsTheNeighbouringNamesClauses(string roadMap, string sentence, string[] clauses)
    {
        var treaty = ActionPlanAndParliaments(roadMap);

        // Next to the parliaments' name the road map is theirs; across a comma, or alone, it is the action plan's.
        var links = MadeUpPartnership.Links("Tashkent, 14 May 2023. " + sentence, treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("^road map*", new[] { "9" })]
    [InlineData("road map*", new[] { "5", "9" })]
    public void ANameThatYieldsOnceYieldsThroughTheText(string roadMap, string[] clauses)
    {
        var treaty = ActionPlanAndParliaments(roadMap);

        // The road map named again is the parliaments' road map the text began with.
        var text = "Tashkent, 14 May 2023. The speakers of Kazakhstan's and Uzbekistan's parliaments signed a road map for inter-parliamentary cooperation. " +
                   "The previous road map, adopted in 2019, had been carried out in full.";

        Assert.Equal(clauses, MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ru", "Ташкент, 14 мая 2023 года. В 2022 году товарооборот Казахстана и Узбекистана составил 4,2 млрд долларов США.", "товарооборот*")]
    [InlineData("az", "Daşkənd, 14 may 2023. 2022-ci ildə Qazaxıstan və Özbəkistan arasında ticarət dövriyyəsi 4,2 milyard ABŞ dolları təşkil edib.", "ticarət dövriyyə*")]
    public void ADollarIsNoMentionOfItsState(string language, string text, string turnover)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("4", "The sides develop trade.", null)],
            [MadeUpPartnership.Profile("4", names: new() { [language] = [turnover] })]);

        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, treaty)).Clause);
    }

    [Theory]
    [InlineData("The governor signed a road map for 2025–2027 with the Samarkand region and Kazakhstan's economy ministry.", new[] { "9" })]
    [InlineData("The deputy prime ministers of Kazakhstan and Uzbekistan signed a road map for 2025–2027.", new[] { "5" })]
    public void AYieldingNameNextToAPartysRegionIsTheRegions(string sentence, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides carry out the action plan and its road maps.", null), new CandidateClause("9", "The regions cooperate.", null)],
            [
                MadeUpPartnership.Profile("5", names: new() { ["en"] = ["^road map*"] }),
                MadeUpPartnership.Profile("9", terms: new() { ["en"] = ["governor*", "@region"] }),
            ]);

        // A road map with a region of one Party is that region's, not the action plan's.
        var links = MadeUpPartnership.Links("Tashkent, 14 May 2023. " + sentence, treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. The port authorities of Kazakhstan and Uzbekistan signed a road map on increasing freight and logistics.", new[] { "7" })]
    [InlineData("Ташкент, 14 мая 2023 года. Администрации портов Казахстана и Узбекистана подписали дорожную карту по увеличению грузопотока.", new[] { "7" })]
    [InlineData("Daşkənd, 14 may 2023. Qazaxıstan və Özbəkistan limanları yükdaşımaların artırılmasına dair yol xəritəsi imzalayıblar.", new[] { "7" })]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan reviewed the six road maps in the field of freight and logistics.", new[] { "5", "7" })]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan reviewed the road map and freight logistics.", new[] { "5", "7" })]
    public void AYieldingNameWhoseSubjectIsAnotherClausesSphereIsThatSpheres(string text, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides carry out the action plan and its road maps.", null), new CandidateClause("7", "The sides develop freight.", null)],
            [
                MadeUpPartnership.Profile("5", names: new() { ["en"] = ["^road map*"], ["ru"] = ["^дорожн* карт*"], ["az"] = ["^yol xəritə*"] }),
                MadeUpPartnership.Profile("7", terms: new() { ["en"] = ["freight", "logistics"], ["ru"] = ["грузопоток*", "порт*"], ["az"] = ["yükdaşı*", "liman*"] }),
            ]);

        // The sphere written as the road map's subject makes it that sphere's; across "and", or further, it is the plan's.
        var links = MadeUpPartnership.Links(text, treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Session 29: a weak cue whose subject is another clause's name is that clause's.
    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakh and Uzbek officials held consultations on information security, the Foreign Ministry said.", new[] { "8" })]
    [InlineData("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан провели консультации по информационной безопасности, сообщили в МИД.", new[] { "8" })]
    [InlineData("Daşkənd, 14 may 2023. Qazaxıstan və Özbəkistan informasiya təhlükəsizliyi üzrə məsləhətləşmələr keçirib, XİN bildirib.", new[] { "8" })]
    [InlineData("Tashkent, 14 May 2023. Kazakh and Uzbek officials held consultations at the Foreign Ministry and discussed information security.", new[] { "6", "8" })]
    public void AWeakCueWhoseSubjectIsAnotherClausesNameIsThatClauses(string text, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("6", "The foreign ministries consult.", null), new CandidateClause("8", "The sides cooperate on information security.", null)],
            [
                MadeUpPartnership.Profile("6", terms: new() { ["en"] = ["~consultations", "Foreign Ministry"], ["ru"] = ["~консультаци*", "МИД*"], ["az"] = ["~məsləhətləşmə*", "XİN"] }),
                MadeUpPartnership.Profile("8", names: new() { ["en"] = ["information security"], ["ru"] = ["информационн* безопасност*"], ["az"] = ["informasiya təhlükəsizliy*"] }),
            ]);

        // Across "and", or further than a few words, the consultations are the ministries' own.
        var links = MadeUpPartnership.Links(text, treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Session 29: a name leaves to another clause a weak term that ends it; a term that is not weak it claims.
    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakh and Uzbek carmakers will raise truck output at their joint enterprise in Samarkand.", new[] { "3", "4" })]
    [InlineData("Tashkent, 14 May 2023. Kazakh and Uzbek navies exercised under the Convention on the Status of the Caspian Sea with the littoral states.", new[] { "3" })]
    public void ANameLeavesAWeakTermThatEndsItToItsClause(string text, string[] clauses)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("3", "The sides set up joint enterprises and keep the Caspian convention.", null), new CandidateClause("4", "The sides develop industry and the sea.", null)],
            [
                MadeUpPartnership.Profile("3", names: new() { ["en"] = ["joint enterprise*", "Convention on the Status of the Caspian Sea"] }),
                MadeUpPartnership.Profile("4", terms: new() { ["en"] = ["truck*", "~enterprise*", "Caspian Sea", "littoral states"] }),
            ]);

        var links = MadeUpPartnership.Links(text, treaty);

        Assert.Equal(clauses, links.Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }

    // Session 29: a lone word is a digest's section label, no report.
    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held talks.\nSport.\nThe weather was fine.", 0)]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held talks.\nSport.\nThey held a sports festival for schoolchildren.", 1)]
    public void ALoneWordIsASectionLabelAndNoEvidence(string text, int links)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("7", "The sides develop sports ties.", null)],
            [MadeUpPartnership.Profile("7", names: new() { ["en"] = ["sport*"] })]);

        Assert.Equal(links, MadeUpPartnership.Links(text, treaty).Count);
    }

    [Fact]
    public void AnAzerbaijaniRouteFromAPartyToAnotherStateIsNoPair()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("6", "The sides develop transit.", null)],
            [MadeUpPartnership.Profile("6", names: new() { ["az"] = ["tranzit daşıma*"] })]);

        // "Qazaxıstandan Türkiyəyə" (from Kazakhstan to Turkey) is the way the goods go, not Kazakhstan's dealing with Turkey.
        var text = "Tranzit daşımalar artıb\n\nDaşkənd, 22 yanvar 2025\n\nÖzbəkistan 2024-cü ildə 5 milyon ton yük daşıyıb. "
                   + "Qazaxıstandan Türkiyəyə tranzit daşımaların həcmi 30 faiz artıb. Qazaxıstan və Özbəkistan dəmir yolları tarifləri razılaşdırıb.";

        Assert.Contains(MadeUpPartnership.Links(text, treaty), l => l.Clause == "6");
    }

    [Theory]
    [InlineData("Kazakhstan and Turkey set up a ferry venture as shippers avoid Uzbekistan", 0)]
    [InlineData("Kazakhstan and Uzbekistan set up a ferry venture as shippers avoid Turkey", 1)]
    [InlineData("Shippers avoid Uzbekistan as Kazakhstan and Turkey set up a ferry venture", 1)]
    public void AHeadlineOpeningOnAPartyAndAnotherStateIsThatPairsText(string headline, int links)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("6", "The sides develop transit.", null)],
            [MadeUpPartnership.Profile("6", names: new() { ["en"] = ["through tariff*"] })]);

        // The other Party named after the pair does not make the text the Parties' own.
        var text = headline + "\n\nAstana, 14 May 2023. The venture will offer a single through tariff from Kazakhstan's ports to Uzbekistan and Turkey.";

        Assert.Equal(links, MadeUpPartnership.Links(text, treaty).Count);
    }

    // Session 25: a headline naming a Party as the route of another pair's goods is the Parties' transit.
    [Theory]
    [InlineData("Kazakhstan-China freight through Uzbekistan up 28 percent\n\nTashkent, 5 August 2025. Transit cargo carried from Kazakhstan through Uzbekistan grew by 28 percent, with weapons maintained at a service centre.", 1)]
    [InlineData("Kazakhstan-China freight up 28 percent as Uzbekistan waits\n\nTashkent, 5 August 2025. Transit cargo carried from Kazakhstan through Uzbekistan grew by 28 percent, with weapons maintained at a service centre.", 0)]
    public void AHeadlineNamingAPartyAsTheRouteIsThePartiesText(string text, int links)
    {
        Assert.Equal(links, ClausesLinked(text).Distinct().Count());
    }

    // Session 25: a Party named once in a text naming four or more other states is a passing mention.
    [Theory]
    [InlineData("Tashkent, 5 August 2025. Kazakhstan and Uzbekistan opened a service centre for weapons. Italy and Greece bought some.", 1)]
    [InlineData("Tashkent, 5 August 2025. Kazakhstan and Uzbekistan opened a service centre for weapons. Italy, Greece, Bulgaria and Romania bought some.", 0)]
    public void APartyNamedOnceAmongManyOtherStatesIsAPassingMention(string text, int links)
    {
        Assert.Equal(links, ClausesLinked(text).Distinct().Count());
    }

    // Session 29: another state's capital and cities count for it as a Party's count for the Party.
    [Theory]
    [InlineData("Tashkent, 8 October 2024. Kyrgyz arts days opened at the Kazakh theatre in Tashkent. Artists from Bishkek performed, and " +
                "Kyrgyzstan's deputy minister said Bishkek would host the next festival. The Bishkek philharmonic will tour with the Bishkek opera.", 0)]
    [InlineData("Tashkent, 8 October 2024. Kazakh arts days opened in Tashkent. Artists from Almaty and Astana performed, and " +
                "Kyrgyzstan's deputy minister attended.", 1)]
    public void AnotherStatesCitiesMakeTheTextThatStatesWhenTheyOutnumberAParty(string text, int links)
    {
        Assert.Equal(links, ClausesLinked(text).Distinct().Count());
    }

    [Fact]
    public void OnlyANameMayYield()
    {
        var cues = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["^road map*"] };

        Assert.Empty(ProfileCues.Problems(cues));
        Assert.Contains(ProfileCues.Problems(cues, areTerms: true), p => p.Template.Contains("yields to another clause's name", StringComparison.Ordinal));
    }

    [Fact]
    public void AClausesNameGoesBeforeAnothersTermOverTheSameWord()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("6", "The sides develop industry.", null), new CandidateClause("7", "The sides develop agriculture.", null)],
            [
                MadeUpPartnership.Profile("6", names: new() { ["ru"] = ["сельхозтехник*"] }),
                MadeUpPartnership.Profile("7", terms: new() { ["ru"] = ["сельхоз*", "поставк*"] }),
            ]);

        // Farm machinery is the industries'; its word is not also farming's term.
        var links = MadeUpPartnership.Links("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан обсудили поставки казахстанской сельхозтехники.", treaty);

        Assert.Equal(["6"], links.Select(l => l.Clause).Distinct());
    }

    [Theory]
    // A claiming name claims its own item of a list the semicolons part, not the others; in one clause it claims the sentence.
    [InlineData("The sides signed three documents: a memorandum with the plant health service on certificates; a protocol on tariffs on the rail corridor; and a programme for small firms.", new[] { "5", "6" })]
    [InlineData("The sides signed a memorandum with the plant health service on certificates for fruit carried by the rail corridor.", new[] { "5" })]
    public void AClaimingNameClaimsItsOwnItemOfAList(string sentence, string[] expected)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides cooperate in farming.", null), new CandidateClause("6", "The sides develop transit.", null)],
            [
                MadeUpPartnership.Profile("5", names: new() { ["en"] = ["!plant health service"] }),
                MadeUpPartnership.Profile("6", names: new() { ["en"] = ["rail corridor"] }),
            ]);

        var links = MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan: " + sentence, treaty);

        Assert.Equal(expected, links.Select(l => l.Clause).Distinct().Order());
    }

    [Theory]
    // A road checkpoint and its lorries: the longer term of the corridors claims the word the industries' term would take.
    [InlineData("Стороны обсудили модернизацию автомобильного пункта пропуска, через который проходит большая часть грузовиков.", new[] { "5" })]
    // A term it ends with names the same thing more broadly: both clauses keep it.
    [InlineData("Стороны обсудили развитие международного транспортного коридора и рост числа грузовиков на нем.", new[] { "5", "6" })]
    public void ALongerTermClaimsTheTermsThatQualifyIt(string sentence, string[] expected)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides support transit.", null), new CandidateClause("6", "The sides develop industry.", null)],
            [
                MadeUpPartnership.Profile("5", terms: new() { ["ru"] = ["автомобильн* пункт* пропуск*", "международн* транспортн* коридор*", "грузовик*"] }),
                MadeUpPartnership.Profile("6", terms: new() { ["ru"] = ["автомобил*", "транспортн* коридор*", "грузовик*"] }),
            ]);

        var links = MadeUpPartnership.Links("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан: " + sentence, treaty);

        Assert.Equal(expected, links.Select(l => l.Clause).Distinct().Order());
    }

    [Theory]
    [InlineData("The European Union has been replacing Kazakh gas. By 2023 the share of Kazakhstan had fallen, with Norway, Qatar and Uzbekistan among the suppliers.", 0)]
    [InlineData("By 2023 the share of Kazakhstan had fallen, and Uzbekistan and Kazakhstan agreed on gas swaps.", 1)]
    public void APartyBesideAUnionOrInAListOfStatesIsOneOfMany(string background, int links)
    {
        var energy = MadeUpPartnership.Treaty(
            [new CandidateClause("8", "The sides cooperate in energy.", null)],
            [MadeUpPartnership.Profile("8", names: new() { ["en"] = ["natural gas"] })]);

        // Uzbekistan's gas exports to Europe: Kazakhstan is named only beside the union or among other suppliers.
        var text = "Tashkent, 14 May 2024. Uzbekistan exported 11 billion cubic metres of natural gas to Europe in 2023.\n" + background;

        Assert.Equal(links, MadeUpPartnership.Links(text, energy).Count);
    }
}

/// <summary>Session 24: a term in the name of the source a sentence's facts are attributed to is no cue.</summary>
public class StatedSourceTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("3", "The sides protect each other's citizens and regulate migration.", null)],
        [MadeUpPartnership.Profile("3", terms: new() { ["en"] = ["citizens", "migration"], ["ru"] = ["граждан*", "миграци*"], ["az"] = ["vətəndaş*", "miqrasiya*"] })]);

    private static int Links(string text) => MadeUpPartnership.Links(text, s_treaty).Count;

    [Theory]
    [InlineData("Tashkent, 14 May 2023. The number of citizens of Kazakhstan visiting Uzbekistan rose by 14 percent, according to the State Migration Service.")]
    [InlineData("Tashkent, 14 May 2023. The number of Kazakh citizens visiting Uzbekistan rose by 14 percent, the agency reported, citing the Migration Agency of Uzbekistan.")]
    [InlineData("Ташкент, 14 мая 2023 года. По данным Государственной миграционной службы, число граждан Казахстана, посетивших Узбекистан, выросло на 14%.")]
    [InlineData("Daşkənd, 14 may 2023. Dövlət Miqrasiya Xidmətinin məlumatına görə, Özbəkistana gələn Qazaxıstan vətəndaşlarının sayı 14 faiz artıb.")]
    // Session 29: the source that closes an English sentence.
    [InlineData("Tashkent, 14 May 2023. The number of citizens of Kazakhstan visiting Uzbekistan rose by 14 percent, the State Migration Service said on Monday.")]
    public void ATermInTheSourcesNameIsNoCue(string text)
    {
        Assert.Equal(0, Links(text));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan agreed on migration rules for citizens, according to the State Migration Service.")]
    [InlineData("Ташкент, 14 мая 2023 года. По данным министерства, Казахстан и Узбекистан согласовали правила миграции граждан.")]
    [InlineData("Daşkənd, 14 may 2023. Nazirliyin məlumatına görə, Qazaxıstan və Özbəkistan vətəndaşların miqrasiyası qaydalarını razılaşdırıb.")]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan agreed on migration rules for citizens, the ministry said.")]
    public void TheSentencesOwnTermsStillCount(string text)
    {
        Assert.Equal(1, Links(text));
    }

    // Session 25: a source with no name, in lower case, is one when it speaks of data.
    [Theory]
    [InlineData("Tashkent, 14 May 2023. The number of Kazakh citizens visiting Uzbekistan rose by 14 percent, according to migration data, the agency said.")]
    [InlineData("Ташкент, 14 мая 2023 года. Число граждан Казахстана, посетивших Узбекистан, выросло на 14%, по данным миграционной службы.")]
    [InlineData("Tashkent, 14 May 2023. Kazakh citizens made 2 million trips to Uzbekistan, data from Uzbekistan's State Migration Committee show, up 14 percent.")]
    public void ASourceInLowerCaseThatSpeaksOfDataIsNoCue(string text)
    {
        Assert.Equal(0, Links(text));
    }

    [Fact]
    public void WhatIsNoSourceOfDataStillCounts()
    {
        Assert.Equal(1, Links("Tashkent, 14 May 2023. According to the new migration rules, citizens of Kazakhstan may stay in Uzbekistan for 90 days."));
    }

    // Session 30: a sentence that opens with the postposition has no name before it (this threw, and stopped the batch).
    [Theory]
    [InlineData("Daşkənd, 14 may 2023.\nMəlumatına görə, Qazaxıstan və Özbəkistan vətəndaşların miqrasiyası qaydalarını razılaşdırıb.", 1)]
    [InlineData("Daşkənd, 14 may 2023.\nMəlumatına görə.", 0)]
    public void APostpositionThatOpensTheSentenceHasNoSourceBeforeIt(string text, int links)
    {
        Assert.Equal(links, Links(text));
    }
}

/// <summary>
/// Session 24: a context cue (%) links only in a text whose lead links its clause or names a body that sets the agenda
/// (&amp;): a trade figure recalled at a parliaments' meeting is that meeting's background.
/// </summary>
public class ContextCueTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("2", "The sides support their joint commission.", null),
            new CandidateClause("5", "The sides raise their trade.", null),
            new CandidateClause("8", "The parliaments cooperate.", null),
        ],
        [
            MadeUpPartnership.Profile("2", names: new() { ["en"] = ["&joint commission"] }),
            MadeUpPartnership.Profile("5", names: new() { ["en"] = ["%trade turnover", "trade mission"] }),
            MadeUpPartnership.Profile("8", names: new() { ["en"] = ["inter-parliamentary commission"] }),
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    private const string Recalled = "The speaker recalled that trade turnover between Kazakhstan and Uzbekistan reached $4 billion last year.";

    [Fact]
    public void AContextCueInTheBodyOfAnotherStoryLinksNothing()
    {
        Assert.Equal(["8"], Clauses(
            "Parliaments of Kazakhstan and Uzbekistan meet in Tashkent\nBy A. Writer\n14 May 2023\n\n" +
            "Tashkent, 14 May 2023. The inter-parliamentary commission of Kazakhstan and Uzbekistan held its fifth meeting. " +
            "Deputies discussed laws on water. The sides agreed to meet again in Astana. " + Recalled));
    }

    [Fact]
    public void AContextCueLinksWhenTheLeadIsOnItsClauseOrOnABodyThatSetsTheAgenda()
    {
        // The lead is the trade story (bylines and date lines are not counted in it).
        Assert.Equal(["5"], Clauses(
            "Kazakhstan and Uzbekistan send a trade mission to Tashkent\nBy A. Writer\n14 May 2023\n\n" +
            "Tashkent, 14 May 2023. Deputies discussed laws on water. The sides agreed to meet again in Astana. " + Recalled));

        // The joint commission reviews all of the partnership.
        Assert.Equal(["2", "5"], Clauses(
            "Tashkent, 14 May 2023. The joint commission of Kazakhstan and Uzbekistan held its fifth meeting. " +
            "Deputies discussed laws on water. The sides agreed to meet again in Astana. " + Recalled));
    }

    [Fact]
    public void OnlyANameSetsTheAgendaWhileAnyCueMayBeContext()
    {
        Assert.Empty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["%trade", "%export*"] }, areTerms: true));
        Assert.Empty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["&joint commission"] }));
        Assert.NotEmpty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["&commission"] }, areTerms: true));
    }
}
