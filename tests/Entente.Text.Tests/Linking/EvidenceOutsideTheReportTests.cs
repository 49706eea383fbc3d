using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Words that say who filed a report or what something cost are no evidence of a commitment: the agency of the dateline,
/// and the currency an amount is counted in.
/// </summary>
public class EvidenceOutsideTheReportTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("28", "The sides settle in national currencies.", null),
            new CandidateClause("41", "The sides develop sports ties.", null),
        ],
        [
            MadeUpPartnership.Profile("28", terms: new() { ["ru"] = ["~рубл*", "платеж*"] }),
            MadeUpPartnership.Profile("41", names: new() { ["en"] = ["sport*"], ["ru"] = ["спорт*"] }),
        ]);

    private static List<string> ClausesLinked(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct()];

    [Theory]
    [InlineData("ТАШКЕНТ, 12 мая 2024 года. /Спорт-Азия/. Казахстанский гроссмейстер выиграл шахматный турнир в Ташкенте, узбекистанский шахматист стал вторым.")]
    [InlineData("TASHKENT, May 12, 2024 (Sport-Asia). A Kazakh grandmaster won the open chess tournament in Tashkent, and an Uzbek player was second.")]
    [InlineData("Ташкент, 12 мая 2024 года, 11:06 — Спорт-Азия. Казахстанский гроссмейстер выиграл шахматный турнир в Ташкенте, узбекистанский шахматист стал вторым.")]
    public void TheAgencyThatFiledTheReportIsNoCue(string text)
    {
        Assert.Empty(ClausesLinked(text));
    }

    [Fact]
    public void TheSameWordInTheReportIsACue()
    {
        Assert.Equal(["41"], ClausesLinked(
            "TASHKENT, May 12, 2024 (Asia-News). Kazakhstan and Uzbekistan agreed to hold joint sport festivals for schoolchildren."));
    }

    [Theory]
    [InlineData("ТАШКЕНТ, 12 мая 2024 года. Депутаты Казахстана и Узбекистана обсудили патенты: ежемесячный платеж составляет 8 900 рублей.", 0)]
    [InlineData("ТАШКЕНТ, 12 мая 2024 года. Казахстан и Узбекистан перевели платежи в рубли: их доля выросла.", 1)]
    public void TheCurrencyOfAnAmountIsNoCueOfSettlingInIt(string text, int links)
    {
        Assert.Equal(links, ClausesLinked(text).Count(clause => clause == "28"));
    }
}
