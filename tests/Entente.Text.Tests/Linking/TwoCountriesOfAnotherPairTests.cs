using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 31: "the two countries" in a sentence that names no state are the last states its paragraph named. In a
/// digest's item on another relation they are that relation's.
/// </summary>
public class TwoCountriesOfAnotherPairTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [new CandidateClause("8", "The sides develop mutual trade.", null)],
        [MadeUpPartnership.Profile("8", names: new() { ["en"] = ["trade turnover"], ["ru"] = ["товарооборот*"] })]);

    private static List<string> Clauses(string text) =>
        [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Digest of the day\n\nTASHKENT, May 14, 2023.\n\nKazakhstan and Uzbekistan opened a bridge.\n\n"
        + "TURKMENISTAN. A commission of Kazakhstan and Turkmenistan met in Ashgabat. Kazakhstan will ship grain through Turkmenistan. Trade turnover of the two countries reached $1 billion.\n\n"
        + "UZBEKISTAN. Kazakhstan and Uzbekistan held talks in Tashkent.")]
    [InlineData("Обзор дня\n\nТАШКЕНТ, 14 мая 2023 года.\n\nКазахстан и Узбекистан открыли мост.\n\n"
        + "ТУРКМЕНИСТАН. В Ашхабаде прошло заседание комиссии Казахстана и Туркменистана. Казахстан увеличит транзит зерна через Туркменистан. Товарооборот двух стран вырос до 1 млрд долларов.\n\n"
        + "УЗБЕКИСТАН. Казахстан и Узбекистан провели переговоры в Ташкенте.")]
    public void TheTwoCountriesOfADigestsItemOnAnotherRelationAreThatRelations(string text)
    {
        Assert.DoesNotContain("8", Clauses(text));
    }

    [Fact]
    public void TheTwoCountriesAfterTheParagraphNamedTheSidesAreTheSides()
    {
        Assert.Contains("8", Clauses("TASHKENT, May 14, 2023.\n\nKazakhstan and Uzbekistan opened a bridge. Trade turnover of the two countries reached $1 billion."));
    }
}
