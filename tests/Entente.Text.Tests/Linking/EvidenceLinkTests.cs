using Entente.Text.Analysis;
using Entente.Text.Linking;
using Entente.Text.Pipeline;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Evidence links through commitment profiles, on a partnership made up for the test (Kazakhstan and Uzbekistan), so
/// nothing about one partnership is assumed: names alone, terms in pairs, inflected forms, other partnerships,
/// languages Entente does not read, the activity's date and the baseline.
/// </summary>
public class EvidenceLinkTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("4", "The sides support the Intergovernmental Commission and its sessions.", null),
            new CandidateClause("9", "The sides develop rail freight and transit.", null),
            new CandidateClause("12", "The sides develop inter-parliamentary cooperation.", null),
            new CandidateClause("15", "The sides implement the Action Plan of 2019.", null),
            new CandidateClause("20", "The sides develop cooperation between their regions.", null),
        ],
        [
            Profile("4", names: new() { ["en"] = ["intergovernmental commission"], ["ru"] = ["межправительственн* комисси*"], ["az"] = ["hökumətlərarası komissiya*"], ["de"] = ["Regierungskommission*"] }),
            Profile("9", terms: new() { ["en"] = ["freight", "rail*", "transit"] }),
            Profile("12", names: new() { ["en"] = ["road map of inter-parliamentary cooperation"] }),
            Profile("15", names: new() { ["en"] = ["road map*"] }),
            Profile("20", terms: new() { ["en"] = ["akim*", "governor*", "@region"] }),
        ]);

    private static CommitmentProfile Profile(string clause, Dictionary<string, IReadOnlyList<string>>? names = null, Dictionary<string, IReadOnlyList<string>>? terms = null) =>
        MadeUpPartnership.Profile(clause, names, terms);

    private static IReadOnlyList<ClauseLink> LinksOf(string text) => MadeUpPartnership.Links(text, s_treaty);

    [Fact]
    public void ANameCueAloneLinksTheSentenceWithItsCueDateAndConfidence()
    {
        var text = "Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in Tashkent on 12 May 2023. " +
                   "The weather was fine.";

        var link = Assert.Single(LinksOf(text));

        Assert.Equal(("4", ClauseLinkKinds.Evidences, ProfileEvidence.Name), (link.Clause, link.Kind, link.Evidence));
        Assert.Equal("Intergovernmental Commission", link.Cue);
        Assert.Equal(EvidenceLinker.NameScore, link.Score);
        Assert.Equal(new DateOnly(2023, 5, 12), link.ActivityDate);
        Assert.False(link.Baseline);
        Assert.StartsWith("Kazakhstan and Uzbekistan held", link.Span.Of(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан провели заседание Межправительственной комиссии.", "Межправительственной комиссии")]
    [InlineData("Daşkənd, 14 may 2023. Qazaxıstan və Özbəkistan Hökumətlərarası Komissiyanın iclasını keçirdi.", "Hökumətlərarası Komissiyanın")]
    public void InflectedFormsMatchTheirStems(string text, string cue)
    {
        var link = Assert.Single(LinksOf(text));

        Assert.Equal("4", link.Clause);
        Assert.Equal(cue, link.Cue);
    }

    [Theory]
    [InlineData("Ташкент, 14 мая 2023 года. Президент Узбекистана открыл заседание казахстанско-узбекской межправительственной комиссии.")]
    [InlineData("Tashkent, 14 May 2023. The President of Uzbekistan opened a session of the Kazakh-Uzbek intergovernmental commission.")]
    public void AStateNamedOnlyInACompoundAdjectiveIsNamed(string text)
    {
        Assert.Equal("4", Assert.Single(LinksOf(text)).Clause);
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. KazMunayGas and Uzbekneftegaz reported to the Intergovernmental Commission on their joint field.")]
    [InlineData("Ташкент, 14 мая 2023 года. КазМунайГаз и Узбекнефтегаз доложили Межправительственной комиссии о совместном месторождении.")]
    public void NationalCompaniesPlaceATextInTheirStates(string text)
    {
        // Neither state is named: each is placed by its national company (the gazetteer's organisations).
        Assert.Equal("4", Assert.Single(LinksOf(text)).Clause);
    }

    [Fact]
    public void OneSphereTermIsNotEnoughAndTwoAre()
    {
        const string one = "Astana, 14 May 2023. Kazakhstan and Uzbekistan discussed the prices of freight in the region, and that is all for the day.";
        const string two = "Astana, 14 May 2023. Kazakhstan and Uzbekistan doubled the rail freight of the region, and that is all for the day.";

        Assert.Empty(LinksOf(one));
        var link = Assert.Single(LinksOf(two));
        Assert.Equal(("9", ProfileEvidence.Terms, "rail … freight"), (link.Clause, link.Evidence, link.Cue));
        Assert.Equal(EvidenceLinker.TermsScore, link.Score);
    }

    [Fact]
    public void AWeakNameOfAnotherClauseClaimsNoWords()
    {
        // "rail transit" lies inside the weak name "transit corridor" of clause 15: a weak name alone proves nothing,
        // so it leaves its words to clause 9's terms.
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("9", "Rail freight and transit.", null), new CandidateClause("15", "Corridors.", null)],
            [Profile("9", terms: new() { ["en"] = ["rail*", "~transit"] }), Profile("15", names: new() { ["en"] = ["~rail transit corridor*"] })]);

        const string text = "Astana, 14 May 2023. Kazakhstan and Uzbekistan have opened a rail transit corridor, and it was said that it is the first of its kind.";

        var link = Assert.Single(MadeUpPartnership.Links(text, treaty));

        Assert.Equal(("9", "rail … transit"), (link.Clause, link.Cue));
    }

    [Fact]
    public void TheLongerNameOfAnotherClauseWins()
    {
        var text = "Astana, 14 May 2023. Kazakhstan and Uzbekistan signed a road map of inter-parliamentary cooperation, and that is all for the day.";

        Assert.Equal(["12"], LinksOf(text).Select(l => l.Clause));
    }

    [Fact]
    public void AReportOnAnotherPartnershipLinksToNothing()
    {
        var other = "Astana, 14 May 2023. Kazakhstan and Turkmenistan held a session of the Intergovernmental Commission. " +
                    "Turkmenistan and Kazakhstan also agreed on rail freight.";
        var mostlyOther = "Astana, 14 May 2023. Kazakhstan and Turkmenistan held a session of the Intergovernmental Commission. " +
                          "Turkmenistan, Kazakhstan and Turkmenistan again. Uzbekistan was mentioned once.";

        Assert.Empty(LinksOf(other));
        Assert.Empty(LinksOf(mostlyOther));
    }

    [Fact]
    public void ActivityBeforeTheSigningIsTheBaselineAndIsNeverACitation()
    {
        var text = "Astana, 14 May 2019. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission. Clause 4 was discussed.";

        var link = Assert.Single(LinksOf(text));

        Assert.Equal(ClauseLinkKinds.Evidences, link.Kind);
        Assert.Equal(new DateOnly(2019, 5, 14), link.ActivityDate);
        Assert.True(link.Baseline);
    }

    // Session 29: the period a plan covers is no time of activity; a period the activity took is dated by its first day.
    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan carry out the plan of the Intergovernmental Commission for 2023.", "2023-05-14")]
    [InlineData("Астана, 14 мая 2023 года. Казахстан и Узбекистан выполняют план межправительственной комиссии на 2023 год.", "2023-05-14")]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in March 2023.", "2023-03-01")]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission on May 10–11.", "2023-05-10")]
    public void ThePeriodAPlanCoversIsNoTimeOfActivity(string text, string day)
    {
        var link = Assert.Single(LinksOf(text));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), link.ActivityDate);
    }

    // Session 35: an activity known by its month or its year is kept on its first day, with how precisely it is known.
    [Theory]
    [InlineData("Astana, 14 May 2024. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in 2023.", "2023-01-01", "year")]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in March 2023.", "2023-03-01", "month")]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission on May 10.", "2023-05-10", "day")]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission.", "2023-05-14", "day")]
    public void AnActivitysDateSaysHowPreciselyItIsKnown(string text, string day, string precision)
    {
        var link = Assert.Single(LinksOf(text));

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), precision), (link.ActivityDate!.Value, link.ActivityPrecision));
    }

    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in 2021.", false)]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in November 2021.", true)]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held a session of the Intergovernmental Commission in 2020.", true)]
    public void AnActivityKnownByItsYearIsTheBaselineOnlyWhenTheWholeYearIsBeforeTheSigning(string text, bool baseline)
    {
        // The treaty was signed on 6 December 2021: 2021 as a whole is not before it, November 2021 and 2020 are.
        Assert.Equal(baseline, Assert.Single(LinksOf(text)).Baseline);
    }

    [Theory]
    [InlineData("Daşkənd, 14 may 2023. Komissiyada 2019-cu il martın 1-də imzalanmış Qazaxıstan ilə Özbəkistan arasında əməkdaşlıq haqqında Sazişin icrası təhlil olunub, Hökumətlərarası Komissiyanın növbəti iclası razılaşdırılıb.")]
    [InlineData("Astana, 14 May 2023. The Intergovernmental Commission of Kazakhstan and Uzbekistan reviewed the Agreement on Cooperation signed on 1 March 2019.")]
    public void AnInstrumentsDateInTheSentenceIsNotTheActivitysDate(string text)
    {
        // The commission reviews the agreement now: the activity is the text's day, not the agreement's signing.
        var link = Assert.Single(LinksOf(text), l => l.Clause == "4");

        Assert.Equal(new DateOnly(2023, 5, 14), link.ActivityDate);
        Assert.False(link.Baseline);
    }

    [Fact]
    public void ATextInALanguageEntenteDoesNotReadGetsNoLinks()
    {
        var text = "Berlin, 14. Mai 2023. Kasachstan und Usbekistan haben die Regierungskommission in der Hauptstadt getroffen, und die " +
                   "Sitzung der Regierungskommission war für die Zusammenarbeit der beiden Länder wichtig. Kazakhstan, Uzbekistan.";
        var analysis = DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis;

        Assert.Equal("de", analysis.Language);
        Assert.Empty(ClauseLinker.Link(text, analysis, [s_treaty]));
    }

    [Fact]
    public void AProposedProfileTakesTheClausesNamesAndRarestWords()
    {
        var clauses = new[]
        {
            new CandidateClause("1", "The Parties will support the Intergovernmental Commission on Economic Cooperation between the two states.", null),
            new CandidateClause("2", "The Parties develop cooperation between the two states in culture.", null),
            new CandidateClause("3", "The Parties develop cooperation between the two states in education.", null),
            new CandidateClause("4", "The Parties develop cooperation between the two states in sport.", null),
        };

        var profile = ProfileProposer.Propose(clauses[1], clauses, "en");
        var commission = ProfileProposer.Propose(clauses[0], clauses, "en");

        Assert.Equal("cultur*", profile.Terms["en"][0]);
        Assert.Empty(profile.Names);
        Assert.Equal(["Intergovernmental Commission on Economic Cooperation"], commission.Names["en"]);
        Assert.Empty(ProfileCues.Problems(commission.Names));
        Assert.NotEmpty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["a body"] }));
    }

    [Fact]
    public void AProposedProfileIsBetweenThePartiesOnlyWhenItsClauseSpeaksOfTheirDealingsAlone()
    {
        var clauses = new[]
        {
            new CandidateClause("1", "The Parties develop cooperation between the two states in culture.", null),
            new CandidateClause("2", "The Parties work closely at the regional and international levels to promote peace.", null),
            new CandidateClause("3", "The Parties cooperate in sport in a way not directed against third countries.", null),
            new CandidateClause("4", "The Parties pursue an independent foreign policy.", null),
        };

        var scopes = clauses.Select(c => ProfileProposer.Propose(c, clauses, "en").BetweenPartiesOnly).ToList();

        Assert.Equal([true, false, false, false], scopes);
        Assert.False(ProfileProposer.Propose(clauses[0], clauses, "ru").BetweenPartiesOnly);
    }

    [Fact]
    public void ARegionOfOnePartyMeetingTheOtherPartyIsACueOfTheRegionsClause()
    {
        const string text = "Tashkent, 14 May 2023. The akim of Almaty met the Prime Minister of Uzbekistan to discuss trade between the city and Uzbek regions.";

        var link = Assert.Single(LinksOf(text));

        Assert.Equal(("20", ProfileEvidence.Terms, "akim … Almaty"), (link.Clause, link.Evidence, link.Cue));
    }

    [Fact]
    public void ARegionJoinedWithTheOtherPartyIsTheRegionsDealingWithIt()
    {
        var link = Assert.Single(LinksOf("Tashkent, 14 May 2023. Cooperation between Almaty and the Republic of Uzbekistan keeps growing."));
        Assert.Equal(("20", "Almaty … Republic of Uzbekistan"), (link.Clause, link.Cue));
        Assert.Equal("20", Assert.Single(LinksOf("Tashkent, 14 May 2023. Shymkent and Uzbekistan signed a road of cooperation.")).Clause);

        // A list past a comma, or a place and a state side by side, is no pair.
        Assert.Empty(LinksOf("Tashkent, 14 May 2023. A hospital opens in Almaty, and Uzbek doctors will work there."));
        Assert.Empty(LinksOf("Tashkent, 14 May 2023. In Shymkent Uzbekistan's culture days open next year."));

        // A word of a state's name is no weak cue of the sphere: "Republic" here is Uzbekistan's, not a region's.
        var weak = MadeUpPartnership.Treaty(
            [new CandidateClause("20", "The sides develop cooperation between their regions.", null)],
            [Profile("20", terms: new() { ["en"] = ["~republic", "@region"] })]);
        Assert.Empty(MadeUpPartnership.Links("Tashkent, 14 May 2023. In Shymkent the Republic of Uzbekistan's consul opened an office.", weak));
        Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. In Shymkent, a republic's city, Uzbekistan's consul opened an office.", weak));
    }

    [Fact]
    public void AWeakWordThatHeadsAPlacesNameIsNoSecondWord()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("20", "The sides develop cooperation between their regions.", null)],
            [Profile("20", terms: new() { ["en"] = ["Karakalpakstan", "~republic*"] })]);

        // "republic of Karakalpakstan" names the one place.
        Assert.Empty(MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan opened a crossing to Uzbekistan's republic of Karakalpakstan.", treaty));

        // A republic's delegation and Karakalpakstan are two words.
        Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan agreed that a republic's delegation will visit Karakalpakstan.", treaty));
    }

    [Fact]
    public void APlaceNamedByATermCountsItsPartysOtherPlaces()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("20", "The sides develop cooperation between their regions.", null)],
            [Profile("20", terms: new() { ["en"] = ["Samarkand", "@region"] })]);

        // Samarkand and Bukhara are one list of Uzbekistan's places: raids there are no cooperation of regions.
        Assert.Empty(MadeUpPartnership.Links("Tashkent, 14 May 2023. Police of Uzbekistan and Kazakhstan detained a group in raids in Samarkand, Bukhara and Kazakhstan.", treaty));

        // Samarkand meeting the other Party's city is.
        Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. A delegation from Samarkand visited Almaty, Uzbekistan and Kazakhstan said.", treaty));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. The plan develops the agreement on cooperation between Samarkand and Astana.")]
    [InlineData("Tashkent, 14 May 2023. The plan develops the agreement between Samarkand and the Government of Kazakhstan.")]
    [InlineData("Ташкент, 14 мая 2023 года. План развивает соглашение между правительством Самарканда и Кабинетом министров Казахстана.")]
    public void AReqionJoinedWithTheOtherPartysCityOrGovernmentIsTheirTie(string text)
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("20", "The sides develop cooperation between their regions.", null)],
            [Profile("20", terms: new() { ["en"] = ["@region"], ["ru"] = ["@region"] })]);

        // The other Party's capital stands for it as a place does, and the words of a government may come between.
        var link = Assert.Single(MadeUpPartnership.Links(text, treaty));
        Assert.Equal("20", link.Clause);
    }

    [Fact]
    public void ANameThatIsAPartysTownSaysOnlyWhere()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("9", "The sides develop rail freight.", null)],
            [Profile("9", names: new() { ["en"] = ["Bukhara*"] }, terms: new() { ["en"] = ["rail*", "freight"] })]);

        // Bukhara, the railway's terminal, is also a town where suspects are detained.
        Assert.Empty(MadeUpPartnership.Links("Tashkent, 14 May 2023. Police of Kazakhstan and Uzbekistan detained two suspects in Bukhara.", treaty));

        // With a word of the sphere it is the terminal.
        Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan will open a rail link to Bukhara.", treaty));
    }

    [Fact]
    public void AWeakWordRightAfterAPlaceSaysWhatKindOfPlaceItIs()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("20", "The sides develop cooperation between their regions.", null)],
            [Profile("20", terms: new() { ["en"] = ["~region*", "@region"] })]);

        // "the Samarkand and Bukhara regions" names the places again.
        Assert.Empty(MadeUpPartnership.Links("Tashkent, 14 May 2023. Kazakh inspectors visited farms in the Samarkand and Bukhara regions of Uzbekistan.", treaty));

        // The regions of a Party and the other's city are two words.
        Assert.Single(MadeUpPartnership.Links("Tashkent, 14 May 2023. Delegations of the regions of Uzbekistan will visit Almaty, Kazakhstan said.", treaty));
    }

    [Fact]
    public void PlacesOfBothPartiesAreOneCue_ASecondWordOfTheSphereMakesTheLink()
    {
        // Cities a route or a partnership of universities names are places, not regions cooperating.
        Assert.Empty(LinksOf("Tashkent, 14 May 2023. Flights from Tashkent and Samarkand to Almaty and Shymkent will double."));
        Assert.Empty(LinksOf("Tashkent, 14 May 2023. The universities of Almaty and Samarkand agreed to exchange students and teachers."));

        var link = Assert.Single(LinksOf("Tashkent, 14 May 2023. The akim of Almaty and the universities of Samarkand agreed to exchange students."));
        Assert.Equal(("20", "akim … Almaty"), (link.Clause, link.Cue));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. The akim of Almaty opened a school. Kazakhstan and Uzbekistan are neighbours.")]
    [InlineData("Tashkent, 14 May 2023. The akim of Tashkent met the Prime Minister of Kazakhstan and Uzbekistan's ministers.")]
    [InlineData("Tashkent, 14 May 2023. A festival of Uzbek films opened in Almaty and Shymkent, with films from Uzbekistan.")]
    public void ARegionAloneACapitalOrARegionWithoutASecondCueLinksNothing(string text)
    {
        Assert.Empty(LinksOf(text));
    }

    [Fact]
    public void AKindOfPlaceCueMustBeTheOneKindThereIs()
    {
        Assert.Empty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["governor*", "@region"] }));
        Assert.NotEmpty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["@town"] }));
        Assert.NotEmpty(ProfileCues.Problems(new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["@region", "@region"] }));
    }

    [Fact]
    public void APartysTownInALeadNamingAnotherStateIsNoSecondParty()
    {
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("9", "The sides develop rail freight.", null)],
            [Profile("9", terms: new() { ["en"] = ["rail*", "freight"] })]);

        // The headline names Samarkand, a town of Uzbekistan, but the lead is Kazakhstan's and Turkmenistan's deal.
        var text = "Kazakhstan to lend Turkmenistan money for a railway to Samarkand\n" +
                   "Astana, 14 May 2023. Kazakhstan and Turkmenistan signed a loan agreement for the railway. " +
                   "The line will carry rail freight through Uzbekistan to Samarkand, and Uzbekistan welcomed the rail freight plan.";

        Assert.Empty(MadeUpPartnership.Links(text, treaty));
    }
}
