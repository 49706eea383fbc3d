using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 39: a sentence that counts the states taking part ("parliamentarians of eight countries adopted model laws",
/// "ships of all five Caspian states") tells of a multilateral act, which is no evidence of a commitment the Parties hold only to each other.
/// The Parties' own dealing beside it, and a share of their payments "between the countries", still count.
/// </summary>
public class ManyStatesTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("13", "The sides deepen the interaction of their armed forces, including joint exercises.", null),
            new CandidateClause("40", "The sides preserve the cultural heritage of their peoples.", null),
            new CandidateClause("28", "The sides promote settlements in national currencies.", null),
        ],
        [
            new CommitmentProfile("13")
            {
                Names = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["en"] = ["joint exercise*"], ["ru"] = ["совместн* учени*"], ["az"] = ["birgə təlim*"],
                },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("40")
            {
                Names = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["en"] = ["cultural heritage"], ["ru"] = ["культурн* наследи*"], ["az"] = ["mədəni irs*"],
                },
                BetweenPartiesOnly = true,
            },
            new CommitmentProfile("28")
            {
                Names = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["en"] = ["tenge and soums"], ["ru"] = ["тенге и сумах"], ["az"] = ["tenge və som*"],
                },
                BetweenPartiesOnly = true,
            },
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("CIS assembly meets in St Petersburg\n\nSt Petersburg, 24 November 2023. The Interparliamentary Assembly of the CIS held its plenary session. "
                + "Parliamentarians of eight countries adopted model laws, among them one on the protection of cultural heritage. "
                + "On the sidelines the speakers of the parliaments of Kazakhstan and Uzbekistan discussed the session's agenda.\n")]
    [InlineData("Ассамблея СНГ собралась в Петербурге\n\nСанкт-Петербург, 24 ноября 2023 г. В Таврическом дворце прошло пленарное заседание Межпарламентской ассамблеи СНГ. "
                + "Парламентарии из восьми стран приняли модельные законы, в том числе об охране культурного наследия. "
                + "На полях заседания спикеры парламентов Казахстана и Узбекистана обсудили повестку сессии.\n")]
    public void AnActOfCountedStatesIsNoneOfThePartiesOwnCommitments(string text)
    {
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void ThePartiesOwnExerciseBesideItCounts()
    {
        var text = "Caspian border guards meet in Aktau\n\nAktau, 12 September 2024. Border services of Kazakhstan, Uzbekistan, Russia, Iran and Turkmenistan met in the port. "
                   + "Separately, the border guards of Kazakhstan and Uzbekistan agreed to hold a joint exercise next year.\n";
        Assert.Equal(["13"], Clauses(text));
    }

    [Theory]
    [InlineData("Kazakhstan and Uzbekistan settle trade in their currencies\n\nTashkent, 12 September 2024. More than 80% of payments between the countries are now made in tenge and soums.\n")]
    [InlineData("Казахстан и Узбекистан рассчитываются в нацвалютах\n\nТашкент, 12 сентября 2024 года. Более 80% платежей между странами проходит в тенге и сумах.\n")]
    public void AShareIsNoCountOfStates(string text)
    {
        Assert.Equal(["28"], Clauses(text));
    }
}
