using Entente.Text.Extraction;

namespace Entente.Text.Tests.Extraction;

/// <summary>The line primitives every extractor reads a list or a chronicle with: where a line starts, and its item's mark.</summary>
public class TokenStreamLinesTests
{
    [Fact]
    public void TheFirstTokenOfALineOpensIt()
    {
        using var t = TokenStream.Create("Signed were:\n- a protocol;\n  • a memorandum");
        var dash = Index(t, "-");
        Assert.True(t.OpensALine(0));
        Assert.True(t.OpensALine(dash));
        Assert.False(t.OpensALine(dash + 1));
        Assert.True(t.OpensALine(Index(t, "•")));
        Assert.False(t.OpensALine(t.Count));
    }

    [Fact]
    public void TheLineStartIsFoundOnlyWithinItsReach()
    {
        using var t = TokenStream.Create("Heading\n17 March. Turkmenistan and Iran signed an agreement");
        var agreement = Index(t, "agreement");
        var lineStart = Index(t, "17");
        Assert.Equal(lineStart, t.LineStart(agreement));
        Assert.Equal(lineStart, t.LineStart(agreement, agreement - lineStart));
        Assert.Null(t.LineStart(agreement, agreement - lineStart - 1));
        Assert.Equal(0, t.LineStart(0));
    }

    [Fact]
    public void AListsMarkIsABulletOrADashThatOpensALine()
    {
        using var t = TokenStream.Create("– a protocol\n• a memorandum\na well-known - dash\n— an agreement");
        Assert.True(t.IsAListMark(Index(t, "–")));
        Assert.True(t.IsAListMark(Index(t, "•")));
        Assert.True(t.IsAListMark(Index(t, "—")));
        Assert.False(t.IsAListMark(Index(t, "dash") - 1));
        Assert.True(t.IsADash(Index(t, "dash") - 1));
    }

    private static int Index(TokenStream t, string text)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Span(i).SequenceEqual(text))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No token '{text}'.");
    }
}
