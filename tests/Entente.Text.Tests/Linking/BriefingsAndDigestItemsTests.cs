using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 36: a briefing's answers to journalists of several outlets are stories of their own; a digest's sentence that
/// names no state goes on with the state its paragraph began with; a claiming name in quotation marks is a title.
/// </summary>
public class BriefingsAndDigestItemsTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("6", "The sides cooperate in the energy sector.", null),
            new CandidateClause("7", "The sides protect the rights of each other's citizens.", null),
            new CandidateClause("9", "The sides cooperate in health care.", null),
            new CandidateClause("10", "The sides cooperate in education.", null),
            new CandidateClause("11", "The sides work for lasting peace in the region.", null),
        ],
        [
            new CommitmentProfile("6")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["oil output", "ministry of energy"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("7")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["consular"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("9")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["!infectious diseases"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("10")
            {
                Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["residency places"] },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("11") { Names = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["peace treaty"] } },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct()];

    private const string Briefing = "Briefing by the spokesperson of the Ministry of Foreign Affairs, Tashkent, 14 September 2023\n\n"
                                    + "Question (Kun.uz): Can you comment on the water talks with Kazakhstan?\n\n"
                                    + "Answer: Kazakhstan and Uzbekistan agreed on water sharing in Astana last week. We expect more.\n\n";

    [Fact]
    public void ABriefingsAnswerOnOnePartyAloneIsNotThePartnershipsNews()
    {
        var text = Briefing + "Question (Reuters): Is there any news about the journalists detained in Europe?\n\n"
                            + "Answer: Our embassy has demanded consular access. We will inform you.\n";
        Assert.Empty(Clauses(text));
        Assert.Equal(2, Questions.Exchanges(text, null).Count);
    }

    [Fact]
    public void ABriefingsAnswerOnOnePartyAndAThirdStateIsNotThePartnershipsNews()
    {
        // (For a clause open to third states too: the answer is one Party's dealing with another state.)
        // (The headline places no Party; the shared one's Tashkent would place Uzbekistan, who answers.)
        var text = "Weekly briefing of the foreign ministry's spokesperson\n14 September 2023\n\n"
                   + "Question (Kun.uz): Can you comment on the water talks?\n\nAnswer: Kazakhstan and Uzbekistan agreed on water sharing.\n\n"
                   + "Question (Reuters): When will the peace treaty with Turkmenistan be signed?\n\n"
                            + "Answer: Kazakhstan has sent its proposals on the peace treaty to Turkmenistan. The ball is in their court.\n";
        Assert.DoesNotContain("11", Clauses(text));
    }

    [Fact]
    public void TheHeadlineSaysWhoAnswers()
    {
        // Kazakhstan's spokesperson on drivers from Uzbekistan: the answer names one Party, the headline the other.
        var text = "Briefing by the spokesperson of Kazakhstan's Ministry of Foreign Affairs, 14 September 2023\n\n"
                   + "Question (Kun.uz): Can you comment on the water talks?\n\nAnswer: We expect more talks soon.\n\n"
                   + "Question (Reuters): What about the detained drivers?\n\n"
                   + "Answer: Our consular staff are helping the drivers from Uzbekistan.\n";
        Assert.Contains("7", Clauses(text));
    }

    [Fact]
    public void AnInterviewersQuestionsKeepOneStory()
    {
        // (The control: one interviewer's questions, no outlets named; the answer goes on with the interview's partners.)
        var text = "Tashkent, 14 September 2023\n\nThe ambassador of Kazakhstan to Uzbekistan spoke to our paper.\n\n"
                   + "— How is the water dialogue going?\n\n— Kazakhstan and Uzbekistan agreed on it in Astana.\n\n"
                   + "— And the citizens detained last week?\n\n— Our consular staff visited them on Monday.\n";
        Assert.Empty(Questions.Exchanges(text, null));
        Assert.Contains("7", Clauses(text));
    }

    [Theory]
    [InlineData("Брифинг официального представителя МИД\n14 сентября 2023 года\n\n", 2)]
    [InlineData("Press conference of the foreign minister\n14 September 2023\n\n", 2)]
    [InlineData("Интервью посла газете «Известия»\n14 сентября 2023 года\n\n", 0)]
    public void UnderABriefingsHeadlineLabelledQuestionsAreExchanges(string heading, int exchanges)
    {
        // Session 36: "Вопрос:" with no outlet named is a briefing's question when the headline announces one; an
        // interview's questions stay one story.
        var text = heading + "Вопрос: Как продвигаются переговоры?\n\nОтвет: Идут.\n\nВопрос: Что с задержанными?\n\nОтвет: Работаем.\n";
        Assert.Equal(exchanges, Questions.Exchanges(text, new TextSpan(0, text.IndexOf('\n'))).Count);
    }

    [Fact]
    public void AnAnswerThatNamesBothPartiesLinks()
    {
        var text = Briefing + "Question (Reuters): What about the detained drivers?\n\n"
                            + "Answer: Our consular staff in Almaty are helping the drivers from Uzbekistan held in Kazakhstan.\n";
        var consular = text.IndexOf("Our consular", StringComparison.Ordinal);
        Assert.Contains(MadeUpPartnership.Links(text, s_treaty), l => l.Span.Start <= consular && consular < l.Span.End);
    }

    [Fact]
    public void ADigestsSentenceGoesOnWithTheStateItsParagraphNamed()
    {
        var text = "Economy in brief\n14 March 2023\n\n"
                   + "Kazakhstan and Uzbekistan opened a new rail line.\n\n"
                   + "Turkey bans oil from Kazakhstan. The government of Turkey will stop imports for six months. "
                   + "According to the ministry of energy, oil output fell by 3 percent.\n";
        Assert.DoesNotContain("6", Clauses(text));
    }

    [Fact]
    public void ASentenceAfterTheParties()
    {
        // (The control: the same sentence after one that names both Parties is theirs.)
        var text = "Economy in brief\n14 March 2023\n\n"
                   + "Kazakhstan and Uzbekistan opened a new rail line. "
                   + "According to the ministry of energy, oil output fell by 3 percent.\n";
        Assert.Contains("6", Clauses(text));
    }

    // A claiming name in quotation marks is a title (session 36): it claims nothing. Since session 40 a specialty's quoted
    // title is what is taught and no cue at all (ProgrammeTitles): the places are education's, not health's.
    [Theory]
    [InlineData("«infectious diseases»", true)]
    [InlineData("\"infectious diseases\"", true)]
    [InlineData("infectious diseases", false)]
    public void AClaimingNameInQuotationMarksIsATitle(string specialty, bool quoted)
    {
        var text = "Tashkent, 14 September 2023. Kazakhstan gave citizens of Uzbekistan 60 residency places in the specialty "
                   + specialty + ".";
        Assert.Equal(!quoted, Clauses(text).Contains("9"));
        Assert.Equal(quoted, Clauses(text).Contains("10"));
    }
}
