using Xunit.Sdk;

namespace Entente.Text.Tests.Support;

/// <summary>The linearity check itself: a deliberately quadratic function fails it, a linear one passes, about the same on every run.</summary>
public class LinearWorkTests
{
    [Fact]
    public void AFunctionThatCopiesAGrowingPrefixAtEveryStepFails()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => LinearWork.Assert(size => new string('a', size), CopiesEveryPrefix, smallSize: 500));

        Assert.Contains("quadratic 256", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunctionThatReadsItsInputOnceAtEveryLineAndKeepsItPasses() =>
        LinearWork.Assert(size => string.Concat(Enumerable.Repeat("a line of text\n", size)), text => _ = text.Split('\n').Select(l => l.ToUpperInvariant()).ToList());

    // The runtime's own work on the thread (loading a type, a tier of the JIT) may add a few kilobytes to one run: a CI
    // run saw 2,580,904 bytes, then 2,576,016, for the same work.
    private const double RunToRunTolerance = 0.01;

    [Fact]
    public void TheMeasureDoesNotChangeFromOneRunToTheNext()
    {
        var first = LinearWork.AllocatedBytes(size => new string('a', size), CopiesEveryPrefix, smallSize: 200);
        var second = LinearWork.AllocatedBytes(size => new string('a', size), CopiesEveryPrefix, smallSize: 200);

        Assert.InRange(second.Small, first.Small * (1 - RunToRunTolerance), first.Small * (1 + RunToRunTolerance));
        Assert.InRange(second.Large, first.Large * (1 - RunToRunTolerance), first.Large * (1 + RunToRunTolerance));
    }

    // Quadratic on purpose: the text's every prefix, each a new string.
    private static void CopiesEveryPrefix(string text)
    {
        var lengths = 0L;
        for (var i = 0; i < text.Length; i += 4)
        {
            lengths += text[..i].Length;
        }

        _ = lengths.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
