using System.Text;
using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Normalisation;

public class TextNormaliserTests
{
    private static readonly string[] s_pieces =
    [
        "Article", " ", "  ", "\u00A0", "\t", "\r\n", "\n", "\r", "“", "”", "«", "»", "‘", "’", "—", "–", "\u2212", "-",
        "coopera-\ntion", "e\u0301", "\u00AD", "\u200B", "\uFEFF", "Статья", "ə", "1.", "(a)", "😀", "\u212B", "A\u030A", "é",
    ];

    [Fact]
    public void StraightensQuotesDashesAndSpacesAndJoinsHyphenatedWords()
    {
        var result = TextNormaliser.Normalise("“Allied”\u00A0interaction — coopera-\ntion\r\n«Союз»");

        Assert.Equal("\"Allied\" interaction - cooperation\n\"Союз\"", result.Text);
    }

    [Fact]
    public void ComposesToNfcAndMapsTheComposedCharacterToBothOriginalOnes()
    {
        var original = "Cafe\u0301 here";
        var result = TextNormaliser.Normalise(original);

        Assert.Equal("Café here", result.Text);
        Assert.Equal(new TextSpan(0, 5), result.Map.ToOriginal(new TextSpan(0, 4)));
        Assert.Equal("here", result.Map.ToOriginal(new TextSpan(5, 9)).Of(original));
    }

    [Fact]
    public void MapsAJoinedWordToTheWholeHyphenatedOriginal()
    {
        var original = "the coopera-\ntion of";
        var result = TextNormaliser.Normalise(original);
        var word = result.Text.IndexOf("cooperation", StringComparison.Ordinal);

        Assert.Equal("coopera-\ntion", result.Map.ToOriginal(TextSpan.FromLength(word, "cooperation".Length)).Of(original));
    }

    [Fact]
    public void KeepsAHyphenBeforeACapitalisedLine()
    {
        Assert.Equal("Russian-\nAzerbaijani", TextNormaliser.Normalise("Russian-\nAzerbaijani").Text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheMapIsMonotonicAndEverySpanLiesInsideTheOriginal(int seed)
    {
        var original = RandomText(new Random(seed));
        var result = TextNormaliser.Normalise(original);
        var map = result.Map;

        Assert.Equal(result.Text.Length, map.Length);
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC) || result.Text.Contains('\uFFFD', StringComparison.Ordinal) || HasLoneSurrogate(result.Text));
        var previous = 0;
        for (var i = 0; i <= map.Length; i++)
        {
            var at = map.ToOriginal(i);
            Assert.InRange(at, previous, original.Length);
            previous = at;
        }

        var random = new Random(seed + 1);
        for (var n = 0; n < 50 && map.Length > 0; n++)
        {
            var start = random.Next(map.Length + 1);
            var end = random.Next(start, map.Length + 1);
            var span = map.ToOriginal(new TextSpan(start, end));
            Assert.InRange(span.Start, 0, original.Length);
            Assert.InRange(span.End, span.Start, original.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NormalisingTwiceChangesNothingMore(int seed)
    {
        var once = TextNormaliser.Normalise(RandomText(new Random(seed))).Text;

        Assert.Equal(once, TextNormaliser.Normalise(once).Text);
    }

    [Fact]
    public void AsciiTextMapsOntoItself()
    {
        const string text = "1. The Parties cooperate.\n2. They consult.";
        var result = TextNormaliser.Normalise(text);

        Assert.Equal(text, result.Text);
        Assert.All(Enumerable.Range(0, text.Length), i => Assert.Equal(i, result.Map.ToOriginal(i)));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 200);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(4) == 0)
            {
                text.Append((char)random.Next(0, 0x3000));
            }
            else
            {
                text.Append(s_pieces[random.Next(s_pieces.Length)]);
            }
        }

        return text.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                return true;
            }

            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
