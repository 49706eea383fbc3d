namespace Entente.Text.Tests;

/// <summary>The one sentence rule, which the linkers and the extractors share.</summary>
public class SentencesTests
{
    [Fact]
    public void EndsASentenceAtAFullStopBeforeACapitalALineEndOrASemicolon()
    {
        var text = "Trade grew 5% in 2024. Flights will be added; Russia remains the main destination.\nBakı, 3 iyun";

        Assert.Equal(
            ["Trade grew 5% in 2024.", "Flights will be added;", "Russia remains the main destination.", "Bakı, 3 iyun"],
            Sentences.Split(text, text.Length).Select(span => span.Of(text)));
    }

    [Fact]
    public void ASentenceOpensALineWhenOnlySpacesStandBeforeIt()
    {
        var text = "Earlier, they met.\n  Separately, trade grew.";
        var sentences = Sentences.Split(text, text.Length);
        Assert.Equal([true, true], sentences.Select(s => Sentences.OpensALine(text, s.Start)));
        Assert.False(Sentences.OpensALine(text, text.IndexOf("they", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The university opened with St. Petersburg State University.")]
    [InlineData("Mr. Overchuk met Ms. Rahimova on Feb. 23 to sign Protocol No. 5.")]
    [InlineData("Trade reached US$3.4 billion, up 16.5 percent.")]
    public void KeepsAbbreviationsAndDecimalsInsideTheSentence(string text)
    {
        Assert.Equal([text], Sentences.Split(text, text.Length).Select(span => span.Of(text)));
    }

    [Theory]
    [InlineData("They agreed on the bridge over the Samur river. 'This is an important step,' he said.", 2)]
    [InlineData("Встреча прошла в Баку. «Это важный шаг», — сказал он.", 2)]
    [InlineData("Görüş Bakıda keçirilib. 2024-cü ildə ticarət artıb.", 2)]
    // A month's full name ends a sentence; only an abbreviated one before a day ("Oct. 12") does not.
    [InlineData("The inspection took place in June. The two agencies agreed on certificates.", 2)]
    [InlineData("The talks were held in May. Both sides agreed to meet again on Oct. 12 in Baku.", 2)]
    [InlineData("Переговоры прошли в мае. Стороны договорились встретиться снова.", 2)]
    public void EndsASentenceBeforeAQuoteOrAYearThatOpensTheNext(string text, int count)
    {
        Assert.Equal(count, Sentences.Split(text, text.Length).Count);
    }

    [Fact]
    public void AroundGivesTheSentenceThatHoldsTheSpanOnItsLine()
    {
        var text = "Headline about trade\nTrade reached $4.3 billion. Exports grew by 5.2 percent. Mr. Overchuk said so.\nAnother line.";
        string Around(string word) => Sentences.Around(text, TextSpan.FromLength(text.IndexOf(word, StringComparison.Ordinal), word.Length));

        Assert.Equal("Exports grew by 5.2 percent.", Around("5.2"));
        Assert.Equal("Mr. Overchuk said so.", Around("Overchuk"));
        Assert.Equal("Headline about trade", Around("Headline"));
        Assert.Equal("Another line.", Around("Another"));
    }

    [Fact]
    public void ReadsOnlyUpToTheEndItIsGiven()
    {
        var text = "First sentence. Second sentence.";

        Assert.Equal(["First sentence."], Sentences.Split(text, 15).Select(span => span.Of(text)));
    }
}
