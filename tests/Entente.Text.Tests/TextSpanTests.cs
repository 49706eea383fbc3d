using System.Text.Json;

namespace Entente.Text.Tests;

public class TextSpanTests
{
    [Fact]
    public void SerialisesAsTwoElementArray()
    {
        var json = JsonSerializer.Serialize(new TextSpan(3, 9));
        Assert.Equal("[3,9]", json);
        Assert.Equal(new TextSpan(3, 9), JsonSerializer.Deserialize<TextSpan>(json));
    }

    [Fact]
    public void RefusesAnEndBeforeTheStart()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
    }

    [Fact]
    public void CoversTheTextItNames()
    {
        Assert.Equal("World", new TextSpan(6, 11).Of("Hello World!"));
    }
}
