using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 30: a sphere named as one item of an enumeration of goods, trades or subjects is listed, not reported on; a
/// word said twice is one term; a headline that claims the text for one clause claims it only when it says nothing of
/// another.
/// </summary>
public class ListedAndRepeatedCuesTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("2", "The sides develop their industries.", null),
            new CandidateClause("3", "The sides support their banks.", null),
            new CandidateClause("4", "The sides fight terrorism.", null),
            new CandidateClause("5", "The sides hold consultations on information security.", null),
        ],
        [
            MadeUpPartnership.Profile("2", names: new() { ["en"] = ["mechanical engineering"], ["ru"] = ["машиностроени*"], ["az"] = ["maşınqayırma*", "kənd təsərrüfatı texnika*"] }),
            MadeUpPartnership.Profile("3", terms: new() { ["en"] = ["bank*", "Bank*", "lending"] }),
            MadeUpPartnership.Profile("4", names: new() { ["en"] = ["!!terrorist*"] }),
            MadeUpPartnership.Profile("5", names: new() { ["en"] = ["information security"] }, terms: new() { ["en"] = ["~consultations", "cyber threats"] }),
        ]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan mainly ships grain, timber, rolled steel, mechanical engineering products and oil products to Uzbekistan.")]
    [InlineData("Ташкент, 14 мая 2023 года. Из Казахстана в Узбекистан ввозятся главным образом зерно, древесина, металлопрокат, продукция машиностроения и нефтепродукты.")]
    [InlineData("Daşkənd, 14 may 2023. Özbəkistanda oxuyan qazax tələbələrin üçdə biri tibb, qalanları maşınqayırma, kimya və pedaqoji ixtisaslar üzrə təhsil alır.")]
    // Session 34: the last item may be three words long.
    [InlineData("Daşkənd, 14 may 2023. Qazaxıstanın ixracının əsas hissəsini taxıl, günəbaxan yağı və kənd təsərrüfatı texnikası təşkil edir, Özbəkistandan isə meyvə gətirilir.")]
    public void ASphereListedAmongGoodsOrSubjectsIsNoEvidence(string text)
    {
        Assert.DoesNotContain("2", Clauses(text));
    }

    [Theory]
    [InlineData("Tashkent, 14 May 2023. Kazakhstan and Uzbekistan opened a joint mechanical engineering plant in Chirchiq.")]
    [InlineData("Ташкент, 14 мая 2023 года. Казахстан и Узбекистан договорились о кооперации в машиностроении, сообщили в министерстве.")]
    [InlineData("Daşkənd, 14 may 2023. Qazaxıstan və Özbəkistan kənd təsərrüfatı texnikası istehsal edən birgə zavod açıb.")]
    public void ASphereThatIsTheSentencesSubjectStillLinks(string text)
    {
        Assert.Contains("2", Clauses(text));
    }

    [Fact]
    public void AWordSaidTwiceIsOneTerm()
    {
        Assert.DoesNotContain("3", Clauses("Tashkent, 14 May 2023. Eleven banks of Kazakhstan now hold accounts in banks of Uzbekistan."));
        Assert.Contains("3", Clauses("Tashkent, 14 May 2023. Eleven banks of Kazakhstan now hold accounts at the Central Bank of Uzbekistan."));
    }

    [Fact]
    public void TwoFormsOfAWordAreOneTerm()
    {
        // "banks" and "bank" are one word's forms, though "bank*" and "Bank*" matched them: not two terms of banking.
        Assert.DoesNotContain("3", Clauses("Tashkent, 14 May 2023. Cards issued by Kazakh banks are accepted through a partner bank in Tashkent."));
    }

    [Fact]
    public void AHeadlineOfConsultationsOnSeveralTopicsClaimsNoTopicAlone()
    {
        var text = "Kazakhstan and Uzbekistan hold consultations on cyber threats and terrorist financing\n\n"
            + "TASHKENT, March 5, 2025.\n\nKazakh-Uzbek interagency consultations on information security were held in Tashkent on Tuesday. "
            + "The special services also reviewed their work against terrorist financing.";

        Assert.Equal(["4", "5"], Clauses(text));
    }

    [Fact]
    public void ACrimeHeadlineStillClaimsItsStory()
    {
        var text = "Police break up a terrorist cell on the Kazakh-Uzbek border\n\n"
            + "TASHKENT, March 5, 2025.\n\nKazakh and Uzbek police detained six members of a terrorist cell. "
            + "The suspects held information security certificates issued in Almaty.";

        Assert.Equal(["4"], Clauses(text));
    }

    // Session 34: a paragraph that turns to another event ends the headline's story.
    [Theory]
    [InlineData("Police break up a terrorist cell on the Kazakh-Uzbek border\n\nTASHKENT, March 5, 2025.\n\nKazakh and Uzbek police detained six members of a terrorist cell.",
        "The day before, Kazakh-Uzbek consultations on information security were held in Tashkent.")]
    [InlineData("Полиция обезвредила террористическую ячейку на казахстанско-узбекской границе\n\nТАШКЕНТ, 5 марта 2025 года.\n\nПолиция Казахстана и Узбекистана задержала шесть членов террористической ячейки.",
        "Накануне, во вторник, в Ташкенте прошли казахстанско-узбекские консультации по информационной безопасности.")]
    public void AParagraphOnTheDayBeforesEventIsNoPartOfTheHeadlinesStory(string report, string turn)
    {
        var text = report + "\n\n" + turn;
        var treaty = MadeUpPartnership.Treaty(
            [new CandidateClause("4", "The sides fight terrorism.", null), new CandidateClause("5", "The sides hold consultations on information security.", null)],
            [
                MadeUpPartnership.Profile("4", names: new() { ["en"] = ["!!terrorist*"], ["ru"] = ["!!террорист*"] }),
                MadeUpPartnership.Profile("5", names: new() { ["en"] = ["information security"], ["ru"] = ["информационн* безопасност*"] }),
            ]);

        Assert.Equal(["4", "5"], MadeUpPartnership.Links(text, treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal));
    }
}
