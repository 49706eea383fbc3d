using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 39: a sentence that counts the states taking part ("ships of all five Caspian states", "parliamentarians of
/// eight countries") tells of a multilateral act, which is no evidence of a commitment the Parties hold only to each other.
/// The Parties' own dealing beside it, and a share of their payments "between the countries", still count.
/// </summary>
public class ManyStatesTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("13", "The sides deepen the interaction of their armed forces, including joint exercises.", null),
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
    [InlineData("Caspian border guards meet in Aktau\n\nAktau, 12 September 2024. Border services of Kazakhstan, Uzbekistan, Russia, Iran and Turkmenistan met. "
                + "They held a joint exercise in which ships of all five Caspian states took part.\n")]
    [InlineData("Пограничники прикаспийских стран встретились в Актау\n\nАктау, 12 сентября 2024 года. Пограничные ведомства Казахстана, Узбекистана, России, Ирана и Туркменистана провели "
                + "совместное учение, в котором были задействованы корабли пяти прикаспийских государств.\n")]
    [InlineData("Sərhədçilər Aktauda toplaşıb\n\nAktau, 12 sentyabr 2024. Qazaxıstan, Özbəkistan, Rusiya, İran və Türkmənistanın sərhəd xidmətləri "
                + "beş Xəzəryanı dövlətin gəmilərinin iştirakı ilə birgə təlim keçiriblər.\n")]
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
