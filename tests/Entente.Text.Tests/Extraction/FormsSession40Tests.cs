namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 40: trade with a state named with its article ("trade with the Russian Federation amounted to …") or owned by a
/// pronoun ("Its trade with Russia reached …") is a pair's turnover. A statistics release that opens with a state's
/// foreign trade for a period gives that period to a partner's turnover told with no time of its own; a later time named
/// between takes it away. An instrument something is done under, told as made or with whom ("under a protocol agreed at the
/// same meeting"), and one signed with two words of its kind ("signed a frequency coordination agreement") are references;
/// a treaty's "under an appropriate multilateral agreement", any such one, is not.
/// </summary>
public class FormsSession40Tests
{
    private static List<string> Kinds(string text) =>
        [.. Pipeline.DocumentPipeline.Default.AnalyseText(text, "news.txt").Analysis.References.Select(r => r.Kind)];

    [Theory]
    [InlineData("BAKU, March 10, 2021. Under a protocol agreed at the same meeting, the two services will exchange certificates electronically.", "protocol")]
    [InlineData("BAKU, March 10, 2021. Repair of the engines will follow under a separate agreement with UEC-Klimov.", "agreement")]
    [InlineData("BAKU, March 10, 2021. Turkcell has signed a frequency coordination agreement with Georgian operators.", "agreement")]
    public void AnInstrumentDoneUnderOrSignedWithTwoWordsOfItsKindIsAReference(string text, string kind)
    {
        Assert.Equal([kind], Kinds(text));
    }

    [Theory]
    [InlineData("Each Party may grant such treatment under an appropriate multilateral agreement.")]
    [InlineData("Each Party shall extend the treatment to any non-Party with which it has separately concluded a free trade agreement.")]
    public void AnyInstrumentThatMayBeMadeIsNoReference(string text)
    {
        Assert.Empty(Kinds(text));
    }

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Theory]
    [InlineData("In 2023 trade with the Russian Federation amounted to 4.36 billion US dollars.")]
    [InlineData("Azerbaijan is a subtler case. Its trade with Russia reached $4.36 billion in 2023, a rise of about 11% on the year before.")]
    public void TradeWithAStateNamedWithItsArticleOrOwnedByAPronounIsTheirTurnover(string text)
    {
        Assert.Contains((2023, 4_360_000_000m), YearClaims("en", text));
    }

    [Fact]
    public void APartnersTurnoverWithNoTimeOfItsOwnIsOfTheReleasesPeriod()
    {
        var claims = YearClaims("az",
            "2023-cü ilin yanvar-dekabr aylarında Azərbaycanın xarici ticarət dövriyyəsi 49 milyard 474 milyon ABŞ dolları təşkil edib. "
            + "2022-ci ilin müvafiq dövrü ilə müqayisədə ixrac 11,3 faiz azalıb. "
            + "Rusiya Federasiyası ilə ticarət dövriyyəsi 4 milyard 362 milyon ABŞ dolları olub.");
        Assert.Equal([(2023, 4_362_000_000m)], claims);
    }

    [Fact]
    public void ALaterTimeNamedAfterTheReleasesFigureIsNoLongerItsPeriod()
    {
        var claims = YearClaims("az",
            "2023-cü ildə Azərbaycanın xarici ticarət dövriyyəsi 49 milyard ABŞ dolları təşkil edib. "
            + "Nazirlik 2025-ci ildə yeni ixrac strategiyası hazırlayacaq. "
            + "Rusiya Federasiyası ilə ticarət dövriyyəsi 4 milyard 362 milyon ABŞ dolları olub.");
        Assert.Empty(claims);
    }

    [Fact]
    public void AStatesForeignTradeAloneIsNoPairsTurnover()
    {
        Assert.Empty(YearClaims("az", "2023-cü ildə Azərbaycanın xarici ticarət dövriyyəsi 49 milyard 474 milyon ABŞ dolları təşkil edib."));
    }
}
