using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// A commitment only the Parties' dealings with each other carry out (<see cref="CommitmentProfile.BetweenPartiesOnly"/>):
/// a sentence joining one Party with another state reports that pair's dealings, in all three languages; on the
/// partnership made up for the tests (Kazakhstan and Uzbekistan).
/// </summary>
public class BetweenPartiesOnlyTests
{
    private static LinkCandidate Treaty(bool betweenPartiesOnly) => MadeUpPartnership.Treaty(
        [new CandidateClause("4", "The sides support their Intergovernmental Commission and its sessions.", null)],
        [
            new CommitmentProfile("4")
            {
                Names = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["en"] = ["intergovernmental commission*"], ["ru"] = ["межправительственн* комисси*"], ["az"] = ["hökumətlərarası komissiya*"],
                },
                BetweenPartiesOnly = betweenPartiesOnly,
            },
        ]);

    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Turkey held a session of their intergovernmental commission, with Uzbekistan's ambassador as a guest.")]
    [InlineData("Astana, 14 May 2023. Kazakhstan's and Turkey's ministers opened the intergovernmental commission, and Uzbekistan sent an observer.")]
    [InlineData("Astana, 14 May 2023. The Kazakh-Turkish intergovernmental commission met in Astana, and Uzbekistan sent an observer.")]
    [InlineData("Астана, 14 мая 2023 года. Казахстан и Турция провели заседание межправительственной комиссии, на нём был посол Узбекистана.")]
    [InlineData("Astana, 14 may 2023. Qazaxıstan və Türkiyə arasında Hökumətlərarası Komissiyanın iclası keçirilib, Özbəkistan səfiri də iştirak edib.")]
    // A national company stands for its state: Kazakhstan is never named.
    [InlineData("Astana, 14 May 2023. KazMunayGas and Turkey's TPAO reported to their intergovernmental commission, and Uzbekistan was not involved.")]
    public void ASentenceJoiningAPartyWithAnotherStateIsNoEvidence(string text)
    {
        Assert.Empty(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true)));

        // The same sentence is evidence of a commitment not limited to the Parties' dealings with each other.
        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: false))).Clause);
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan agreed to open two more border crossings.\nEarlier, Uzbekistan's delegation attended the intergovernmental commission of Tajikistan and Turkey in Dushanbe.")]
    [InlineData("Ташкент, 14 мая 2023 года. Узбекистан и Казахстан договорились открыть ещё два пункта пропуска.\nРанее делегация Узбекистана побывала на заседании межправительственной комиссии Таджикистана и Турции в Душанбе.")]
    [InlineData("Daşkənd, 14 may 2023. Özbəkistan və Qazaxıstan daha iki sərhəd keçid məntəqəsi açmağa razılaşıb.\nBundan əvvəl Özbəkistan nümayəndə heyəti Tacikistan və Türkiyənin hökumətlərarası komissiyasının Düşənbədəki iclasında iştirak edib.")]
    public void ASentenceWithOneParty_ACueNearAnotherState_AndTheOtherPartyMissingIsNoEvidence(string text)
    {
        // The commission is Tajikistan's and Turkey's; Kazakhstan is not in the sentence.
        Assert.Empty(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true)));
        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: false))).Clause);
    }

    // Session 29: the pair's sentence is the pair's all through, however far its cue from the pair's words.
    [Theory]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held talks.\nIn Ankara, the Kazakh–Turkish business council met on October 16 after a long break and heard a report of the intergovernmental commission.", 0)]
    [InlineData("Astana, 14 May 2023. Kazakhstan and Uzbekistan held talks.\nIn Ankara, the Kazakh–Turkish business council met on October 16 with Uzbek guests and heard a report of the intergovernmental commission.", 1)]
    public void ASentenceJoiningAPartyWithAnotherStateWithoutTheOtherPartyIsThatPairsThroughout(string text, int links)
    {
        Assert.Equal(links, MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true)).Count);
    }

    [Fact]
    public void WhileAPartyIsMissing_CuesNearAnotherStateCountForNothing_TheRestMustMakeTheLinkAlone()
    {
        var energy = MadeUpPartnership.Treaty(
            [new CandidateClause("6", "The sides cooperate in the energy sector.", null)],
            [
                new CommitmentProfile("6")
                {
                    Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["gas supplies"] },
                    Terms = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["oil", "gas"] },
                    BetweenPartiesOnly = true,
                },
            ]);
        const string opening = "Tashkent, 14 May 2023. Kazakhstan and Uzbekistan held talks.\n";

        // The gas supplies are the European Union's dealing; "oil" alone is one term.
        Assert.Empty(MadeUpPartnership.Links(opening + "Uzbekistan's exports of crude oil grew this year, and Tashkent signed a memorandum with the European Union on raising gas supplies.", energy));

        // "oil" and "gas" far from the Union are two terms of their own.
        var link = Assert.Single(MadeUpPartnership.Links(opening + "Uzbekistan's oil and gas output grew this year, and Tashkent signed a memorandum with the European Union on raising gas supplies.", energy));
        Assert.Equal("oil … gas", link.Cue);
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan signed a transit agreement.\nThe two sides will also invite Turkey to the next session of their intergovernmental commission.")]
    [InlineData("Ташкент, 14 мая 2023 года. Узбекистан и Казахстан подписали соглашение о транзите.\nОбе стороны также пригласят Турцию на следующее заседание межправительственной комиссии.")]
    [InlineData("Daşkənd, 14 may 2023. Özbəkistan və Qazaxıstan tranzit sazişi imzalayıb.\nTərəflər Türkiyəni də hökumətlərarası komissiyanın növbəti iclasına dəvət edəcək.")]
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan signed a transit agreement.\nThe sides will also invite Turkey to the next session of their intergovernmental commission.")]
    [InlineData("Ташкент, 14 мая 2023 года. Узбекистан и Казахстан подписали соглашение о транзите.\nСтороны также пригласят Турцию на следующее заседание межправительственной комиссии.")]
    public void TheTwoSidesAreTheParties(string text)
    {
        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true))).Clause);
    }

    // Session 34: a clause open to third states (a corridor through them) takes another pair's dealing by its names only.
    [Theory]
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan held talks.\nTurkmen and Uzbek railways agreed on a tariff cut; moving one container got $450 cheaper.", 0)]
    [InlineData("Daşkənd, 14 may 2023. Özbəkistan və Qazaxıstan danışıqlar aparıb.\nTürkmənistan və Özbəkistan dəmir yolları tarif endirimi barədə razılığa gəliblər; bir konteynerin daşınma xərci azalıb.", 0)]
    // Its name still counts, and its terms away from the pair's words do.
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan held talks.\nTurkmen and Uzbek railways agreed on a tariff cut for the Trans-Caspian corridor.", 1)]
    [InlineData("Tashkent, 14 May 2023. Uzbekistan and Kazakhstan held talks.\nRailways and container terminals got a new tariff, with the Uzbek-Turkmen border talks in the background.", 1)]
    public void AnOpenClausesTermsNearAnotherPairAreThatPairs(string text, int links)
    {
        var transport = MadeUpPartnership.Treaty(
            [new CandidateClause("5", "The sides develop transit through the Trans-Caspian corridor.", null)],
            [
                MadeUpPartnership.Profile(
                    "5",
                    names: new() { ["en"] = ["Trans-Caspian corridor"] },
                    terms: new() { ["en"] = ["railway*", "container*"], ["az"] = ["dəmir yol*", "konteyner*"] }),
            ]);

        Assert.Equal(links, MadeUpPartnership.Links(text, transport).Count);
    }

    [Fact]
    public void APartysCitiesAndNationalBodiesCountAsMentionsOfIt()
    {
        // Iran is named five times, Kazakhstan once and Uzbekistan twice by name; their capitals and companies say the
        // report is about them, as "Moscow and Baku" would.
        var text = "Astana and Tashkent extend rail discounts as freight toward Iran climbs\n"
            + "Freight across the Kazakh-Uzbek border rose by 30 percent, officials said in Tashkent after the transport working group of the intergovernmental commission met.\n"
            + "Much of the cargo travelled on to Iranian ports. KTZ and Uzbekistan's railways kept their discounts for transit to Iran.\n"
            + "Iran is building a new line, and Iranian officials joined part of the meeting from Tehran.";

        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true))).Clause);
    }

    [Theory]
    // The Parties are joined with each other too.
    [InlineData("Astana, 14 May 2023. Kazakhstan, Uzbekistan and Turkey held a session of the trilateral intergovernmental commission.")]
    [InlineData("Астана, 14 мая 2023 года. Казахстан, Узбекистан и Турция провели заседание межправительственной комиссии.")]
    // A list after "with" is a list of one Party's counterparts.
    [InlineData("Astana, 14 May 2023. Kazakhstan held sessions of its intergovernmental commissions with Uzbekistan and Turkey.")]
    [InlineData("Астана, 14 мая 2023 года. Казахстан провёл заседания межправительственных комиссий с Узбекистаном и Турцией.")]
    // The pair is another item of the sentence, past a comma.
    [InlineData("Tashkent, 14 May 2023. The Kazakh Prime Minister chaired the intergovernmental commission with Uzbekistan, where transport, energy and the border between Uzbekistan and Tajikistan were discussed.")]
    public void ASentenceJoiningTheParties_ListingCounterparts_OrNamingAPairElsewhereIsEvidence(string text)
    {
        Assert.Equal("4", Assert.Single(MadeUpPartnership.Links(text, Treaty(betweenPartiesOnly: true))).Clause);
    }
}
