using Entente.Text.Stemming;

namespace Entente.Text.Tests.Stemming;

public class AzerbaijaniStemmerTests
{
    [Theory]
    [InlineData("dəhlizinin", "dəhliz")]
    [InlineData("dəhlizi", "dəhliz")]
    [InlineData("dəhlizdə", "dəhliz")]
    [InlineData("tərəflərimizin", "tərəf")]
    [InlineData("tərəflər", "tərəf")]
    [InlineData("ticarətdən", "ticarət")]
    [InlineData("nəqliyyatın", "nəqliyyat")]
    [InlineData("potensialını", "potensial")]
    [InlineData("dehlizinin", "dehliz")]
    [InlineData("terefler", "teref")]
    public void InflectionsReduceToTheirRoot(string word, string stem) =>
        Assert.Equal(stem, AzerbaijaniStemmer.Stem(word));

    // A root ending in a vowel loses it like an accusative would; every form of the word loses it alike.
    [Theory]
    [InlineData("bakıya", "bakı")]
    [InlineData("bakıdan", "bakı")]
    [InlineData("dəhlizinin", "dehlizinde")]
    public void FormsOfOneWordShareAStem(string one, string other) =>
        Assert.Equal(AzerbaijaniStemmer.Plain(AzerbaijaniStemmer.Stem(one)), AzerbaijaniStemmer.Plain(AzerbaijaniStemmer.Stem(other)));

    [Theory]
    [InlineData("nəqliyyat")]
    [InlineData("şimal")]
    [InlineData("cənub")]
    [InlineData("evdə")]
    [InlineData("su")]
    public void RootsAndShortWordsStayWhole(string word) =>
        Assert.Equal(word, AzerbaijaniStemmer.Stem(word));

    [Fact]
    public void TheTableIsLongestFirstAndHoldsBothSpellingsOfEachSuffix()
    {
        var suffixes = AzerbaijaniStemmer.Suffixes;

        Assert.Contains("lər", suffixes);
        Assert.Contains("ler", suffixes);
        Assert.Contains("nın", suffixes);
        Assert.Contains("nin", suffixes);
        Assert.All(suffixes, s => Assert.True(s.All(char.IsLetter) && s.Length > 0, s));
        Assert.Equal(suffixes.OrderByDescending(s => s.Length), suffixes, (a, b) => a.Length == b.Length);
    }
}
