namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 40: trade with a state named with its article ("trade with the Russian Federation amounted to …") or owned by a
/// pronoun ("Its trade with Russia reached …") is a pair's turnover. A statistics release that opens with a state's
/// foreign trade for a period gives that period to a partner's turnover told with no time of its own; a later time named
/// between takes it away.
/// </summary>
public class FormsSession40Tests
{
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
