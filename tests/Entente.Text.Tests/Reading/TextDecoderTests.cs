using System.Text;
using Entente.Text.Reading;

namespace Entente.Text.Tests.Reading;

public class TextDecoderTests
{
    private const string Russian = "Стороны согласились о нижеследующем: развивать сотрудничество в области образования и науки.";

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void DecodesUtf16WithAByteOrderMark(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Declaration — " + Russian)).ToArray();

        var (text, detected) = TextDecoder.Decode(bytes);

        Assert.Equal("Declaration — " + Russian, text);
        Assert.Equal(name, detected);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void DecodesUtf16WithoutAByteOrderMarkByItsNulPattern(string name)
    {
        var bytes = Encoding.GetEncoding(name).GetBytes("The Parties have agreed as follows: Article 1.");

        var (text, detected) = TextDecoder.Decode(bytes);

        Assert.Equal("The Parties have agreed as follows: Article 1.", text);
        Assert.Equal(name, detected);
    }

    [Fact]
    public void DecodesUtf8WithAndWithoutAByteOrderMark()
    {
        var plain = Encoding.UTF8.GetBytes(Russian);
        var marked = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();

        Assert.Equal((Russian, "utf-8"), TextDecoder.Decode(plain));
        Assert.Equal((Russian, "utf-8"), TextDecoder.Decode(marked));
    }

    [Fact]
    public void TellsWindows1251FromKoi8R()
    {
        var windows = TextDecoder.Windows1251.GetBytes(Russian);
        var koi8 = TextDecoder.Koi8R.GetBytes(Russian);

        Assert.Equal((Russian, "windows-1251"), TextDecoder.Decode(windows));
        Assert.Equal((Russian, "koi8-r"), TextDecoder.Decode(koi8));
    }

    [Fact]
    public void ReadsATableOfEnglishColumnsAndRussianCellsAsWindows1251()
    {
        // As Russian Excel saves a CSV: ASCII column names, keys and numbers around a few Russian words.
        const string Table = "id,title,owner,party,visibility,status,percent_done,due_on,version\r\n12,Мост через Самур,Минтранс,RU,shared,planned,0,2027-05-01,3\r\n";

        Assert.Equal((Table, "windows-1251"), TextDecoder.Decode(TextDecoder.Windows1251.GetBytes(Table)));
        Assert.Equal(("Größere Straßen in Genève, Zürich und Köln", "windows-1252"), TextDecoder.Decode(TextDecoder.Windows1252.GetBytes("Größere Straßen in Genève, Zürich und Köln")));
    }

    [Fact]
    public void FallsBackToWindows1252ForLatinSingleByteText()
    {
        var bytes = TextDecoder.Windows1252.GetBytes("Déclaration signée à Genève");

        Assert.Equal(("Déclaration signée à Genève", "windows-1252"), TextDecoder.Decode(bytes));
    }
}
